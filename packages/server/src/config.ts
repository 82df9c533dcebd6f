import type { PaymentProvider as PaymentProviderName } from '@urcard/sdk';
import type { LogLevel } from './log.ts';
import { CARD_SETTINGS, DEFAULT_CARD_HASH_KEY } from './settings/cards.ts';
import { INTEGRATION_SETTINGS, MIN_USAGE_READ_GAP_MS } from './settings/integrations.ts';
import { JOB_SETTINGS } from './settings/jobs.ts';
import { SERVER_SETTINGS } from './settings/server.ts';
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
  /** A factor as text (`1.25`): Airalo plans sell at the net price times it; null: at the recommended retail price. */
  airaloMarkup: string | null;
  airaloPlansCacheMs: number;
  airaloUsageRefreshMs: number;
  airaloUsageBudgetMs: number;
  airaloWebhookSecret: string | null;
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

/**
 * The one list of settings: the CLI, the environment, `--help` and docs/server.md all follow it. Written by area in
 * settings/ (in this order).
 */
export const SETTINGS: { [K in keyof ServerConfig]: Setting<ServerConfig[K]> } = {
  ...SERVER_SETTINGS,
  ...CARD_SETTINGS,
  ...JOB_SETTINGS,
  ...INTEGRATION_SETTINGS,
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
  if (config.airaloUsageRefreshMs < MIN_USAGE_READ_GAP_MS) {
    throw new ConfigError(
      `URCARD_AIRALO_USAGE_REFRESH_MS must be at least ${MIN_USAGE_READ_GAP_MS} (Airalo allows 10 usage requests a minute per eSIM)`,
    );
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
