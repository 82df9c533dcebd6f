import type * as z from 'zod/mini';
import type { ErrorCode } from './contract/common.ts';
import { errorBodySchema } from './contract/common.ts';
import { HEADERS } from './contract/routes.ts';
import { UrcardError } from './errors.ts';
import { abortedError, parseRetryAfter } from './retry.ts';
import { validate } from './validation.ts';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface Attempt {
  fetch: FetchLike;
  url: string;
  method: 'GET' | 'POST' | 'DELETE';
  headers: Record<string, string>;
  body?: string;
  /** `POST /v1/orders`, for messages. Never contains a token or a card number. */
  label: string;
  timeoutMs: number;
  signal?: AbortSignal;
  response: z.ZodMiniType;
  idempotencyKey?: string;
}

/** One HTTP exchange: sends, reads the whole body, and returns the parsed response or throws an UrcardError. */
export async function sendOnce(attempt: Attempt): Promise<unknown> {
  const { signal, label, idempotencyKey } = attempt;
  if (signal?.aborted) throw abortedError(signal, label);

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new UrcardError('timeout', `${label} timed out after ${attempt.timeoutMs} ms`));
  }, attempt.timeoutMs);
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });

  // Aborts and timeouts can surface while waiting for the headers or while reading the body.
  const interrupted = (cause: unknown): UrcardError | undefined => {
    if (signal?.aborted) return abortedError(signal, label);
    if (timedOut)
      return new UrcardError('timeout', `${label} timed out after ${attempt.timeoutMs} ms`, { cause, idempotencyKey });
    return undefined;
  };

  try {
    let response: Response;
    try {
      response = await attempt.fetch(attempt.url, {
        method: attempt.method,
        headers: attempt.headers,
        body: attempt.body,
        signal: controller.signal,
      });
    } catch (cause) {
      throw (
        interrupted(cause) ??
        new UrcardError('network_error', `${label} failed: could not reach the server`, { cause, idempotencyKey })
      );
    }

    const requestId = response.headers.get(HEADERS.requestId);
    const retryAfter = parseRetryAfter(response.headers.get(HEADERS.retryAfter));
    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      const stopped = interrupted(cause);
      if (stopped) throw stopped;
      if (!response.ok) throw errorFromStatus(response.status, label, { requestId, retryAfter, idempotencyKey, cause });
      throw new UrcardError('invalid_response', `${label}: the response body was cut off`, {
        status: response.status,
        requestId,
        idempotencyKey,
        cause,
      });
    }

    if (!response.ok) throw errorFromBody(response.status, text, label, { requestId, retryAfter, idempotencyKey });

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      throw new UrcardError('invalid_response', `${label}: the response body is not valid JSON`, {
        status: response.status,
        requestId,
        idempotencyKey,
        cause,
      });
    }
    const parsed = validate(attempt.response, json);
    if (!parsed.ok) {
      throw new UrcardError(
        'invalid_response',
        `${label}: the response does not match the contract${parsed.field ? ` at ${parsed.field}` : ''}\n${parsed.message}`,
        { status: response.status, requestId, field: parsed.field, idempotencyKey, cause: parsed.error },
      );
    }
    return parsed.data;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

interface ResponseFacts {
  requestId: string | null;
  retryAfter: number | undefined;
  idempotencyKey: string | undefined;
  cause?: unknown;
}

/** An error answer: the contract's error body when there is one, else a code guessed from the status. */
function errorFromBody(status: number, text: string, label: string, facts: ResponseFacts): UrcardError {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    return errorFromStatus(status, label, { ...facts, cause });
  }
  const parsed = validate(errorBodySchema, json);
  // An unknown code (a newer server) or a proxy's own error page: fall back on the status.
  if (!parsed.ok) return errorFromStatus(status, label, { ...facts, cause: parsed.error });
  const { code, message, requestId, field, retryAfterSeconds, attemptsRemaining } = parsed.data.error;
  return new UrcardError(code, message, {
    status,
    requestId: requestId || facts.requestId,
    field,
    retryAfterSeconds: retryAfterSeconds ?? facts.retryAfter,
    attemptsRemaining,
    idempotencyKey: facts.idempotencyKey,
  });
}

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'invalid_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  429: 'rate_limited',
  500: 'internal_error',
  502: 'service_unavailable',
  503: 'service_unavailable',
  504: 'service_unavailable',
};

function errorFromStatus(status: number, label: string, facts: ResponseFacts): UrcardError {
  const code = STATUS_CODES[status] ?? (status >= 500 ? 'internal_error' : 'invalid_response');
  return new UrcardError(code, `${label} failed with HTTP ${status} and no readable error body`, {
    status,
    requestId: facts.requestId,
    retryAfterSeconds: facts.retryAfter,
    idempotencyKey: facts.idempotencyKey,
    cause: facts.cause,
  });
}
