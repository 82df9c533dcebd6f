import { HEADERS } from '@urcard/sdk';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Clock } from '../clock.ts';
import { ApiError, isApiError } from '../errors.ts';
import { sha256 } from '../ids.ts';
import type { IdempotencyRecord, Store } from '../store/types.ts';
import type { AppEnv } from './env.ts';

/** How long a first request holds its key before another attempt may take over (its process died). */
export const IDEMPOTENCY_LOCK_MS = 30_000;

export interface IdempotentCall {
  store: Store;
  clock: Clock;
  ttlMs: number;
  partnerId: string;
  key: string;
  /** From the route, its parameters, the card and the parsed body. */
  requestHash: string;
  requestId: string;
  /** Does the work. `seed` is the same for every attempt with this key, for ids that must not change. */
  run(seed: string): Promise<unknown>;
  /** What is stored of a successful body: secrets taken out. */
  redact(body: unknown): unknown;
  /** A stored successful body made whole again for a replay. */
  rehydrate(stored: unknown): Promise<unknown>;
}

export interface IdempotentResult {
  status: number;
  body: unknown;
  replayed: boolean;
}

/** Idempotency-Key values: 1 to 255 visible ASCII characters (a UUID is typical). */
export function checkIdempotencyKey(key: string): void {
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
    throw new ApiError('invalid_request', 'Idempotency-Key must be 1 to 255 visible ASCII characters', {
      field: 'Idempotency-Key',
    });
  }
}

export function requestHash(parts: unknown[]): string {
  return sha256(JSON.stringify(parts));
}

type Decision =
  | { kind: 'conflict' }
  | { kind: 'replay'; record: IdempotencyRecord }
  | { kind: 'in_progress'; retryAfter: number }
  | { kind: 'run'; seed: string };

/** Claims the key in one atomic step (any number of instances), or says why the request may not run. */
async function claim(call: IdempotentCall, now: number): Promise<Decision> {
  const { partnerId, key } = call;
  const { claimed, record } = await call.store.claimIdempotency(
    {
      partnerId,
      key,
      requestHash: call.requestHash,
      status: 'running',
      lockedUntil: now + IDEMPOTENCY_LOCK_MS,
      responseStatus: null,
      responseBody: null,
      createdAt: now,
      expiresAt: now + call.ttlMs,
    },
    now,
  );
  if (claimed) return { kind: 'run', seed: `${partnerId}:${key}:${record.createdAt}` };
  if (record.requestHash !== call.requestHash) return { kind: 'conflict' };
  if (record.status === 'done') return { kind: 'replay', record };
  return { kind: 'in_progress', retryAfter: Math.max(1, Math.ceil(((record.lockedUntil ?? now) - now) / 1000)) };
}

/**
 * Runs a request once per (partner, key). The same key and the same request replay the stored response; the
 * same key with another request is `idempotency_conflict`; while the first is still running, another attempt
 * gets `request_in_progress`. Answers below 500 are stored for `ttlMs`; a 5xx or a crash frees the key so the
 * client can try again.
 */
export async function runIdempotent(call: IdempotentCall): Promise<IdempotentResult> {
  const { store, clock, partnerId, key } = call;
  const now = clock.now();
  const decision = await claim(call, now);
  switch (decision.kind) {
    case 'conflict':
      throw new ApiError(
        'idempotency_conflict',
        'This Idempotency-Key was used with a different request: use a new key for a new request',
        { field: 'Idempotency-Key' },
      );
    case 'in_progress':
      throw new ApiError('request_in_progress', 'A request with this Idempotency-Key is still being processed', {
        retryAfterSeconds: Math.min(decision.retryAfter, 5),
      });
    case 'replay': {
      const status = decision.record.responseStatus ?? 200;
      const stored: unknown = JSON.parse(decision.record.responseBody ?? 'null');
      return { status, body: status < 400 ? await call.rehydrate(stored) : stored, replayed: true };
    }
    case 'run':
      break;
  }

  const finish = (status: number, body: unknown) =>
    store.finishIdempotency(partnerId, key, { status, body: JSON.stringify(body) });
  try {
    const body = await call.run(decision.seed);
    await finish(200, call.redact(body));
    return { status: 200, body, replayed: false };
  } catch (error) {
    if (isApiError(error) && error.status < 500) {
      await finish(error.status, error.toBody(call.requestId));
    } else {
      await store.deleteIdempotency(partnerId, key);
    }
    throw error;
  }
}

export interface IdempotencyOptions {
  store: Store;
  clock: Clock;
  ttlMs: number;
  /** Names the route in the request hash, with the path parameters, card, session and parsed body. */
  scope: string;
  redact?(body: unknown): unknown;
  rehydrate?(stored: unknown, c: Context<AppEnv>): Promise<unknown>;
}

/**
 * `Idempotency-Key` on an idempotent route (see runIdempotent): what follows runs once per key, with
 * `c.var.seed` set, and answers with `c.var.output`; a replay answers the stored response with
 * `Idempotent-Replayed: true`. Without a key the request simply goes on.
 */
export const idempotency = (options: IdempotencyOptions) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const key = c.req.header(HEADERS.idempotencyKey);
    const partner = c.var.partner;
    if (key === undefined || !partner) return next();
    checkIdempotencyKey(key);
    let failure: Error | undefined;
    let result: IdempotentResult;
    try {
      result = await runIdempotent({
        store: options.store,
        clock: options.clock,
        ttlMs: options.ttlMs,
        partnerId: partner.id,
        key,
        requestHash: requestHash([
          options.scope,
          c.req.param(),
          c.var.card?.id ?? null,
          c.var.session?.id ?? null,
          c.var.body ?? null,
        ]),
        requestId: c.var.requestId,
        run: async (seed) => {
          c.set('seed', seed);
          await next();
          // Hono has already turned the handler's error into its answer; runIdempotent needs to see it.
          if (c.error) {
            failure = c.error;
            throw failure;
          }
          return c.var.output;
        },
        redact: (body) => (options.redact ? options.redact(body) : body),
        rehydrate: (stored) => (options.rehydrate ? options.rehydrate(stored, c) : Promise.resolve(stored)),
      });
    } catch (error) {
      if (failure !== undefined && error === failure) return; // the handler's error answer stands
      throw error;
    }
    if (!result.replayed) return; // the handler's answer stands
    c.set('replayed', true);
    c.header('Idempotent-Replayed', 'true');
    if (result.status >= 400) c.set('errorCode', (result.body as { error?: { code?: string } }).error?.code);
    return c.json(result.body as object, result.status as ContentfulStatusCode);
  });
