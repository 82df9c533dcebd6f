import type { ErrorCode } from './contract/common.ts';
import type { Order } from './contract/orders.ts';

/**
 * Codes worth sending the same request again for, later: the failure was on the way or on the server's side,
 * not in the request. The SDK retries these by itself only when that is safe (GETs, and POSTs with an
 * idempotency key); `request_in_progress` means the first attempt with the same key is still running.
 */
const RETRYABLE_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'network_error',
  'timeout',
  'rate_limited',
  'request_in_progress',
  'payment_provider_error',
  'internal_error',
  'service_unavailable',
]);

/** Whether an error with this code and HTTP status may succeed when the same request is sent again later. */
export function isRetryable(code: ErrorCode, status = 0): boolean {
  return RETRYABLE_CODES.has(code) || status === 429 || status >= 500;
}

export interface UrcardErrorOptions {
  /** HTTP status of the response; 0 when there was none (network, timeout, abort, client-side validation). */
  status?: number;
  /** The server's request id, to quote to support; null when no response came. */
  requestId?: string | null;
  /** Overrides the default derived from `code` and `status`. */
  retryable?: boolean;
  /** The request or response field that was wrong, as a dotted path (`card.daysLeft`, `custom.minutes`). */
  field?: string;
  /** Seconds to wait before trying again (`rate_limited`, `card_locked`). */
  retryAfterSeconds?: number;
  /** PIN attempts left before the card locks (`invalid_credentials`). */
  attemptsRemaining?: number;
  /** The idempotency key the failed request carried: send the same request again with it to stay safe. */
  idempotencyKey?: string;
  /** The last order seen, when `orders.waitForCompletion` gives up. */
  order?: Order;
  cause?: unknown;
}

/** Every error the SDK throws. Branch on `code`; show `message` to developers, not to customers. */
export class UrcardError extends Error {
  override readonly name = 'UrcardError';
  readonly code: ErrorCode;
  readonly status: number;
  readonly requestId: string | null;
  readonly retryable: boolean;
  readonly field?: string;
  readonly retryAfterSeconds?: number;
  readonly attemptsRemaining?: number;
  readonly idempotencyKey?: string;
  readonly order?: Order;

  constructor(code: ErrorCode, message: string, options: UrcardErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = options.status ?? 0;
    this.requestId = options.requestId ?? null;
    this.retryable = options.retryable ?? isRetryable(code, this.status);
    this.field = options.field;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.attemptsRemaining = options.attemptsRemaining;
    this.idempotencyKey = options.idempotencyKey;
    this.order = options.order;
  }
}

/**
 * True for errors thrown by this SDK. Works across copies of the package (a page that bundles it twice),
 * where `instanceof` would not.
 */
export function isUrcardError(value: unknown): value is UrcardError {
  return (
    value instanceof UrcardError ||
    (value instanceof Error &&
      value.name === 'UrcardError' &&
      typeof (value as { code?: unknown }).code === 'string' &&
      typeof (value as { status?: unknown }).status === 'number')
  );
}
