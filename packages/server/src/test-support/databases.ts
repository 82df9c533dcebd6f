import { createHash } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import type { EngineKind } from '../store/engine.ts';
import type { OpenStoreOptions } from '../store/open.ts';
import { openStore } from '../store/open.ts';
import type { Store } from '../store/types.ts';

/**
 * The engine the server suite runs on: `URCARD_TEST_ENGINE=postgres` (scripts/test.js runs the suite once per
 * engine) with `URCARD_TEST_DATABASE_URL` naming a PostgreSQL server the tests may create databases on.
 */
export const TEST_ENGINE: EngineKind = process.env.URCARD_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

function adminUrl(): string {
  const url = process.env.URCARD_TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      'URCARD_TEST_ENGINE=postgres needs URCARD_TEST_DATABASE_URL (scripts/test.js starts a private PostgreSQL and sets it)',
    );
  }
  return url;
}

export interface FreshDatabase {
  /** Settings for startServer / createServices / the CLI: `db` (SQLite) or `databaseUrl` (PostgreSQL). */
  settings: { db: string; databaseUrl: string | null };
  /** The same as command-line flags, for a server in another process. */
  flags: string[];
  /** Drops the PostgreSQL database (a SQLite file goes with its folder). */
  drop(): Promise<void>;
}

/**
 * The database of folder `dir` on the engine under test: `dir`/urcard.db, or a PostgreSQL database named after
 * the folder (created when missing), so that a server restarted on the same folder finds its data again.
 */
export async function freshDatabase(dir: string, engine: EngineKind = TEST_ENGINE): Promise<FreshDatabase> {
  if (engine === 'sqlite') {
    const db = join(dir, 'urcard.db');
    return { settings: { db, databaseUrl: null }, flags: ['--db', db], drop: async () => {} };
  }
  const admin = adminUrl();
  const name = `urcard_test_${createHash('sha256').update(dir).digest('hex').slice(0, 16)}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  return {
    settings: { db: join(dir, 'unused.db'), databaseUrl },
    flags: ['--database-url', databaseUrl],
    async drop() {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** A store on a fresh database; closing it drops the database. */
export async function openTestStore(
  dir: string,
  options: Omit<OpenStoreOptions, 'db' | 'databaseUrl'> = {},
  engine: EngineKind = TEST_ENGINE,
): Promise<Store & { database: FreshDatabase }> {
  const database = await freshDatabase(dir, engine);
  const store = await openStore({ ...options, ...database.settings });
  return {
    ...store,
    database,
    async close() {
      await store.close();
      await database.drop();
    },
  };
}

/** Another connection that holds a write lock on pin_attempts until release(): SQLite's whole file, PostgreSQL's table. */
export async function holdPinAttemptsLock(database: FreshDatabase): Promise<{ release(): Promise<void> }> {
  if (database.settings.databaseUrl === null) {
    const { DatabaseSync } = await import('node:sqlite');
    const blocker = new DatabaseSync(database.settings.db);
    blocker.exec('BEGIN IMMEDIATE');
    return {
      release: async () => {
        blocker.exec('ROLLBACK');
        blocker.close();
      },
    };
  }
  const client = new pg.Client({ connectionString: database.settings.databaseUrl });
  await client.connect();
  await client.query('BEGIN');
  await client.query('LOCK TABLE pin_attempts IN ACCESS EXCLUSIVE MODE');
  return {
    release: async () => {
      await client.query('ROLLBACK');
      await client.end();
    },
  };
}

/**
 * One SQL statement on another connection to the database, around the store (to read or plant what a row holds):
 * `?` placeholders, written `$1…` for PostgreSQL.
 */
export async function rawSql(
  settings: FreshDatabase['settings'],
  text: string,
  params: (string | number | null)[] = [],
): Promise<Record<string, unknown>[]> {
  if (settings.databaseUrl === null) {
    const { DatabaseSync } = await import('node:sqlite');
    const db = new DatabaseSync(settings.db);
    try {
      const statement = db.prepare(text);
      if (/^\s*select/i.test(text)) return statement.all(...params) as Record<string, unknown>[];
      statement.run(...params);
      return [];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: settings.databaseUrl });
  await client.connect();
  try {
    let n = 0;
    return (
      await client.query(
        text.replace(/\?/g, () => `$${++n}`),
        params,
      )
    ).rows;
  } finally {
    await client.end();
  }
}
