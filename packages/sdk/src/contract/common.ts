import * as z from 'zod/mini';

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
export const errorCodeSchema = z.enum(ERROR_CODES);

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

/** `{ error: { code, message, requestId, field?, retryAfterSeconds?, attemptsRemaining? } }` */
export const errorBodySchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string(),
    requestId: z.string(),
    field: z.optional(z.string()),
    retryAfterSeconds: z.optional(z.number().check(z.int(), z.nonnegative())),
    attemptsRemaining: z.optional(z.number().check(z.int(), z.nonnegative())),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Currencies the reference server prices in. Money itself accepts any ISO 4217 code. */
export const CURRENCIES = ['USD', 'EUR', 'CNY', 'HKD', 'JPY'] as const;
export type Currency = (typeof CURRENCIES)[number];
export const currencySchema = z.enum(CURRENCIES);

/** Digits after the decimal point per currency (ISO 4217 minor units). */
export const CURRENCY_MINOR_UNITS: Record<Currency, number> = { USD: 2, EUR: 2, CNY: 2, HKD: 2, JPY: 0 };

/** An amount in integer minor units (cents; yen for JPY) and its ISO 4217 currency. */
export const moneySchema = z.object({
  amount: z.number().check(z.int(), z.nonnegative()),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as USD')),
});
export type Money = z.infer<typeof moneySchema>;

/** ISO 8601 date-time with offset, as the API sends it. */
export const timestampSchema = z.iso.datetime({ offset: true });

/** An identifier with a prefix, e.g. `ord_…`. */
export const idSchema = (prefix: string) =>
  z.string().check(z.regex(new RegExp(`^${prefix}_[A-Za-z0-9]+$`), `an id starting with ${prefix}_`));

/** Rejects unknown keys in request bodies so a typo is an error, not a silent no-op. */
export const requestObject = z.strictObject;
