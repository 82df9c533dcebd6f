import { HOUR_MS, MINUTE_MS } from '../clock.ts';
import type { ServerConfig, Setting } from '../config.ts';

/** The card-number HMAC key of development and tests: never for real cards. */
export const DEFAULT_CARD_HASH_KEY = 'urcard-development-card-hash-key';

/** Card tokens, quotes, PIN attempts and lockouts, keys, idempotency. */
export const CARD_SETTINGS = {
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
} satisfies { [K in keyof ServerConfig]?: Setting<ServerConfig[K]> };
