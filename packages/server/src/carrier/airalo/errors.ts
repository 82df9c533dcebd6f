/**
 * ICCIDs (card numbers: never stored) shown by their last 4 digits: Airalo's paths and words name them, and error
 * messages end up in job records and order histories.
 */
export function maskIccids(text: string): string {
  return text.replace(/\d{10,}/g, (digits) => `…${digits.slice(-4)}`);
}

/** An answer of Airalo's API that is not a success, with what the adapter needs to decide. */
export class AiraloApiError extends Error {
  override readonly name = 'AiraloApiError';
  readonly status: number;
  /** Airalo's `meta.message`, field errors (`data`) or `reason`, flattened; never a credential. */
  readonly detail: string;
  /** From `Retry-After` on a 429, in ms. */
  readonly retryAfterMs: number | null;

  constructor(method: string, path: string, status: number, detail: string, retryAfterMs: number | null = null) {
    super(maskIccids(`Airalo ${method} ${path} answered ${status}: ${detail}`));
    this.status = status;
    this.detail = maskIccids(detail);
    this.retryAfterMs = retryAfterMs;
  }
}

/** The request got no answer: a timeout or a connection closed (the carrier may or may not have done it). */
export class AiraloUnreachableError extends Error {
  override readonly name = 'AiraloUnreachableError';
}

/** What Airalo's error bodies say, in one line: `{meta: {message}, data: {field: message}}` or `{code, reason}`. */
export function errorDetail(body: unknown): string {
  if (typeof body !== 'object' || body === null) return 'no details';
  const b = body as {
    meta?: { message?: unknown };
    data?: unknown;
    reason?: unknown;
    code?: unknown;
    message?: unknown;
  };
  const parts: string[] = [];
  if (typeof b.reason === 'string')
    parts.push(b.code === undefined ? b.reason : `${b.reason} (code ${String(b.code)})`);
  if (b.data && typeof b.data === 'object' && !Array.isArray(b.data)) {
    for (const [field, message] of Object.entries(b.data)) parts.push(`${field}: ${String(message)}`);
  }
  if (typeof b.meta?.message === 'string') parts.push(b.meta.message);
  if (typeof b.message === 'string') parts.push(b.message);
  return parts.length > 0 ? parts.join('; ') : 'no details';
}

/** `Retry-After` as seconds or an HTTP date, in ms (at least 0). */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
