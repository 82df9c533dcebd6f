import * as z from 'zod/mini';
import { autoRenewalSchema, idSchema, moneySchema, requestObject, timestampSchema } from './common.ts';
import { contentLocaleSchema, currencySchema, localeTagSchema, planIdSchema, promoCodeSchema } from './fields.ts';
import { planTierSchema } from './plans.ts';

export const quoteIdSchema = idSchema('quo');

/** A customer-composed plan. `dataMb: null` asks for unlimited data. */
export const customCompositionSchema = requestObject({
  dataMb: z.nullable(z.number().check(z.int(), z.nonnegative())),
  minutes: z.number().check(z.int(), z.nonnegative()),
  validityDays: z.number().check(z.int(), z.positive()),
  addOns: z._default(z.array(z.string()), []),
});
export type CustomComposition = z.input<typeof customCompositionSchema>;

// POST /v1/quotes (card token): exactly one of planId and custom.
export const createQuoteRequestSchema = z.union([
  requestObject({
    planId: planIdSchema,
    currency: currencySchema,
    promoCode: z.optional(promoCodeSchema),
    /** Overrides `Accept-Language` for the descriptions. */
    locale: z.optional(localeTagSchema),
  }),
  requestObject({
    custom: customCompositionSchema,
    currency: currencySchema,
    promoCode: z.optional(promoCodeSchema),
    /** Overrides `Accept-Language` for the descriptions. */
    locale: z.optional(localeTagSchema),
  }),
]);
export type CreateQuoteRequest = z.input<typeof createQuoteRequestSchema>;

export const lineItemSchema = z.object({
  /** `plan`, `addon:<code>`, `discount`… */
  kind: z.string(),
  description: z.string(),
  amount: moneySchema,
});
export type LineItem = z.infer<typeof lineItemSchema>;

/** What a quote buys, frozen at quote time. */
export const planSnapshotSchema = z.object({
  planId: z.nullable(z.string()),
  tier: planTierSchema,
  name: z.string(),
  dataMb: z.nullable(z.number().check(z.int(), z.nonnegative())),
  minutes: z.number().check(z.int(), z.nonnegative()),
  sms: z.number().check(z.int(), z.nonnegative()),
  validityDays: z.number().check(z.int(), z.positive()),
  addOns: z.array(z.string()),
});
export type PlanSnapshot = z.infer<typeof planSnapshotSchema>;

export const quoteSchema = z.object({
  id: quoteIdSchema,
  cardId: z.string(),
  currency: currencySchema,
  plan: planSnapshotSchema,
  lineItems: z.array(lineItemSchema),
  subtotal: moneySchema,
  /** Zero when no promotion applies. */
  discount: moneySchema,
  total: moneySchema,
  promo: z.nullable(z.object({ code: z.string(), description: z.string() })),
  autoRenewAllowed: z.boolean(),
  /** The card's expiry once this quote is paid and applied (from today if the card has expired already). */
  newExpiresAt: timestampSchema,
  /** The charge auto-renew would make after this renewal, when turned on; null when the plan cannot renew itself. */
  autoRenewal: z.nullable(autoRenewalSchema),
  expiresAt: timestampSchema,
  /** The locale of the descriptions and the plan name (also sent as `Content-Language`). */
  locale: contentLocaleSchema,
});
export type Quote = z.infer<typeof quoteSchema>;
