import type { PaymentProvider as PaymentProviderName } from '@urcard/sdk';
import { HOUR_MS, MINUTE_MS } from './clock.ts';
import type { LogLevel } from './log.ts';
import { parseEncryptionKeys, SANDBOX_ENCRYPTION_KEY } from './webhooks/secret-box.ts';

/** Every setting of the server, resolved. Each one has a flag and/or an environment variable (see SETTINGS). */
export interface ServerConfig {
  port: number;
  host: string;
  db: string;
  databaseUrl: string | null;
  dbPoolSize: number;
  rateLimitStore: 'auto' | 'memory' | 'database';
  dbSynchronous: 'FULL' | 'NORMAL';
  payments: PaymentProviderName;
  seed: boolean;
  resetTestCards: boolean;
  logLevel: LogLevel;
  trustProxy: number;
  requestTimeoutMs: number;
  headersTimeoutMs: number;
  keepAliveTimeoutMs: number;
  maxConnections: number;
  bodyLimitBytes: number;
  cardTokenTtlMs: number;
  quoteTtlMs: number;
  maxPinAttempts: number;
  lockoutMs: number;
  verifyRateLimit: number;
  verifyRateWindowMs: number;
  scryptCost: number;
  cardHashKey: string;
  encryptionKey: string | null;
  idempotencyTtlMs: number;
  unpaidOrderTtlMs: number;
  carrierDelayMs: number;
  slowCarrierDelayMs: number;
  jobPollMs: number;
  jobConcurrency: number;
  carrierConcurrency: number;
  jobLeaseMs: number;
  schedulerIntervalMs: number;
  autoRenewLeadDays: number;
  webhookRetryBaseMs: number;
  webhookTimeoutMs: number;
  webhookConcurrency: number;
  checkResponses: boolean;
  smtpUrl: string | null;
  mailFrom: string;
  stripeSecretKey: string | null;
  stripePublishableKey: string | null;
  stripeWebhookSecret: string | null;
  stripeApiBase: string | null;
  carrierName: 'simulated' | 'airalo';
  airaloClientId: string | null;
  airaloClientSecret: string | null;
  airaloBaseUrl: string;
  airaloTimeoutMs: number;
}

type Kind = 'int' | 'string' | 'bool' | 'enum';

export interface Setting<T> {
  /** Command-line flag, e.g. `--port`. */
  flag?: string;
  /** Environment variable read when the flag is absent. */
  env: string;
  kind: Kind;
  values?: readonly string[];
  /** Production default; a function when it depends on other settings. */
  default: T | ((env: NodeJS.ProcessEnv) => T);
  doc: string;
  /** Never printed (help output shows only whether it is set). */
  secret?: boolean;
  /** Other spellings accepted for compatibility (`true` for 1), read before `kind`. */
  aliases?: Record<string, T>;
  /** The value of the flag given alone (`--trust-proxy`), for a non-boolean flag that was boolean once. */
  bare?: string;
}

const DEFAULT_CARD_HASH_KEY = 'urcard-development-card-hash-key';

/** The one list of settings: the CLI, the environment, `--help` and docs/server.md all follow it. */
export const SETTINGS: { [K in keyof ServerConfig]: Setting<ServerConfig[K]> } = {
  port: { flag: '--port', env: 'URCARD_PORT', kind: 'int', default: 8787, doc: 'TCP port; 0 picks a free one.' },
  host: { flag: '--host', env: 'URCARD_HOST', kind: 'string', default: '127.0.0.1', doc: 'Interface to listen on.' },
  db: {
    flag: '--db',
    env: 'URCARD_DB',
    kind: 'string',
    default: '.urcard/urcard.db',
    doc: 'SQLite file (its folder is created), or `:memory:` for a database that lives as long as the process.',
  },
  databaseUrl: {
    flag: '--database-url',
    env: 'URCARD_DATABASE_URL',
    kind: 'string',
    default: null,
    secret: true,
    doc: 'PostgreSQL, for several instances on one database: `postgres://user:password@host:port/db`. Without it the server keeps the SQLite file `--db`.',
  },
  dbPoolSize: {
    env: 'URCARD_DB_POOL_SIZE',
    kind: 'int',
    default: 10,
    doc: 'PostgreSQL connections per instance.',
  },
  rateLimitStore: {
    env: 'URCARD_RATE_LIMIT_STORE',
    kind: 'enum',
    values: ['auto', 'memory', 'database'],
    default: 'auto',
    doc: 'Where rate-limit counters live: `database` (shared by every instance), `memory` (this process only), or `auto`: the database on PostgreSQL, memory on SQLite.',
  },
  dbSynchronous: {
    env: 'URCARD_DB_SYNCHRONOUS',
    kind: 'enum',
    values: ['FULL', 'NORMAL'],
    default: 'FULL',
    doc: 'SQLite `synchronous`: FULL syncs every commit to disk; NORMAL (WAL) survives a killed process but may lose the last commits on power loss.',
  },
  payments: {
    flag: '--payments',
    env: 'URCARD_PAYMENTS',
    kind: 'enum',
    values: ['sandbox', 'stripe'],
    default: (env) => (env.STRIPE_SECRET_KEY ? 'stripe' : 'sandbox'),
    doc: 'Payment provider: `sandbox` (simulated, no money moves) or `stripe`. Default `stripe` when STRIPE_SECRET_KEY is set.',
  },
  seed: {
    flag: '--seed',
    env: 'URCARD_SEED',
    kind: 'bool',
    default: (env) => (env.URCARD_PAYMENTS ?? (env.STRIPE_SECRET_KEY ? 'stripe' : 'sandbox')) === 'sandbox',
    doc: 'Create the demo partner and the test cards at start (idempotent). Default: on in sandbox mode.',
  },
  resetTestCards: {
    flag: '--reset-test-cards',
    env: 'URCARD_RESET_TEST_CARDS',
    kind: 'bool',
    default: true,
    doc: 'When seeding, put the test cards back to their documented story (dates relative to now) at every start.',
  },
  logLevel: {
    flag: '--log-level',
    env: 'URCARD_LOG_LEVEL',
    kind: 'enum',
    values: ['debug', 'info', 'warn', 'error'],
    default: 'info',
    doc: 'Least level written to stdout.',
  },
  trustProxy: {
    flag: '--trust-proxy',
    env: 'URCARD_TRUST_PROXY',
    kind: 'int',
    default: 0,
    aliases: { true: 1, false: 0, yes: 1, no: 0, on: 1, off: 0 },
    bare: '1',
    doc: 'Proxies you run in front of the server (0: none). The client address is the `X-Forwarded-For` entry that many hops from the right (the socket being the last hop), never one the client wrote. `true`/`false` mean 1/0.',
  },
  requestTimeoutMs: {
    env: 'URCARD_REQUEST_TIMEOUT_MS',
    kind: 'int',
    default: 10_000,
    doc: 'Longest time to receive a whole request, headers and body: a stalled upload is answered 408 and its connection closed. 0 turns it off.',
  },
  headersTimeoutMs: {
    env: 'URCARD_HEADERS_TIMEOUT_MS',
    kind: 'int',
    default: 5_000,
    doc: "Longest time to receive a request's headers (at most the request timeout).",
  },
  keepAliveTimeoutMs: {
    env: 'URCARD_KEEP_ALIVE_TIMEOUT_MS',
    kind: 'int',
    default: 5_000,
    doc: "How long an idle keep-alive connection stays open. Behind a load balancer, make it longer than the balancer's idle timeout.",
  },
  maxConnections: {
    env: 'URCARD_MAX_CONNECTIONS',
    kind: 'int',
    default: 4096,
    doc: 'Open connections accepted at once; further ones are closed at once. 0: no cap.',
  },
  bodyLimitBytes: {
    env: 'URCARD_BODY_LIMIT_BYTES',
    kind: 'int',
    default: 16 * 1024,
    doc: 'Largest request body accepted; larger ones get `payload_too_large`.',
  },
  cardTokenTtlMs: {
    env: 'URCARD_CARD_TOKEN_TTL_MS',
    kind: 'int',
    default: 30 * MINUTE_MS,
    doc: 'Lifetime of a card token.',
  },
  quoteTtlMs: { env: 'URCARD_QUOTE_TTL_MS', kind: 'int', default: 15 * MINUTE_MS, doc: 'Lifetime of a quote.' },
  maxPinAttempts: {
    env: 'URCARD_MAX_PIN_ATTEMPTS',
    kind: 'int',
    default: 5,
    doc: 'PIN attempts judged before a card number locks; attempts beyond it, even concurrent ones, are not judged.',
  },
  lockoutMs: {
    env: 'URCARD_LOCKOUT_MS',
    kind: 'int',
    default: 15 * MINUTE_MS,
    doc: 'How long the first lock of a card number lasts; each further lock in a row lasts 4 times longer, up to a day.',
  },
  verifyRateLimit: {
    env: 'URCARD_VERIFY_RATE_LIMIT',
    kind: 'int',
    default: 20,
    doc: 'Card verifications allowed per client address per window.',
  },
  verifyRateWindowMs: {
    env: 'URCARD_VERIFY_RATE_WINDOW_MS',
    kind: 'int',
    default: MINUTE_MS,
    doc: 'Window of the verification rate limit.',
  },
  scryptCost: {
    env: 'URCARD_SCRYPT_COST',
    kind: 'int',
    default: 16384,
    doc: 'scrypt N for new PIN hashes (a power of two). Existing hashes keep the cost they were made with.',
  },
  cardHashKey: {
    env: 'URCARD_CARD_HASH_KEY',
    kind: 'string',
    default: DEFAULT_CARD_HASH_KEY,
    secret: true,
    doc: 'HMAC key under which card numbers are stored (never in clear). Set your own outside the sandbox; changing it orphans stored cards.',
  },
  encryptionKey: {
    env: 'URCARD_ENCRYPTION_KEY',
    kind: 'string',
    default: null,
    secret: true,
    doc: 'AES-256-GCM key sealing webhook signing secrets in the database: 32 bytes in base64 (`openssl rand -base64 32`); `new,old` to rotate (opens with either, seals with the first; rows are sealed again at start). Required outside sandbox mode; the sandbox uses a fixed development key.',
  },
  idempotencyTtlMs: {
    env: 'URCARD_IDEMPOTENCY_TTL_MS',
    kind: 'int',
    default: 24 * HOUR_MS,
    doc: 'How long an Idempotency-Key and its stored response are kept.',
  },
  unpaidOrderTtlMs: {
    env: 'URCARD_UNPAID_ORDER_TTL_MS',
    kind: 'int',
    default: 24 * HOUR_MS,
    doc: 'Orders still waiting for payment after this long are canceled.',
  },
  carrierDelayMs: {
    env: 'URCARD_CARRIER_DELAY_MS',
    kind: 'int',
    default: 2000,
    doc: 'Simulated carrier: time to apply a renewal.',
  },
  slowCarrierDelayMs: {
    env: 'URCARD_SLOW_CARRIER_DELAY_MS',
    kind: 'int',
    default: 2 * MINUTE_MS,
    doc: 'Simulated carrier: time for the slow test card (…0067).',
  },
  jobPollMs: {
    env: 'URCARD_JOB_POLL_MS',
    kind: 'int',
    default: 1000,
    doc: 'How often the job worker looks for due work (new work also wakes it at once).',
  },
  jobConcurrency: {
    env: 'URCARD_JOB_CONCURRENCY',
    kind: 'int',
    default: 8,
    doc: 'Jobs other than provisioning (refunds, auto-renewals) run at the same time, per instance.',
  },
  carrierConcurrency: {
    env: 'URCARD_CARRIER_CONCURRENCY',
    kind: 'int',
    default: 1024,
    doc: 'Renewals waiting on the carrier at the same time, per instance (they mostly wait: a high number is cheap). Refunds never queue behind them.',
  },
  jobLeaseMs: {
    env: 'URCARD_JOB_LEASE_MS',
    kind: 'int',
    default: MINUTE_MS,
    doc: 'A running job is renewed every third of this; another worker may take it over once it lapses.',
  },
  schedulerIntervalMs: {
    env: 'URCARD_SCHEDULER_INTERVAL_MS',
    kind: 'int',
    default: MINUTE_MS,
    doc: 'How often auto-renewals, unpaid orders and expired records are looked at.',
  },
  webhookRetryBaseMs: {
    env: 'URCARD_WEBHOOK_RETRY_BASE_MS',
    kind: 'int',
    default: 30_000,
    doc: 'Wait before the first retry of a failed webhook delivery; each later wait doubles, for up to 3 days, after which the endpoint is disabled.',
  },
  webhookTimeoutMs: {
    env: 'URCARD_WEBHOOK_TIMEOUT_MS',
    kind: 'int',
    default: 10_000,
    doc: 'Time a webhook receiver has to answer one delivery.',
  },
  webhookConcurrency: {
    env: 'URCARD_WEBHOOK_CONCURRENCY',
    kind: 'int',
    default: 16,
    doc: 'Webhook deliveries sent at the same time, per instance (their own lane: a slow receiver never holds up refunds).',
  },
  autoRenewLeadDays: {
    env: 'URCARD_AUTO_RENEW_LEAD_DAYS',
    kind: 'int',
    default: 3,
    doc: 'Days before expiry at which a card with auto-renew is renewed.',
  },
  checkResponses: {
    env: 'URCARD_CHECK_RESPONSES',
    kind: 'bool',
    default: false,
    doc: 'Parse every response with the contract before sending it; a mismatch becomes a logged `internal_error` (tests turn it on).',
  },
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
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function parseValue(name: string, setting: Setting<unknown>, raw: string): unknown {
  const alias = setting.aliases?.[raw.trim().toLowerCase()];
  if (alias !== undefined) return alias;
  switch (setting.kind) {
    case 'int': {
      if (!/^-?\d+$/.test(raw.trim()))
        throw new ConfigError(`${name} must be a whole number, got ${JSON.stringify(raw)}`);
      const n = Number(raw);
      if (n < 0) throw new ConfigError(`${name} must not be negative`);
      return n;
    }
    case 'bool':
      if (/^(1|true|yes|on)$/i.test(raw)) return true;
      if (/^(0|false|no|off)$/i.test(raw)) return false;
      throw new ConfigError(`${name} must be true or false, got ${JSON.stringify(raw)}`);
    case 'enum':
      if (!setting.values?.includes(raw)) {
        throw new ConfigError(`${name} must be one of ${setting.values?.join(', ')}, got ${JSON.stringify(raw)}`);
      }
      return raw;
    default:
      return raw;
  }
}

/**
 * Resolves the configuration: explicit values first (flags, or options passed to startServer), then the
 * environment, then the defaults.
 */
export function resolveConfig(explicit: Partial<ServerConfig> = {}, env: NodeJS.ProcessEnv = {}): ServerConfig {
  const out: Record<string, unknown> = {};
  const effectiveEnv = { ...env };
  if (explicit.payments) effectiveEnv.URCARD_PAYMENTS = explicit.payments;
  for (const [key, setting] of Object.entries(SETTINGS) as [keyof ServerConfig, Setting<unknown>][]) {
    const given = explicit[key];
    if (given !== undefined) {
      out[key] = given;
      continue;
    }
    const raw = env[setting.env];
    if (raw !== undefined && raw !== '') {
      out[key] = parseValue(setting.env, setting, raw);
      continue;
    }
    out[key] = typeof setting.default === 'function' ? setting.default(effectiveEnv) : setting.default;
  }
  const config = out as unknown as ServerConfig;
  // `trustProxy: true` from code written when it was a boolean: one proxy.
  if (typeof config.trustProxy === 'boolean') config.trustProxy = Number(config.trustProxy);
  if (config.port > 65535) throw new ConfigError('port must be at most 65535');
  if (config.requestTimeoutMs > 0 && config.headersTimeoutMs > config.requestTimeoutMs) {
    throw new ConfigError('URCARD_HEADERS_TIMEOUT_MS must not exceed URCARD_REQUEST_TIMEOUT_MS');
  }
  if (config.scryptCost < 2 || (config.scryptCost & (config.scryptCost - 1)) !== 0) {
    throw new ConfigError('URCARD_SCRYPT_COST must be a power of two');
  }
  if (config.encryptionKey) {
    try {
      parseEncryptionKeys(config.encryptionKey);
    } catch (error) {
      throw new ConfigError((error as Error).message);
    }
  }
  return config;
}

/**
 * The keys that seal webhook secrets: URCARD_ENCRYPTION_KEY's, or in the sandbox without it a fixed one; outside
 * the sandbox the setting is required (a ConfigError, checked once the payment provider is known).
 */
export function encryptionKeys(config: ServerConfig): Buffer[] {
  if (config.encryptionKey) return parseEncryptionKeys(config.encryptionKey);
  if (config.payments === 'sandbox') return [SANDBOX_ENCRYPTION_KEY];
  throw new ConfigError(
    'URCARD_ENCRYPTION_KEY is required outside sandbox mode: 32 random bytes in base64 (openssl rand -base64 32)',
  );
}

/** True when the card-number HMAC key is the development default, which must not be used with real cards. */
export function usesDevelopmentCardHashKey(config: ServerConfig): boolean {
  return config.cardHashKey === DEFAULT_CARD_HASH_KEY;
}
