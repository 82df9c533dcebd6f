import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Database } from './schema.ts';

export const ENGINE_KINDS = ['sqlite', 'postgres'] as const;
export type EngineKind = (typeof ENGINE_KINDS)[number];

/** How a database error should be met: run the transaction again, answer 503, or neither (a bug). */
export type ErrorClass = 'conflict' | 'unavailable' | null;

/**
 * What differs between the engines, and nothing else: the queries are written once against `db`. Each
 * implementation keeps its differences in a few named members.
 */
export interface Engine {
  readonly kind: EngineKind;
  readonly db: Kysely<Database>;
  /** Where the data lives, for logs: a file path, or a URL without its password. */
  readonly location: string;
  /**
   * Row locks for a claim: `FOR UPDATE SKIP LOCKED` on PostgreSQL. SQLite needs none: a write transaction
   * (`BEGIN IMMEDIATE`) or a single statement already holds the whole database.
   */
  lockForClaim<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O>;
  /** A row lock held until the transaction ends: `FOR UPDATE` on PostgreSQL; SQLite's write transaction holds all. */
  lockForUpdate<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O>;
  /** `conflict`: serialization failure, deadlock, busy database; `unavailable`: the database cannot be reached. */
  classify(error: unknown): ErrorClass;
  /** Runs `fn` only if no other instance is running it under `name` (advisory lock / lease); null otherwise. */
  exclusive<T>(name: string, owner: string, fn: () => Promise<T>): Promise<T | null>;
  /** Inside the transaction that queued jobs: wakes the workers of other instances when it commits. */
  announceJobs(db: Kysely<Database>): Promise<void>;
  /** Called when another instance queued jobs (PostgreSQL LISTEN); SQLite instances poll instead. */
  onJobsAnnounced(listener: () => void): void;
  close(): Promise<void>;
}
