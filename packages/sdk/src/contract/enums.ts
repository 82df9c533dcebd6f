// The contract's enumerations and plain constants, without a single schema: importing one of these never brings
// zod or a schema into a bundle (the widget's first paint needs a few of them). The schemas derive from these
// lists in the resource files, which re-export them, so `@urcard/sdk` and `@urcard/sdk/contract` offer them as before.

export type { ErrorCode } from './error-codes.ts';

/** Currencies the reference server prices in. Money itself accepts any ISO 4217 code. */
/** Where the travellers fly from: each priced on the server in its own minor unit. */
export const CURRENCIES = ['USD', 'EUR', 'CNY', 'HKD', 'JPY', 'SGD', 'GBP', 'AUD', 'KRW', 'THB', 'TWD', 'MYR'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Digits after the decimal point per currency (ISO 4217 minor units). */
export const CURRENCY_MINOR_UNITS: Record<Currency, number> = {
  USD: 2,
  EUR: 2,
  CNY: 2,
  HKD: 2,
  JPY: 0,
  SGD: 2,
  GBP: 2,
  AUD: 2,
  KRW: 0,
  THB: 2,
  TWD: 2,
  MYR: 2,
};

export const CARD_STATUSES = ['active', 'expiring', 'expired', 'suspended'] as const;
export type CardStatus = (typeof CARD_STATUSES)[number];

/** Why a card cannot be renewed. */
export const NOT_RENEWABLE_REASONS = ['suspended', 'terminated', 'carrier_hold'] as const;
export type NotRenewableReason = (typeof NOT_RENEWABLE_REASONS)[number];

/** Days before expiry at which a card counts as expiring and the widget warns. */
export const EXPIRY_WARNING_DAYS = 7;

export const PLAN_TIERS = ['basic', 'advanced', 'custom'] as const;
export type PlanTier = (typeof PLAN_TIERS)[number];

export const ORDER_STATUSES = [
  'requires_payment',
  'processing',
  'paid',
  'provisioning',
  'completed',
  'failed',
  'refunded',
  'canceled',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Statuses after which an order never changes again. */
export const TERMINAL_ORDER_STATUSES = ['completed', 'refunded', 'canceled'] as const satisfies readonly OrderStatus[];
export function isTerminalOrderStatus(status: OrderStatus): boolean {
  return (TERMINAL_ORDER_STATUSES as readonly OrderStatus[]).includes(status);
}

/**
 * Statuses in which the customer's money has been taken (or is being taken by a payment method that confirmed):
 * the payment went through, whatever the carrier does next.
 */
export const ORDER_STATUSES_PAID_OR_LATER = [
  'processing',
  'paid',
  'provisioning',
  'completed',
] as const satisfies readonly OrderStatus[];
/** Statuses in which the payment is confirmed by the provider (`processing` is not yet). */
export const ORDER_STATUSES_PAYMENT_CONFIRMED = [
  'paid',
  'provisioning',
  'completed',
] as const satisfies readonly OrderStatus[];
/** Statuses after which the order never changes again (an alias of the terminal list, named as the group). */
export const ORDER_STATUSES_TERMINAL = TERMINAL_ORDER_STATUSES;
/** Statuses after which nothing is left to wait for: the terminal ones and `failed` (a refund may still follow). */
export const ORDER_STATUSES_SETTLED = [
  'completed',
  'failed',
  'refunded',
  'canceled',
] as const satisfies readonly OrderStatus[];
/** Statuses of a renewal that did not happen (`urcard-renewal-failed`); `canceled` orders were never paid. */
export const ORDER_STATUSES_FAILED = ['failed', 'refunded'] as const satisfies readonly OrderStatus[];
/** Whether `status` is one of `group` (typed for the `as const` lists above). */
export function orderStatusIn(group: readonly OrderStatus[], status: OrderStatus): boolean {
  return group.includes(status);
}

export const PAYMENT_PROVIDERS = ['stripe', 'sandbox'] as const;
export type PaymentProvider = (typeof PAYMENT_PROVIDERS)[number];

/** Payment methods offered through Stripe's Payment Element. */
export const PAYMENT_METHOD_TYPES = ['card', 'alipay', 'wechat_pay'] as const;
export type PaymentMethodType = (typeof PAYMENT_METHOD_TYPES)[number];

/** Why the last payment attempt did not go through; the order stays payable. */
export const PAYMENT_ERROR_CODES = ['card_declined', 'authentication_failed', 'processing_error'] as const;
/** Why an order ended in failure. */
export const ORDER_FAILURE_CODES = ['carrier_rejected', 'carrier_unavailable', 'payment_failed'] as const;

export const SANDBOX_OUTCOMES = ['succeeded', 'declined', 'requires_action'] as const;
export type SandboxOutcome = (typeof SANDBOX_OUTCOMES)[number];
export const SANDBOX_CHALLENGE_RESULTS = ['approve', 'fail'] as const;
export type SandboxChallengeResult = (typeof SANDBOX_CHALLENGE_RESULTS)[number];
