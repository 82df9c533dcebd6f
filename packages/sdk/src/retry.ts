import { UrcardError } from './errors.ts';

export interface RetryPolicy {
  /** Attempts after the first. */
  retries: number;
  /** Backoff before retry n (0-based) is a random delay in [0, min(maxDelayMs, baseDelayMs * 2^n)] ("full jitter"). */
  baseDelayMs: number;
  /** Cap of one wait. A `Retry-After` longer than this is not waited for: the error is thrown instead. */
  maxDelayMs: number;
}

/** Only failures that say nothing about the request itself: the network, the server, or its rate limit. */
export function isRetriableFailure(error: UrcardError): boolean {
  if (error.code === 'network_error' || error.code === 'timeout') return true;
  return error.status === 429 || error.status >= 500;
}

/**
 * How long to wait before retry number `attempt` (0-based), or null when the server asks for a longer pause
 * than the policy allows.
 */
export function retryDelayMs(
  attempt: number,
  error: UrcardError,
  policy: RetryPolicy,
  random = Math.random,
): number | null {
  const backoff = random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  if (error.retryAfterSeconds === undefined) return backoff;
  const serverAsks = error.retryAfterSeconds * 1000;
  if (serverAsks > policy.maxDelayMs) return null;
  return Math.max(serverAsks, backoff);
}

/** `Retry-After` as seconds: either delta-seconds or an HTTP date. Undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** Waits `ms`, or rejects with an `aborted` UrcardError as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortedError(signal));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function abortedError(signal: AbortSignal, what = 'The request'): UrcardError {
  return new UrcardError('aborted', `${what} was aborted`, { cause: signal.reason });
}
