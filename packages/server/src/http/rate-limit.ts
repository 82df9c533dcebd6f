import type { Context, Env, MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Clock } from '../clock.ts';
import { ApiError } from '../errors.ts';
import type { StoreData } from '../store/types.ts';

/** One hit counted in a fixed window: how many the window holds now, and when it ends (ms since the epoch). */
export interface RateLimitHit {
  count: number;
  resetAt: number;
}

/**
 * Where rate-limit counters live. The memory one counts per process (a lone SQLite instance); a store-backed one
 * (one atomic upsert) lets every instance behind a load balancer share the same counters.
 */
export interface RateLimitStore {
  /** Counts one hit on `key` in its current window of `windowMs` (a new window starts once `resetAt` is past). */
  hit(key: string, windowMs: number, now: number): Promise<RateLimitHit>;
}

/** Counters in the database, one atomic upsert a hit: the same windows for every instance. */
export class DatabaseRateLimitStore implements RateLimitStore {
  readonly #store: Pick<StoreData, 'hitRateLimit'>;
  constructor(store: Pick<StoreData, 'hitRateLimit'>) {
    this.#store = store;
  }
  async hit(key: string, windowMs: number, now: number): Promise<RateLimitHit> {
    const { count, windowStart } = await this.#store.hitRateLimit(key, windowMs, now);
    return { count, resetAt: windowStart + windowMs };
  }
}

/** Fixed-window counters in this process's memory; windows that ended are dropped once there are many. */
export class MemoryRateLimitStore implements RateLimitStore {
  readonly #windows = new Map<string, RateLimitHit>();
  readonly #maxKeys: number;

  constructor(options: { maxKeys?: number } = {}) {
    this.#maxKeys = options.maxKeys ?? 10_000;
  }

  async hit(key: string, windowMs: number, now: number): Promise<RateLimitHit> {
    if (this.#windows.size >= this.#maxKeys) this.#prune(now);
    let window = this.#windows.get(key);
    if (!window || now >= window.resetAt) {
      window = { count: 0, resetAt: now + windowMs };
      this.#windows.set(key, window);
    }
    window.count++;
    return { ...window };
  }

  /** Number of windows held (for tests of the pruning). */
  get size(): number {
    return this.#windows.size;
  }

  #prune(now: number): void {
    for (const [key, window] of this.#windows) if (now >= window.resetAt) this.#windows.delete(key);
  }
}

export interface RateLimitOptions<E extends Env> {
  store: RateLimitStore;
  /** Hits allowed per key per window. */
  limit: number;
  windowMs: number;
  /** What is counted: a client address, with a prefix naming the limit (`verify:203.0.113.7`). */
  key: (c: Context<E>) => string;
  clock: Clock;
  /** The `rate_limited` message. */
  message?: string;
}

/**
 * Counts each request that reaches it under `key(c)`; past `limit` in a window it answers `rate_limited` (429)
 * with `Retry-After` (and `retryAfterSeconds`): the seconds left in the window, at least 1.
 */
export function rateLimit<E extends Env>(options: RateLimitOptions<E>): MiddlewareHandler<E> {
  const { store, limit, windowMs, key, clock } = options;
  const message = options.message ?? 'Too many requests from this address; wait and try again';
  return createMiddleware<E>(async (c, next) => {
    const now = clock.now();
    const { count, resetAt } = await store.hit(key(c), windowMs, now);
    if (count > limit) {
      throw new ApiError('rate_limited', message, {
        retryAfterSeconds: Math.max(1, Math.ceil((resetAt - now) / 1000)),
      });
    }
    await next();
  });
}
