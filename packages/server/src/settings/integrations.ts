import type { ServerConfig, Setting } from '../config.ts';

/** Airalo allows 10 usage requests a minute per eSIM: one card is never read more often than this. */
export const MIN_USAGE_READ_GAP_MS = 6_000;

/** Mail, Stripe and the Airalo carrier. */
export const INTEGRATION_SETTINGS = {
  smtpUrl: {
    env: 'URCARD_SMTP_URL',
    kind: 'string',
    default: null,
    secret: true,
    doc: 'Where receipts are emailed through (`smtp://user:pass@host:587`, `smtps://…`); off when unset.',
  },
  mailFrom: {
    env: 'URCARD_MAIL_FROM',
    kind: 'string',
    default: 'UR card <receipts@urcard.example>',
    doc: 'The From address of receipt emails.',
  },
  stripeSecretKey: {
    env: 'STRIPE_SECRET_KEY',
    kind: 'string',
    default: null,
    secret: true,
    doc: 'Stripe secret key (stripe mode).',
  },
  stripePublishableKey: {
    env: 'STRIPE_PUBLISHABLE_KEY',
    kind: 'string',
    default: null,
    doc: 'Stripe publishable key handed to the widget with each order (stripe mode).',
  },
  stripeWebhookSecret: {
    env: 'STRIPE_WEBHOOK_SECRET',
    kind: 'string',
    default: null,
    secret: true,
    doc: 'Signing secret of the Stripe webhook endpoint (stripe mode).',
  },
  stripeApiBase: {
    env: 'STRIPE_API_BASE',
    kind: 'string',
    default: null,
    doc: "Other address for Stripe's API, e.g. a local fake in tests (`http://127.0.0.1:12111`).",
  },
  carrierName: {
    env: 'URCARD_CARRIER',
    kind: 'enum',
    values: ['simulated', 'airalo'],
    default: 'simulated',
    doc: "Who applies renewals: `simulated` (the sandbox test cards) or `airalo` (top-ups through Airalo's Partner API; see docs/carriers.md).",
  },
  airaloClientId: {
    env: 'URCARD_AIRALO_CLIENT_ID',
    kind: 'string',
    default: null,
    doc: 'Client id of the Airalo Partner API (airalo carrier).',
  },
  airaloClientSecret: {
    env: 'URCARD_AIRALO_CLIENT_SECRET',
    kind: 'string',
    default: null,
    secret: true,
    doc: 'Client secret of the Airalo Partner API (airalo carrier).',
  },
  airaloBaseUrl: {
    env: 'URCARD_AIRALO_BASE_URL',
    kind: 'string',
    default: 'https://partners-api.airalo.com',
    doc: "Address of Airalo's Partner API: its sandbox (`https://sandbox-partners-api.airalo.com`) or a local fake.",
  },
  airaloTimeoutMs: {
    env: 'URCARD_AIRALO_TIMEOUT_MS',
    kind: 'int',
    default: 30_000,
    doc: 'Airalo carrier: a request without an answer after this long is given up (a top-up is then looked up before it is sent again).',
  },
  airaloMarkup: {
    env: 'URCARD_AIRALO_MARKUP',
    kind: 'string',
    default: null,
    doc: "Airalo carrier: sell top-ups at Airalo's net price times this factor (`1.25`, from 1 to 100), rounded to the currency's unit; unset: at Airalo's recommended retail price.",
  },
  airaloPlansCacheMs: {
    env: 'URCARD_AIRALO_PLANS_CACHE_MS',
    kind: 'int',
    default: 60_000,
    doc: "Airalo carrier: how long an eSIM's top-up list is kept in memory (per instance) before it is asked for again.",
  },
  airaloUsageRefreshMs: {
    env: 'URCARD_AIRALO_USAGE_REFRESH_MS',
    kind: 'int',
    default: 300_000,
    doc: "Airalo carrier: a card's balance read from Airalo's usage endpoint is shown without asking again for this long, on every instance (at least 6000: Airalo allows 10 requests a minute per eSIM; Airalo's own answer may be up to 20 minutes old).",
  },
  airaloUsageBudgetMs: {
    env: 'URCARD_AIRALO_USAGE_BUDGET_MS',
    kind: 'int',
    default: 1_500,
    doc: 'Airalo carrier: how long a card view waits for the usage endpoint before it shows the last known balance (marked `stale`, with `asOf`).',
  },
  airaloWebhookSecret: {
    env: 'URCARD_AIRALO_WEBHOOK_SECRET',
    kind: 'string',
    default: null,
    secret: true,
    doc: 'Airalo carrier: the key of the HMAC-SHA-512 `airalo-signature` on its low-data notifications (to be confirmed with Airalo); unset, `/v1/webhooks/airalo` is not mounted.',
  },
} satisfies { [K in keyof ServerConfig]?: Setting<ServerConfig[K]> };
