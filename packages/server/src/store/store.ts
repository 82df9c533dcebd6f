import { AsyncLocalStorage } from 'node:async_hooks';
import type { Kysely } from 'kysely';
import type { Engine } from './engine.ts';
import { cardQueries } from './queries/cards.ts';
import type { QueryContext } from './queries/context.ts';
import { eventQueries } from './queries/events.ts';
import { housekeepingQueries } from './queries/housekeeping.ts';
import { idempotencyQueries } from './queries/idempotency.ts';
import { jobQueries } from './queries/jobs.ts';
import { lowDataQueries } from './queries/low-data.ts';
import { orderQueries } from './queries/orders.ts';
import { partnerQueries } from './queries/partners.ts';
import { pinQueries } from './queries/pins.ts';
import { readingQueries } from './queries/readings.ts';
import { sessionQueries } from './queries/sessions.ts';
import { webhookQueries } from './queries/webhooks.ts';
import type { Database } from './schema.ts';
import type { Store, StoreData } from './types.ts';

/** Thrown when `store.*` is called while a transaction of the same async context is open (it would deadlock). */
export class StoreMisuseError extends Error {
  override name = 'StoreMisuseError';
}

/** How often a transaction that met a serialization failure or a busy database is run again. */
const CONFLICT_RETRIES = 4;

function queriesOn(db: Kysely<Database>, engine: Engine): StoreData {
  const ctx: QueryContext = { db, engine };
  return {
    ...partnerQueries(ctx),
    ...cardQueries(ctx),
    ...pinQueries(ctx),
    ...sessionQueries(ctx),
    ...orderQueries(ctx),
    ...jobQueries(ctx),
    ...idempotencyQueries(ctx),
    ...housekeepingQueries(ctx),
    ...eventQueries(ctx),
    ...webhookQueries(ctx),
    ...readingQueries(ctx),
    ...lowDataQueries(ctx),
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The Store over an engine: every query written once (./queries), transactions that run again after a
 * serialization failure, and a guard against using the store from inside its own transaction.
 */
export function createStore(engine: Engine): Store {
  const open = new AsyncLocalStorage<{ open: boolean }>();
  const outside = queriesOn(engine.db, engine);
  const guarded = {} as Record<string, unknown>;
  for (const [name, fn] of Object.entries(outside) as [string, (...args: unknown[]) => Promise<unknown>][]) {
    guarded[name] = (...args: unknown[]) => {
      if (open.getStore()?.open) {
        return Promise.reject(
          new StoreMisuseError(`store.${name}() called inside a transaction: use the transaction's tx.${name}()`),
        );
      }
      return fn(...args);
    };
  }

  return {
    ...(guarded as unknown as StoreData),
    kind: engine.kind,
    location: engine.location,
    async transaction<T>(fn: (tx: StoreData) => Promise<T>): Promise<T> {
      if (open.getStore()?.open) throw new StoreMisuseError('store.transaction() called inside a transaction');
      for (let attempt = 0; ; attempt++) {
        const state = { open: true };
        try {
          return await open.run(state, () => engine.db.transaction().execute((trx) => fn(queriesOn(trx, engine))));
        } catch (error) {
          if (attempt >= CONFLICT_RETRIES || engine.classify(error) !== 'conflict') throw error;
          await pause(10 * 2 ** attempt * (0.5 + Math.random()));
        } finally {
          state.open = false;
        }
      }
    },
    exclusive: (name, owner, fn) => engine.exclusive(name, owner, fn),
    onJobsAnnounced: (listener) => engine.onJobsAnnounced(listener),
    close: () => engine.close(),
  };
}
