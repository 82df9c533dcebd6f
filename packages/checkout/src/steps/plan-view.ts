import type { Task } from '@lit/task';
import type { CustomComposition, PlanList, Quote } from '@urcard/sdk';
import type { TemplateResult } from 'lit';
import type { CheckoutConfig } from '../checkout/config.ts';
import type { I18n } from '../i18n/localize.ts';

export const CUSTOM = 'custom';
export const PROMO_ERRORS = ['promo_invalid', 'promo_expired', 'promo_not_applicable'] as const;
export type PromoError = (typeof PROMO_ERRORS)[number];

/** The custom builder's choices. */
export type Custom = Pick<CustomComposition, 'minutes' | 'validityDays'> & { dataMb: number | null; addOns: string[] };

/** What the plan step's templates (plan-options.ts, plan-summary.ts) read and call back. */
export interface PlanView {
  i18n: I18n;
  config: CheckoutConfig;
  choice: string | null;
  custom: Custom | null;
  // biome-ignore lint/suspicious/noExplicitAny: the task's argument tuple is the step's business.
  quote: Task<any, Quote>;
  plans: PlanList | undefined;
  appliedPromo: string | null;
  promoInput: string;
  promoError: PromoError | null;
  autoRenew: boolean;
  autoRenewBlock: string | null;
  choose(id: string, list: PlanList): void;
  setCustom(patch: Partial<Custom>): void;
  applyPromo(event: SubmitEvent): void;
  removePromo(): void;
  typePromo(text: string): void;
  setAutoRenew(on: boolean): void;
  renderLoading(text: string): TemplateResult;
  renderError(error: unknown, retry?: () => void): TemplateResult;
}
