// Public API of @urcard/server. No side effects.
export { createApp } from './app.ts';
export type { Carrier, RenewalAnswer, RenewalRequest } from './carrier/carrier.ts';
export { CARRIER_REJECTION_REASON, SimulatedCarrier } from './carrier/simulated.ts';
export type { Clock } from './clock.ts';
export { DAY_MS, systemClock } from './clock.ts';
export type { ServerConfig } from './config.ts';
export { ConfigError, resolveConfig, SETTINGS } from './config.ts';
export { PLANS } from './domain/catalogue.ts';
export { ORDER_TRANSITIONS } from './domain/order-machine.ts';
export { MINIMUM_TOTAL, PROMO_CODES } from './domain/promos.ts';
export { SANDBOX_PARTNER, TEST_CARD_PIN, TEST_CARDS } from './domain/test-cards.ts';
export { ApiError } from './errors.ts';
export { helpText, parseFlags } from './flags.ts';
export type { AppEnv } from './http/env.ts';
export type { RateLimitHit, RateLimitStore } from './http/rate-limit.ts';
export { DatabaseRateLimitStore, MemoryRateLimitStore } from './http/rate-limit.ts';
export type { Logger, LogSink } from './log.ts';
export { createLogger } from './log.ts';
export type {
  ChargeResult,
  CreatedPayment,
  CreatePaymentInput,
  OffSessionChargeInput,
  PaymentEvent,
  PaymentEventResult,
  PaymentMethodDetails,
  PaymentProvider,
  ProviderContext,
  RefundInput,
  RefundResult,
} from './payments/provider.ts';
export { offeredPaymentMethodTypes, paymentMethodTypesFor, WEBHOOKS_BASE_PATH } from './payments/provider.ts';
export { SANDBOX_PAYMENT_METHOD, SandboxPaymentProvider } from './payments/sandbox.ts';
export type { StripeProviderOptions } from './payments/stripe.ts';
export { STRIPE_WEBHOOK_EVENTS, STRIPE_WEBHOOK_PATH } from './payments/stripe-webhook.ts';
export type { RunningServer } from './server.ts';
export { startServer } from './server.ts';
export type { ServerOptions, Services } from './services.ts';
export { createServices } from './services.ts';
export type { EngineKind } from './store/engine.ts';
export type { OpenStoreOptions } from './store/open.ts';
export { openStore } from './store/open.ts';
export { StoreMisuseError } from './store/store.ts';
export type { Store, StoreData } from './store/types.ts';
