import type { Migration } from 'kysely/migration';
import { Migrator } from 'kysely/migration';
import type { Engine } from './engine.ts';
import { openPostgresEngine } from './engines/postgres.ts';
import type { SqliteEngineOptions } from './engines/sqlite.ts';
import { openSqliteEngine } from './engines/sqlite.ts';
import { migrationProvider } from './migrations/index.ts';
import { createStore } from './store.ts';
import type { Store } from './types.ts';

export interface OpenStoreOptions extends SqliteEngineOptions {
  /** `postgres://user:password@host:port/db` selects PostgreSQL; without it, the SQLite file `db`. */
  databaseUrl?: string | null;
  /** SQLite file, or `:memory:`. */
  db?: string;
  poolSize?: number;
  /** PostgreSQL: how long a statement waits for a lock (default 10 s). */
  lockTimeoutMs?: number;
  /** Extra migrations after ours (tests). */
  migrations?: Record<string, Migration>;
  onError?: (message: string, error: unknown) => void;
}

/** Applies every pending migration; several instances starting together apply each one once. */
export async function migrate(engine: Engine, extra?: Record<string, Migration>): Promise<string[]> {
  const migrator = new Migrator({ db: engine.db, provider: migrationProvider(engine.kind, extra) });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? '(setup)'} failed`, { cause: error });
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Opens the engine the settings name, applies migrations, and returns the Store on it. */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const engine = options.databaseUrl
    ? openPostgresEngine(options.databaseUrl, {
        ...(options.poolSize !== undefined ? { poolSize: options.poolSize } : {}),
        ...(options.lockTimeoutMs !== undefined ? { lockTimeoutMs: options.lockTimeoutMs } : {}),
        ...(options.onError ? { onError: options.onError } : {}),
      })
    : openSqliteEngine(options.db ?? ':memory:', options);
  try {
    await migrate(engine, options.migrations);
  } catch (error) {
    await engine.close();
    throw error;
  }
  return createStore(engine);
}
