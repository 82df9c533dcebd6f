import type { Kysely } from 'kysely';
import type { Engine } from '../engine.ts';
import type { Database } from '../schema.ts';
import type { StoreData } from '../types.ts';

/** What every query module works on: the database (or the open transaction) and the engine's differences. */
export interface QueryContext {
  db: Kysely<Database>;
  engine: Engine;
}

/** A part of StoreData, built on a context: each aggregate's module returns one. */
export type Queries<K extends keyof StoreData> = Pick<StoreData, K>;
