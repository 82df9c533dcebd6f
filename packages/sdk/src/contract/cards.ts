import * as z from 'zod/mini';
import { autoRenewalSchema, idSchema, moneySchema, requestObject, timestampSchema } from './common.ts';
import { CARD_STATUSES, NOT_RENEWABLE_REASONS } from './enums.ts';
import { cardNumberSchema, pinSchema } from './fields.ts';

export type { CardStatus, NotRenewableReason } from './enums.ts';
export { CARD_STATUSES, EXPIRY_WARNING_DAYS, NOT_RENEWABLE_REASONS } from './enums.ts';
export { cardNumberSchema, pinSchema } from './fields.ts';

export const cardStatusSchema = z.enum(CARD_STATUSES);

export const cardIdSchema = idSchema('card');

/** A card's balance as the server keeps it (the last values the carrier reported, or the plan's after a renewal). */
export const cardBalanceValuesSchema = z.object({
  /** Data left in MB; null when unlimited. */
  dataMb: z.nullable(z.number().check(z.int(), z.nonnegative())),
  /** Data in the current plan in MB; null when unlimited. */
  dataTotalMb: z.nullable(z.number().check(z.int(), z.nonnegative())),
  minutes: z.number().check(z.int(), z.nonnegative()),
  minutesTotal: z.number().check(z.int(), z.nonnegative()),
  sms: z.number().check(z.int(), z.nonnegative()),
});
export type CardBalanceValues = z.infer<typeof cardBalanceValuesSchema>;

/** The balance a card view shows: the values, and how fresh they are. */
export const cardBalanceSchema = z.extend(cardBalanceValuesSchema, {
  /**
   * When the carrier reported these values (a real carrier's usage reading); null when the carrier keeps no
   * usage of its own (the simulated carrier: the values are the server's) or has not answered yet.
   */
  asOf: z.nullable(timestampSchema),
  /** True when the carrier was asked this time and did not answer in time (slow, down, rate-limited): the values are the last known, as of `asOf`. */
  stale: z.boolean(),
});
export type CardBalance = z.infer<typeof cardBalanceSchema>;

/**
 * Top-ups when the data runs low: while auto-renew is on, the carrier's notice that 90 % of the data is used or
 * one day is left renews the current plan too, up to `monthlyCap` per calendar month (UTC).
 */
export const lowDataTopUpsSchema = z.object({
  enabled: z.boolean(),
  /** The most these top-ups may cost in a calendar month (UTC), in the currency of the card's last purchase. */
  monthlyCap: z.nullable(moneySchema),
  /** This month's low-data top-ups, paid or being paid. */
  spentThisMonth: moneySchema,
});
export type LowDataTopUps = z.infer<typeof lowDataTopUpsSchema>;

export const cardSchema = z.object({
  id: cardIdSchema,
  /** e.g. `•••• •••• 0018`; the full number is never sent back. */
  maskedNumber: z.string(),
  last4: z.string().check(z.regex(/^\d{4}$/)),
  status: cardStatusSchema,
  expiresAt: timestampSchema,
  /** Whole days until expiry; negative once expired. */
  daysLeft: z.number().check(z.int()),
  currentPlan: z.nullable(
    z.object({
      id: z.string(),
      name: z.string(),
      tier: z.enum(['basic', 'advanced', 'custom']),
    }),
  ),
  balance: cardBalanceSchema,
  /** ISO 3166-1 alpha-2 codes of the countries the card works in. */
  coverage: z.array(z.string().check(z.regex(/^[A-Z]{2}$/))),
  autoRenew: z.object({
    enabled: z.boolean(),
    /** A saved payment method exists, so auto-renew can charge off-session. */
    hasPaymentMethod: z.boolean(),
    /** The next charge while auto-renew is on (amount and date, computed by the server); null when off. */
    nextCharge: z.nullable(autoRenewalSchema),
    /** Present when the server's carrier tells it that data runs low (e.g. Airalo); absent otherwise. */
    lowData: z.optional(lowDataTopUpsSchema),
  }),
  renewable: z.boolean(),
  notRenewableReason: z.nullable(
    z.object({
      code: z.enum(NOT_RENEWABLE_REASONS),
      message: z.string(),
    }),
  ),
});
export type Card = z.infer<typeof cardSchema>;

// POST /v1/cards/verify
export const verifyCardRequestSchema = requestObject({
  cardNumber: cardNumberSchema,
  pin: pinSchema,
});
export type VerifyCardRequest = z.input<typeof verifyCardRequestSchema>;

/** A short-lived token that authorises the next calls for one card. Sent only in the `Urcard-Card-Token` header. */
export const cardTokenSchema = z.string().check(z.regex(/^ct_[A-Za-z0-9_-]+$/));

export const cardSessionSchema = z.object({
  cardToken: cardTokenSchema,
  cardTokenExpiresAt: timestampSchema,
  card: cardSchema,
});
export type CardSession = z.infer<typeof cardSessionSchema>;

// GET /v1/cards/current (card token)
export const currentCardResponseSchema = z.object({ card: cardSchema });
export type CurrentCardResponse = z.infer<typeof currentCardResponseSchema>;

// POST /v1/cards/current/auto-renew (card token)
export const setAutoRenewRequestSchema = requestObject({
  enabled: z.boolean(),
  /**
   * Also top up when the data runs low (only where the card view has `autoRenew.lowData`). Enabling needs
   * auto-renew on and a `monthlyCap` in the currency of the card's last purchase; leaving it out keeps the choice.
   */
  lowData: z.optional(
    requestObject({
      enabled: z.boolean(),
      monthlyCap: z.optional(z.nullable(moneySchema)),
    }),
  ),
});
export type SetAutoRenewRequest = z.infer<typeof setAutoRenewRequestSchema>;
