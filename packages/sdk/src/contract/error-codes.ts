// The API's error codes and their HTTP statuses. Apart from enums.ts on purpose: only the error schema
// (common.ts, in the SDK the widget loads later) needs the list at run time, and a list in enums.ts would ride in the
// widget's first download with the few constants its first paint needs. `@urcard/sdk` and `@urcard/sdk/contract`
// export them as before; `@urcard/sdk/enums` keeps the `ErrorCode` type.

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
