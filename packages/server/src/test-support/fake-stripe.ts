/**
 * A local fake of the part of Stripe's HTTP API that the Stripe provider calls, on 127.0.0.1: customers,
 * PaymentIntents (create, retrieve, confirm, cancel, with `expand`), payment methods, charges and refunds. It
 * parses form-encoded bodies like the real API (`metadata[orderId]`, `payment_method_types[0]`), checks the
 * secret key, replays a request sent again with the same `Idempotency-Key` (and refuses the key with other
 * parameters), records every request, and can fail requests on demand. Tests move PaymentIntents with
 * `confirm` (Stripe's test payment methods: `pm_card_visa`, `pm_card_chargeDeclined`, …) and get the webhook
 * event Stripe would send, which `deliverWebhook` signs with the stripe package's own test-header helper.
 */

// The fake lives in fake-stripe/, one file per concern: server.ts (the HTTP server, authentication,
// idempotency), routing.ts (method and path to handler), customers.ts (customers and payment methods),
// payment-intents.ts and confirm.ts (PaymentIntents and their charges), refunds.ts, failures.ts (failure
// injection), form.ts (Stripe's form encoding) and webhooks.ts (signed delivery). Importers use this file.

export { TEST_PAYMENT_METHODS } from './fake-stripe/customers.ts';
export { parseStripeForm } from './fake-stripe/form.ts';
export type { FakeStripeOptions } from './fake-stripe/server.ts';
export { FAKE_STRIPE_KEYS, FakeStripe, startFakeStripe } from './fake-stripe/server.ts';
export type { FakeOutcome, FormObject, FormValue, RecordedRequest } from './fake-stripe/types.ts';
export type { DeliverOptions } from './fake-stripe/webhooks.ts';
export { deliverWebhook } from './fake-stripe/webhooks.ts';
