import * as z from 'zod/mini';
import { idSchema, moneySchema, timestampSchema } from './common.ts';
import { ORDER_FAILURE_CODES, PAYMENT_ERROR_CODES } from './enums.ts';
import { issuedReceiptSchema, orderStatusSchema } from './orders.ts';
import { planSnapshotSchema } from './quotes.ts';

/**
 * Every event the API records, once: the webhook endpoints' `enabledEvents`, the `type` filter of
 * `GET /v1/events`, the docs and the tests derive from this list.
 */
export const EVENT_TYPES = [
  'order.created',
  'order.processing',
  'order.payment_failed',
  'order.paid',
  'order.provisioning',
  'renewal.completed',
  'renewal.failed',
  'order.refunded',
  'order.canceled',
  'auto_renew.succeeded',
  'auto_renew.failed',
  'auto_renew.disabled',
  'card.expiring_soon',
  'card.low_data_top_up_skipped',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * Why a low-data top-up did not happen: the monthly cap would be passed, auto-renew is off, no saved payment
 * method, the card cannot be renewed, its plan is no longer offered, or the cap is in another currency than the
 * plan's price now.
 */
export const LOW_DATA_SKIP_REASONS = [
  'cap_reached',
  'auto_renew_off',
  'no_payment_method',
  'card_not_renewable',
  'plan_unavailable',
  'cap_currency_changed',
  'carrier_unavailable',
] as const;
export type LowDataSkipReason = (typeof LOW_DATA_SKIP_REASONS)[number];
export const eventTypeSchema = z.enum(EVENT_TYPES);

export const eventIdSchema = idSchema('evt');

/** The order as it stood when the event happened (no payment secrets, no customer email). */
export const orderEventDataSchema = z.object({
  object: z.literal('order'),
  id: z.string(),
  status: orderStatusSchema,
  cardId: z.string(),
  maskedCardNumber: z.string(),
  plan: planSnapshotSchema,
  total: moneySchema,
  discount: moneySchema,
  promoCode: z.nullable(z.string()),
  autoRenew: z.boolean(),
  offSession: z.boolean(),
  partnerRef: z.nullable(z.string()),
  lastPaymentError: z.nullable(z.object({ code: z.enum(PAYMENT_ERROR_CODES), message: z.string() })),
  failure: z.nullable(z.object({ code: z.enum(ORDER_FAILURE_CODES), message: z.string(), refunded: z.boolean() })),
  receipt: z.nullable(issuedReceiptSchema),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type OrderEventData = z.infer<typeof orderEventDataSchema>;

/** The card as it stood when the event happened. */
export const cardEventDataSchema = z.object({
  object: z.literal('card'),
  id: z.string(),
  maskedCardNumber: z.string(),
  expiresAt: timestampSchema,
  autoRenew: z.boolean(),
  /** The order the event is about (the failed auto-renewal), or null. */
  orderId: z.nullable(z.string()),
  /** `card.low_data_top_up_skipped`: the carrier's notice and why no top-up followed. */
  lowDataTopUp: z.optional(
    z.object({
      reason: z.enum(LOW_DATA_SKIP_REASONS),
      /** The carrier's level: `90%` of the data used, or `1days` left. */
      level: z.string(),
      packageName: z.string(),
      /** The top-up's price, when it was known. */
      amount: z.nullable(moneySchema),
      monthlyCap: z.nullable(moneySchema),
      spentThisMonth: z.nullable(moneySchema),
    }),
  ),
});
export type CardEventData = z.infer<typeof cardEventDataSchema>;

export const eventDataSchema = z.discriminatedUnion('object', [orderEventDataSchema, cardEventDataSchema]);
export type EventData = z.infer<typeof eventDataSchema>;

/** One event; a webhook delivers the same `{ id, type, timestamp, data }` as its body (Standard Webhooks). */
export const eventSchema = z.object({
  id: eventIdSchema,
  type: eventTypeSchema,
  timestamp: timestampSchema,
  data: eventDataSchema,
});
export type UrcardEvent = z.infer<typeof eventSchema>;

/** Query of `GET /v1/events`: newest first. */
export const listEventsQuerySchema = z.object({
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
  /** An event id: the page continues with the events older than it. */
  starting_after: z.optional(eventIdSchema),
  type: z.optional(eventTypeSchema),
});
export type ListEventsQuery = z.input<typeof listEventsQuerySchema>;

export const eventListSchema = z.object({ data: z.array(eventSchema), hasMore: z.boolean() });
export type EventList = z.infer<typeof eventListSchema>;
