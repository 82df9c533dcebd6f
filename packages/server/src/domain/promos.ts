import type { ContentLocale, Currency, Money, PlanTier } from '@urcard/sdk';
import { DEFAULT_CONTENT_LOCALE } from '@urcard/sdk';
import { ApiError } from '../errors.ts';
import { en } from './catalogue-text/en.ts';
import type { PromoCodeName } from './catalogue-text/index.ts';
import { catalogueText } from './catalogue-text/index.ts';

export interface PromoDefinition {
  code: PromoCodeName;
  /** In English; every locale's text is in ./catalogue-text. */
  description: string;
  /** A percentage off the subtotal, or a fixed amount off per currency. */
  discount: { percent: number } | { amounts: Record<Currency, number> };
  /** Only these tiers; all when absent. */
  tiers?: readonly PlanTier[];
  endsAt?: number;
}

/**
 * The sandbox's promo codes (docs/testing.md). WELCOME5 takes 5 units of the currency off, and about as much where
 * 5 units would be meaningless: 500 yen, 5,000 won, 150 baht, NT$150.
 */
export const PROMO_CODES: readonly PromoDefinition[] = [
  { code: 'TRAVEL10', description: en.promos.TRAVEL10, discount: { percent: 10 } },
  {
    code: 'WELCOME5',
    description: en.promos.WELCOME5,
    discount: {
      amounts: {
        USD: 500,
        EUR: 500,
        CNY: 500,
        HKD: 500,
        JPY: 500,
        SGD: 500,
        GBP: 500,
        AUD: 500,
        KRW: 5000,
        THB: 15000,
        TWD: 15000,
        MYR: 500,
      },
    },
  },
  { code: 'ADVANCED20', description: en.promos.ADVANCED20, discount: { percent: 20 }, tiers: ['advanced'] },
  {
    code: 'SPRING2025',
    description: en.promos.SPRING2025,
    discount: { percent: 15 },
    endsAt: Date.UTC(2025, 5, 1),
  },
];

/** Below this a card payment costs more to process than it brings; a code may not take a total lower. */
export const MINIMUM_TOTAL: Record<Currency, number> = {
  USD: 50,
  EUR: 50,
  CNY: 400,
  HKD: 400,
  JPY: 50,
  SGD: 50,
  GBP: 30,
  AUD: 50,
  KRW: 500,
  THB: 1000,
  TWD: 1000,
  MYR: 200,
};

/** The discount a code gives on a subtotal, or the reason it does not apply. */
export function applyPromo(
  code: string,
  input: { tier: PlanTier; subtotal: Money; currency: Currency; now: number; locale?: ContentLocale },
) {
  const promo = PROMO_CODES.find((p) => p.code === code.trim().toUpperCase());
  if (!promo) throw new ApiError('promo_invalid', `No promo code ${code}`, { field: 'promoCode' });
  if (promo.endsAt !== undefined && input.now >= promo.endsAt) {
    throw new ApiError('promo_expired', `${promo.code} ended on ${new Date(promo.endsAt).toISOString().slice(0, 10)}`, {
      field: 'promoCode',
    });
  }
  if (promo.tiers && !promo.tiers.includes(input.tier)) {
    throw new ApiError('promo_not_applicable', `${promo.code} applies to ${promo.tiers.join(', ')} plans only`, {
      field: 'promoCode',
    });
  }
  const amount =
    'percent' in promo.discount
      ? Math.round((input.subtotal.amount * promo.discount.percent) / 100)
      : promo.discount.amounts[input.currency];
  if (input.subtotal.amount - amount < MINIMUM_TOTAL[input.currency]) {
    throw new ApiError('promo_not_applicable', `${promo.code} would take the total below the minimum charge`, {
      field: 'promoCode',
    });
  }
  return {
    discount: { amount, currency: input.currency },
    promo: { code: promo.code, description: catalogueText(input.locale ?? DEFAULT_CONTENT_LOCALE).promos[promo.code] },
  };
}
