import type { Clock } from '../../clock.ts';
import { sleep } from '../../clock.ts';
import { AiraloApiError, AiraloUnreachableError, errorDetail, maskIccids, retryAfterMs } from './errors.ts';

export interface AiraloClientOptions {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  clock: Clock;
  /** Each request, the token's included, is abandoned after this long. */
  timeoutMs: number;
  /** A 429 is waited out (its Retry-After, capped by `maxRetryAfterMs`) this many times before it is thrown. */
  rateLimitRetries?: number;
  maxRetryAfterMs?: number;
}

/** A token is renewed this long before Airalo says it expires (Airalo's last a year). */
const TOKEN_RENEW_MARGIN_MS = 10 * 60_000;

interface Token {
  value: string;
  expiresAt: number;
}

/**
 * Airalo's Partner API v2 over fetch: a bearer token from `POST /v2/token`, cached and renewed before it expires
 * (one renewal at a time however many requests want it), a timeout per request, 429 answers waited out through
 * Retry-After. The token and the client secret never leave this class (not in errors, not in logs).
 */
export class AiraloClient {
  readonly #options: Required<AiraloClientOptions>;
  #token: Token | null = null;
  #renewing: Promise<Token> | null = null;

  constructor(options: AiraloClientOptions) {
    this.#options = { rateLimitRetries: 2, maxRetryAfterMs: 60_000, ...options };
  }

  /** A GET, with query parameters; answers the body's `data`. `waitOnRateLimit: false` throws a 429 at once. */
  get<T>(
    path: string,
    query: Record<string, string> = {},
    signal?: AbortSignal,
    { waitOnRateLimit = true }: { waitOnRateLimit?: boolean } = {},
  ): Promise<T> {
    const search = new URLSearchParams(query).toString();
    const target = search ? `${path}?${search}` : path;
    return this.#request<T>('GET', path, target, undefined, signal, waitOnRateLimit ? undefined : 0);
  }

  /** A POST of a JSON body; answers the body's `data`. */
  post<T>(path: string, body: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
    return this.#request<T>('POST', path, path, body, signal);
  }

  async #request<T>(
    method: string,
    path: string,
    target: string,
    body: Record<string, unknown> | undefined,
    signal: AbortSignal | undefined,
    rateLimitRetries = this.#options.rateLimitRetries,
  ): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      let token = await this.#validToken();
      let response = await this.#fetch(method, path, target, token.value, body, signal);
      if (response.status === 401) {
        // Revoked or rotated on their side: one fresh token, once.
        if (this.#token === token) this.#token = null;
        token = await this.#validToken();
        response = await this.#fetch(method, path, target, token.value, body, signal);
      }
      const json = await readJson(response, method, path);
      if (response.ok) return (json as { data: T }).data;
      const wait = retryAfterMs(response.headers.get('retry-after'), this.#options.clock.now());
      const error = new AiraloApiError(method, path, response.status, errorDetail(json), wait);
      const { maxRetryAfterMs } = this.#options;
      if (response.status !== 429 || attempt >= rateLimitRetries || (wait ?? 0) > maxRetryAfterMs) throw error;
      await sleep(wait ?? 1000, signal);
    }
  }

  async #fetch(
    method: string,
    path: string,
    target: string,
    token: string | null,
    body: Record<string, unknown> | URLSearchParams | undefined,
    signal: AbortSignal | undefined,
  ): Promise<Response> {
    const timeout = AbortSignal.timeout(this.#options.timeoutMs);
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (token !== null) headers.Authorization = `Bearer ${token}`;
    let payload: string | undefined;
    if (body instanceof URLSearchParams) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      payload = body.toString();
    } else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    try {
      return await fetch(new URL(target, this.#options.baseUrl), {
        method,
        headers,
        body: payload,
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      const why = timeout.aborted ? `no answer within ${this.#options.timeoutMs} ms` : 'the connection failed';
      // The cause is not kept: undici's errors can carry the request, and with it the Authorization header.
      throw new AiraloUnreachableError(maskIccids(`Airalo ${method} ${path}: ${why} (${(error as Error).name})`));
    }
  }

  async #validToken(): Promise<Token> {
    const now = this.#options.clock.now();
    if (this.#token && this.#token.expiresAt - TOKEN_RENEW_MARGIN_MS > now) return this.#token;
    // One renewal at a time: every request that finds the token stale waits for the same one.
    // Not tied to one caller's signal: a caller that gives up must not fail the others waiting on it.
    this.#renewing ??= this.#fetchToken().finally(() => {
      this.#renewing = null;
    });
    return this.#renewing;
  }

  async #fetchToken(): Promise<Token> {
    const { clientId, clientSecret, clock } = this.#options;
    const form = new URLSearchParams({
      client_id: clientId,
      client_secret: clientSecret,
      grant_type: 'client_credentials',
    });
    const response = await this.#fetch('POST', '/v2/token', '/v2/token', null, form, undefined);
    const json = await readJson(response, 'POST', '/v2/token');
    if (!response.ok) throw new AiraloApiError('POST', '/v2/token', response.status, errorDetail(json));
    const data = (json as { data?: { access_token?: unknown; expires_in?: unknown } }).data;
    if (typeof data?.access_token !== 'string' || typeof data.expires_in !== 'number') {
      throw new AiraloApiError('POST', '/v2/token', response.status, 'the answer carries no token');
    }
    this.#token = { value: data.access_token, expiresAt: clock.now() + data.expires_in * 1000 };
    return this.#token;
  }
}

async function readJson(response: Response, method: string, path: string): Promise<unknown> {
  const text = await response.text().catch(() => {
    throw new AiraloUnreachableError(maskIccids(`Airalo ${method} ${path}: the answer was cut off`));
  });
  try {
    return text === '' ? null : JSON.parse(text);
  } catch {
    return { message: `not JSON (${response.status})` };
  }
}
