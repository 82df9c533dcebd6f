import * as z from 'zod/mini';
import { moneySchema, timestampSchema } from './common.ts';
import { PLAN_TIERS } from './enums.ts';
import { contentLocaleSchema, currencySchema, localeTagSchema } from './fields.ts';

export type { PlanTier } from './enums.ts';
export { PLAN_TIERS } from './enums.ts';

export const planTierSchema = z.enum(PLAN_TIERS);

export const planFeatureSchema = z.object({
  /** Stable code (e.g. `hotspot`, `5g`, `vpn`) the widget may localise. */
  code: z.string(),
  /** Server-provided label, shown when the widget has no translation for the code. */
  label: z.string(),
});
export type PlanFeature = z.infer<typeof planFeatureSchema>;

export const planSchema = z.object({
  id: z.string().check(z.minLength(1)),
  tier: planTierSchema,
  name: z.string(),
  description: z.string(),
  /** Data in MB; null means unlimited. */
  dataMb: z.nullable(z.number().check(z.int(), z.nonnegative())),
  minutes: z.number().check(z.int(), z.nonnegative()),
  sms: z.number().check(z.int(), z.nonnegative()),
  validityDays: z.number().check(z.int(), z.positive()),
  features: z.array(planFeatureSchema),
  price: moneySchema,
  promotion: z.nullable(
    z.object({
      label: z.string(),
      originalPrice: moneySchema,
      endsAt: z.nullable(timestampSchema),
    }),
  ),
  autoRenewAllowed: z.boolean(),
});
export type Plan = z.infer<typeof planSchema>;

export const customAddOnSchema = z.object({
  code: z.string(),
  name: z.string(),
  description: z.string(),
  price: moneySchema,
});
export type CustomAddOn = z.infer<typeof customAddOnSchema>;

/** What the custom builder offers: the allowed values of each dimension. */
export const customRulesSchema = z.object({
  /** Allowed data amounts in MB; null stands for unlimited. */
  dataMbOptions: z.array(z.nullable(z.number().check(z.int(), z.nonnegative()))),
  minutesOptions: z.array(z.number().check(z.int(), z.nonnegative())),
  validityDaysOptions: z.array(z.number().check(z.int(), z.positive())),
  addOns: z.array(customAddOnSchema),
  /** Price of the cheapest composition, for "from …" labels. */
  priceFrom: moneySchema,
});
export type CustomRules = z.infer<typeof customRulesSchema>;

// GET /v1/plans?currency=XXX[&locale=xx] (card token)
export const listPlansQuerySchema = z.object({
  currency: currencySchema,
  /** Overrides `Accept-Language`. */
  locale: z.optional(localeTagSchema),
});
export type ListPlansQuery = z.infer<typeof listPlansQuerySchema>;

export const planListSchema = z.object({
  currency: currencySchema,
  /** The locale the names and descriptions are written in (also sent as `Content-Language`). */
  locale: contentLocaleSchema,
  plans: z.array(planSchema),
  /** null when the custom builder is not offered for this card. */
  custom: z.nullable(customRulesSchema),
});
export type PlanList = z.infer<typeof planListSchema>;
