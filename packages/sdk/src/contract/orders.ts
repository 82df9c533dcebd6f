import * as z from 'zod/mini';
import { autoRenewalSchema, idSchema, moneySchema, requestObject, timestampSchema } from './common.ts';
import {
  ORDER_FAILURE_CODES,
  ORDER_STATUSES,
  PAYMENT_ERROR_CODES,
  PAYMENT_METHOD_TYPES,
  SANDBOX_CHALLENGE_RESULTS,
  SANDBOX_OUTCOMES,
} from './enums.ts';
import { partnerRefSchema } from './fields.ts';
import { planTierSchema } from './plans.ts';
import { lineItemSchema, planSnapshotSchema, quoteIdSchema } from './quotes.ts';

export type {
  OrderStatus,
  PaymentMethodType,
  PaymentProvider,
  SandboxChallengeResult,
  SandboxOutcome,
} from './enums.ts';
export {
  isTerminalOrderStatus,
  ORDER_FAILURE_CODES,
  ORDER_STATUSES,
  PAYMENT_ERROR_CODES,
  PAYMENT_METHOD_TYPES,
  PAYMENT_PROVIDERS,
  SANDBOX_CHALLENGE_RESULTS,
  SANDBOX_OUTCOMES,
  TERMINAL_ORDER_STATUSES,
} from './enums.ts';

export const orderStatusSchema = z.enum(ORDER_STATUSES);

export const paymentMethodTypeSchema = z.enum(PAYMENT_METHOD_TYPES);

export const orderIdSchema = idSchema('ord');

/** A BCP 47 language tag such as `en`, `zh-CN` or `ja`. */
export const localeSchema = z
  .string()
  .check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/, 'a language tag such as zh-CN'));

export const stripePaymentSchema = z.object({
  provider: z.literal('stripe'),
  paymentIntentId: z.string(),
  /**
   * For `stripe.confirmPayment` in the browser; null once the order is paid, and on `GET /v1/orders/:id` with a
   * publishable key unless the call carries a card token of the order's card.
   */
  clientSecret: z.nullable(z.string()),
  publishableKey: z.string(),
  paymentMethodTypes: z.array(paymentMethodTypeSchema),
});

export const sandboxPaymentSchema = z.object({
  provider: z.literal('sandbox'),
  /** Set while a simulated 3-D Secure challenge waits for the customer. */
  nextAction: z.nullable(z.object({ type: z.literal('three_d_secure'), challengeId: z.string() })),
});

export const orderPaymentSchema = z.discriminatedUnion('provider', [stripePaymentSchema, sandboxPaymentSchema]);
export type OrderPayment = z.infer<typeof orderPaymentSchema>;

export const paymentMethodSummarySchema = z.object({
  type: z.enum([...PAYMENT_METHOD_TYPES, 'sandbox']),
  brand: z.nullable(z.string()),
  last4: z.nullable(z.string()),
});
export type PaymentMethodSummary = z.infer<typeof paymentMethodSummarySchema>;

/** The receipt as issued when the carrier applied the renewal (and as webhooks carry it). */
export const issuedReceiptSchema = z.object({
  number: z.string(),
  planName: z.string(),
  tier: planTierSchema,
  amount: moneySchema,
  paymentMethod: paymentMethodSummarySchema,
  maskedCardNumber: z.string(),
  previousExpiresAt: timestampSchema,
  newExpiresAt: timestampSchema,
  issuedAt: timestampSchema,
});
export type IssuedReceipt = z.infer<typeof issuedReceiptSchema>;

/** The receipt on an order: as issued, with who sold it, the price before the discount and the next auto-renewal. */
export const receiptSchema = z.extend(issuedReceiptSchema, {
  /** Who sold the renewal: the partner's name. */
  seller: z.string(),
  /** The price before the discount. */
  subtotal: moneySchema,
  discount: moneySchema,
  promoCode: z.nullable(z.string()),
  /** The next automatic charge this order set up; null without auto-renew. */
  autoRenewal: z.nullable(autoRenewalSchema),
});
export type Receipt = z.infer<typeof receiptSchema>;

/**
 * (Here, not in enums.ts: enums.ts is in the widget's first download, and only the back office reads this.)
 * What the carrier made of the reversal of a refunded renewal: `reversed` (taken back), `requested` (a refund
 * request the carrier reviews, as Airalo's), `refused` (the carrier said no), `unconfirmed` (sent, no answer; not
 * sent again: check with the carrier), `not_found` (the carrier has no renewal for this order), `unreachable` (the
 * carrier could not be asked through every retry: nothing was sent; the money was refunded all the same).
 */
export const REVERSAL_STATUSES = [
  'reversed',
  'requested',
  'refused',
  'unconfirmed',
  'not_found',
  'unreachable',
] as const;
export type ReversalStatus = (typeof REVERSAL_STATUSES)[number];

/** A refund support made of a paid or completed order (`POST /v1/orders/:orderId/refund`). */
export const orderRefundSchema = z.object({
  reason: z.nullable(z.string()),
  amount: moneySchema,
  /** The renewal had been applied: the carrier was told to reverse it and the card's expiry moved back. */
  reversal: z.boolean(),
  requestedAt: timestampSchema,
  /** When the payment provider confirmed the refund; null while it is on its way. */
  settledAt: z.nullable(timestampSchema),
  /**
   * What the carrier answered the reversal, once settled (absent without one): its status and, for a secret key,
   * the carrier's own words (English; null for a publishable key).
   */
  carrier: z.optional(z.object({ status: z.enum(REVERSAL_STATUSES), detail: z.nullable(z.string()) })),
});
export type OrderRefund = z.infer<typeof orderRefundSchema>;

export const orderSchema = z.object({
  id: orderIdSchema,
  status: orderStatusSchema,
  /** Null when read with a publishable key (which anyone with an order id may hold). */
  cardId: z.nullable(z.string()),
  maskedCardNumber: z.string(),
  quoteId: quoteIdSchema,
  plan: planSnapshotSchema,
  lineItems: z.array(lineItemSchema),
  subtotal: moneySchema,
  discount: moneySchema,
  total: moneySchema,
  promoCode: z.nullable(z.string()),
  autoRenew: z.boolean(),
  /** The card's expiry once this order is applied: the receipt's when completed, expected before. */
  newExpiresAt: timestampSchema,
  /** The next automatic charge this order sets up (amount, date, lead days); null without auto-renew. */
  autoRenewal: z.nullable(autoRenewalSchema),
  email: z.nullable(z.string()),
  partnerRef: z.nullable(z.string()),
  payment: orderPaymentSchema,
  paymentMethod: z.nullable(paymentMethodSummarySchema),
  lastPaymentError: z.nullable(z.object({ code: z.enum(PAYMENT_ERROR_CODES), message: z.string() })),
  failure: z.nullable(z.object({ code: z.enum(ORDER_FAILURE_CODES), message: z.string(), refunded: z.boolean() })),
  receipt: z.nullable(receiptSchema),
  /** Set once support refunded the order; absent otherwise. */
  refund: z.optional(orderRefundSchema),
  /** The customer's language for receipts (BCP 47), as given at creation; null when none was given. */
  locale: z.optional(z.nullable(z.string())),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Order = z.infer<typeof orderSchema>;

// POST /v1/orders (card token, Idempotency-Key)
export const createOrderRequestSchema = requestObject({
  quoteId: quoteIdSchema,
  autoRenew: z.boolean(),
  email: z.optional(z.email('an email address')),
  /** The partner's own reference, echoed on the order. */
  partnerRef: z.optional(partnerRefSchema),
  /**
   * The payment methods the partner offers (the widget's `payment-methods` attribute). The server intersects
   * them with what the order allows (no WeChat Pay with auto-renew); absent means all.
   */
  paymentMethodTypes: z.optional(z.array(paymentMethodTypeSchema).check(z.minLength(1))),
  /** The customer's language (BCP 47, e.g. `zh-CN`) for the receipt email; English when absent or unknown. */
  locale: z.optional(localeSchema),
});
export type CreateOrderRequest = z.input<typeof createOrderRequestSchema>;

// POST /v1/orders/:orderId/sandbox-payment (sandbox mode only)
export const sandboxPaymentRequestSchema = requestObject({ outcome: z.enum(SANDBOX_OUTCOMES) });
// POST /v1/orders/:orderId/sandbox-payment/challenge (sandbox mode only)
export const sandboxChallengeRequestSchema = requestObject({ result: z.enum(SANDBOX_CHALLENGE_RESULTS) });
