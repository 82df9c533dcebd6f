import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { DatabaseConnection, SelectQueryBuilder } from 'kysely';
import { CompiledQuery, Kysely, SqliteAdapter, SqliteDialect, SqliteDriver, sql } from 'kysely';
import type { Engine, ErrorClass } from '../engine.ts';
import type { Database } from '../schema.ts';
import { nodeSqliteDatabase } from './node-sqlite-adapter.ts';

export interface SqliteEngineOptions {
  /** `PRAGMA synchronous`: FULL (default) syncs the WAL on every commit; NORMAL is faster and still survives a killed process. */
  synchronous?: 'FULL' | 'NORMAL';
  /** How long a write waits for another connection's lock before failing with SQLITE_BUSY (default 5 s). */
  busyTimeoutMs?: number;
}

/** Write transactions take the database lock when they begin, so two processes never deadlock upgrading a read. */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/**
 * SQLite does roll DDL back with its transaction: saying so makes Kysely's Migrator apply each migration in one
 * (IMMEDIATE) transaction, which also keeps two processes starting on one file from applying it twice.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class NodeSqliteDialect extends SqliteDialect {
  readonly #database: ReturnType<typeof nodeSqliteDatabase>;
  constructor(database: ReturnType<typeof nodeSqliteDatabase>) {
    super({ database });
    this.#database = database;
  }
  override createDriver() {
    return new ImmediateSqliteDriver({ database: this.#database });
  }
  override createAdapter() {
    return new TransactionalDdlSqliteAdapter();
  }
}

/** SQLITE_BUSY (5) and SQLITE_LOCKED (6): another connection holds the lock; the work may be done again. */
export function classifySqlite(error: unknown): ErrorClass {
  const e = error as { code?: unknown; errcode?: unknown } | null;
  return e?.code === 'ERR_SQLITE_ERROR' && (e.errcode === 5 || e.errcode === 6) ? 'conflict' : null;
}

/**
 * The embedded engine: one node:sqlite connection in WAL mode (Kysely serialises its use). Several processes may
 * share the file: writes begin IMMEDIATE and wait `busy_timeout`, claims are single statements, and the scheduler
 * pass is guarded by a lease row.
 */
export function openSqliteEngine(path: string, options: SqliteEngineOptions = {}): Engine {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const raw = new DatabaseSync(path);
  raw.exec(`PRAGMA busy_timeout = ${Math.floor(options.busyTimeoutMs ?? 5000)}`);
  if (path !== ':memory:') raw.exec('PRAGMA journal_mode = WAL');
  raw.exec(`PRAGMA synchronous = ${options.synchronous ?? 'FULL'}`);
  raw.exec('PRAGMA foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new NodeSqliteDialect(nodeSqliteDatabase(raw)) });
  let closed = false;
  return {
    kind: 'sqlite',
    db,
    location: path,
    lockForClaim: <DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>) => query,
    lockForUpdate: <DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>) => query,
    classify: classifySqlite,
    async exclusive<T>(name: string, owner: string, fn: () => Promise<T>): Promise<T | null> {
      const now = Date.now();
      const leaseMs = 10 * 60_000;
      const taken = await db
        .insertInto('leases')
        .values({ name, owner, until: now + leaseMs })
        .onConflict((oc) =>
          oc
            .column('name')
            .doUpdateSet({ owner, until: now + leaseMs })
            .where(sql<boolean>`leases.until < ${now} or leases.owner = ${owner}`),
        )
        .returning('owner')
        .executeTakeFirst();
      if (taken?.owner !== owner) return null;
      try {
        return await fn();
      } finally {
        await db.deleteFrom('leases').where('name', '=', name).where('owner', '=', owner).execute();
      }
    },
    announceJobs: async () => {},
    onJobsAnnounced: () => {},
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}
