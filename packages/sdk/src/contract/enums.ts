// The contract's enumerations and plain constants, without a single schema: importing one of these never brings
// zod or a schema into a bundle (the widget's first paint needs a few of them). The schemas derive from these
// lists in the resource files, which re-export them, so `@urcard/sdk` and `@urcard/sdk/contract` offer them as before.

/** Every error code the API or the SDK can report. The one list; types and schemas derive from it. */
export const ERROR_CODES = [
  // request and authentication
  'invalid_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'payload_too_large',
  'rate_limited',
  // cards
  'invalid_card_number',
  'invalid_credentials',
  'card_locked',
  'card_not_renewable',
  'card_token_invalid',
  'card_exists',
  'customer_session_invalid',
  // plans and quotes
  'promo_invalid',
  'promo_expired',
  'promo_not_applicable',
  'plan_unavailable',
  'currency_unsupported',
  'quote_expired',
  // orders and payments
  'idempotency_conflict',
  'request_in_progress',
  'order_state_invalid',
  'auto_renew_unavailable',
  'sandbox_unavailable',
  'payment_provider_error',
  // server
  'internal_error',
  'service_unavailable',
  // raised by the SDK itself, never sent by the server
  'network_error',
  'timeout',
  'aborted',
  'invalid_response',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The HTTP status the server answers each code with (SDK-only codes carry 0). */
export const ERROR_HTTP_STATUS: Record<ErrorCode, number> = {
  invalid_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  payload_too_large: 413,
  rate_limited: 429,
  invalid_card_number: 400,
  invalid_credentials: 401,
  card_locked: 423,
  card_not_renewable: 409,
  card_token_invalid: 401,
  card_exists: 409,
  customer_session_invalid: 401,
  promo_invalid: 400,
  promo_expired: 400,
  promo_not_applicable: 400,
  plan_unavailable: 409,
  currency_unsupported: 400,
  quote_expired: 409,
  idempotency_conflict: 422,
  request_in_progress: 409,
  order_state_invalid: 409,
  auto_renew_unavailable: 409,
  sandbox_unavailable: 404,
  payment_provider_error: 502,
  internal_error: 500,
  service_unavailable: 503,
  network_error: 0,
  timeout: 0,
  aborted: 0,
  invalid_response: 0,
};

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
