import * as z from 'zod/mini';
import { cardIdSchema, cardTokenSchema } from './contract/cards.ts';
import { customerSessionTokenSchema } from './contract/customers.ts';
import { eventIdSchema } from './contract/events.ts';
import { localeTagSchema } from './contract/fields.ts';
import { orderIdSchema } from './contract/orders.ts';
import type { KeyKind, RouteDef, RouteName, RouteResponse } from './contract/routes.ts';
import { HEADERS, routePath, routes } from './contract/routes.ts';
import { webhookEndpointIdSchema } from './contract/webhooks.ts';
import { UrcardError } from './errors.ts';
import type { FetchLike } from './http.ts';
import { sendOnce } from './http.ts';
import { newIdempotencyKey } from './idempotency.ts';
import type { RetryPolicy } from './retry.ts';
import { isRetriableFailure, retryDelayMs, sleep } from './retry.ts';
import { validate } from './validation.ts';

/** The last argument of every client method. */
export interface CallOptions {
  /** Aborts the call, including its retries and the waits between them (`aborted`, never retried). */
  signal?: AbortSignal;
  /** Time allowed for each attempt, in ms; overrides the client's `timeoutMs`. */
  timeoutMs?: number;
  /** Retries after the first attempt; overrides the client's `retries`. */
  retries?: number;
  /** Sent as `Accept-Language` for this call; overrides the client's `locale`. */
  locale?: string;
}

/** Options of the calls whose route accepts an `Idempotency-Key`. */
export interface IdempotentCallOptions extends CallOptions {
  /** Sent as `Idempotency-Key`. Defaults to a fresh UUID per call, reused by that call's retries. */
  idempotencyKey?: string;
}

/** What the client was configured with. */
export interface RequestContext {
  apiBase: string;
  key: { kind: KeyKind; value: string };
  fetch: FetchLike;
  timeoutMs: number;
  retry: RetryPolicy;
  customerSession: string | undefined;
  /** Sent as `Accept-Language` on every call. */
  locale: string | undefined;
}

/** The variable parts of one call of a route. */
export interface RouteCall {
  params?: Record<string, string>;
  query?: unknown;
  body?: unknown;
  cardToken?: string;
  customerSession?: string;
}

/** Path parameters are checked before they go into a URL. */
const paramSchemas: Record<string, z.ZodMiniType> = {
  orderId: orderIdSchema,
  cardId: cardIdSchema,
  eventId: eventIdSchema,
  endpointId: webhookEndpointIdSchema,
};
const cardTokenInput = z.object({ cardToken: cardTokenSchema });
const customerSessionInput = z.object({ customerSession: customerSessionTokenSchema });
const localeInput = z.object({ locale: localeTagSchema });
const idempotencyKeyInput = z.object({ idempotencyKey: z.string().check(z.minLength(1), z.maxLength(255)) });

function invalid(where: string, result: { field: string | undefined; message: string; error: unknown }): UrcardError {
  const code = result.field?.split('.')[0] === 'cardNumber' ? 'invalid_card_number' : 'invalid_request';
  return new UrcardError(code, `Invalid input for ${where}\n${result.message}`, {
    field: result.field,
    cause: result.error,
  });
}

function check<T>(schema: z.ZodMiniType<T>, value: unknown, where: string): T {
  const result = validate(schema, value);
  if (!result.ok) throw invalid(where, result);
  return result.data;
}

/**
 * Calls one route of the contract: validates what goes out, sends it with the right headers, retries when
 * that is safe, and parses what comes back. Every failure is an UrcardError.
 */
export async function callRoute<N extends RouteName>(
  ctx: RequestContext,
  name: N,
  call: RouteCall,
  options: IdempotentCallOptions = {},
): Promise<RouteResponse<N>> {
  const route: RouteDef = routes[name];
  const where = `${route.method} ${route.path}`;

  if (route.auth === 'secret' && ctx.key.kind !== 'secret') {
    throw new UrcardError('forbidden', `${where} needs a secret key (sk_…): call it from your server`, {
      retryable: false,
    });
  }

  const params: Record<string, string> = {};
  for (const match of route.path.matchAll(/:([A-Za-z]+)/g)) {
    const key = match[1]!;
    const schema = z.object({ [key]: paramSchemas[key] ?? z.string().check(z.minLength(1)) });
    params[key] = (check(schema, call.params ?? {}, where) as Record<string, string>)[key]!;
  }
  const path = routePath(route.path, params);
  const label = `${route.method} ${path}`;

  const headers: Record<string, string> = { Accept: 'application/json' };
  if (route.auth !== 'none') headers.Authorization = `Bearer ${ctx.key.value}`;
  if (route.cardToken === true || (route.cardToken === 'optional' && call.cardToken !== undefined)) {
    headers[HEADERS.cardToken] = check(cardTokenInput, { cardToken: call.cardToken }, label).cardToken;
  }
  const customerSession = call.customerSession ?? ctx.customerSession;
  if (route.customerSession === 'required' || (route.customerSession === 'optional' && customerSession !== undefined)) {
    headers[HEADERS.customerSession] = check(customerSessionInput, { customerSession }, label).customerSession;
  }

  const locale = options.locale ?? ctx.locale;
  if (locale !== undefined) headers['Accept-Language'] = check(localeInput, { locale }, label).locale;

  let url = ctx.apiBase + path;
  if (route.query) {
    const query = check(route.query, call.query, label) as Record<string, unknown>;
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined) search.set(key, String(value));
    const qs = search.toString();
    if (qs) url += `?${qs}`;
  }

  let body: string | undefined;
  if (route.body) {
    // Send what the contract produced: normalised card number, upper-case promo code, defaults filled in.
    body = JSON.stringify(check(route.body, withoutUndefined(call.body), label));
    headers['Content-Type'] = 'application/json';
  }

  let idempotencyKey: string | undefined;
  if (route.idempotent) {
    idempotencyKey =
      options.idempotencyKey === undefined
        ? newIdempotencyKey()
        : check(idempotencyKeyInput, { idempotencyKey: options.idempotencyKey }, label).idempotencyKey;
    headers[HEADERS.idempotencyKey] = idempotencyKey;
  }

  // Sending twice is harmless for reads, and for writes the server deduplicates by key.
  const safe = route.method === 'GET' || idempotencyKey !== undefined;
  const retries = safe ? (options.retries ?? ctx.retry.retries) : 0;
  const timeoutMs = options.timeoutMs ?? ctx.timeoutMs;

  for (let attempt = 0; ; attempt++) {
    try {
      return (await sendOnce({
        fetch: ctx.fetch,
        url,
        method: route.method,
        headers,
        body,
        label,
        timeoutMs,
        signal: options.signal,
        response: route.response,
        idempotencyKey,
      })) as RouteResponse<N>;
    } catch (error) {
      if (!(error instanceof UrcardError) || attempt >= retries || !isRetriableFailure(error)) throw error;
      const delay = retryDelayMs(attempt, error, ctx.retry);
      if (delay === null) throw error;
      await sleep(delay, options.signal);
    }
  }
}

/** `{ planId: undefined, custom }` means `{ custom }`, as JSON.stringify would send it; strict schemas agree. */
function withoutUndefined(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
