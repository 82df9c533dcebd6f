/**
 * Thrown by a job that must not run again before `retryAfterMs` (a carrier's 429 with Retry-After): the worker
 * waits at least that long, or its usual back-off when that is longer.
 */
export class RetryLaterError extends Error {
  override readonly name = 'RetryLaterError';
  readonly retryAfterMs: number;
  constructor(message: string, retryAfterMs: number) {
    super(message);
    this.retryAfterMs = retryAfterMs;
  }
}

/** The wait a failed job asked for (0 when it asked for none). */
export const requestedDelayMs = (error: unknown): number => (error instanceof RetryLaterError ? error.retryAfterMs : 0);
