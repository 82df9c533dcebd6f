import type { SelectQueryBuilder } from 'kysely';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Engine, ErrorClass } from '../engine.ts';
import type { Database } from '../schema.ts';

export interface PostgresEngineOptions {
  /** Connections per instance (default 10). */
  poolSize?: number;
  /** How long a statement waits for a row or table lock before failing (then retried or answered 503); default 10 s. */
  lockTimeoutMs?: number;
  /** Logs a listener failure (the LISTEN connection reconnects by itself). */
  onError?: (message: string, error: unknown) => void;
}

const JOBS_CHANNEL = 'urcard_jobs';
const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** BIGINT and NUMERIC come back as numbers (pg's default is a string): times and amounts are numbers on both engines. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID || oid === NUMERIC_OID
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

const CONFLICT_CODES = new Set(['40001', '40P01', '55P03']);
const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006']);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);

/** Serialization failures and deadlocks can be run again; a database that is down or full answers 503. */
export function classifyPostgres(error: unknown): ErrorClass {
  const e = error as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  if (CONFLICT_CODES.has(code)) return 'conflict';
  if (UNAVAILABLE_CODES.has(code) || NETWORK_CODES.has(code)) return 'unavailable';
  if (
    typeof e?.message === 'string' &&
    /Connection terminated|timeout exceeded when trying to connect/i.test(e.message)
  ) {
    return 'unavailable';
  }
  return null;
}

/** A stable 63-bit key for `pg_try_advisory_lock` from a lock name. */
function lockKey(name: string): string {
  let h = 1469598103934665603n;
  for (const ch of Buffer.from(`urcard:${name}`)) h = ((h ^ BigInt(ch)) * 1099511628211n) & 0x7fffffffffffffffn;
  return h.toString();
}

/** `postgres://user:***@host:port/db`: the URL as it may appear in a log line. */
export function redactDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

/**
 * PostgreSQL for several instances on one database: a `pg` pool, claims with `FOR UPDATE SKIP LOCKED`, the
 * scheduler under an advisory lock, and LISTEN/NOTIFY so one instance's queued jobs wake the others' workers.
 */
export function openPostgresEngine(url: string, options: PostgresEngineOptions = {}): Engine {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    types,
    options: `-c lock_timeout=${Math.floor(options.lockTimeoutMs ?? 10_000)}`,
  });
  pool.on('error', (error) => options.onError?.('idle database connection failed', error));
  // A connection that dies while checked out also emits 'error' on its client: the query it ran fails (and is
  // answered 503); without a listener the event would end the process.
  pool.on('connect', (client) => client.on('error', (error) => options.onError?.('database connection lost', error)));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const listeners = new Set<() => void>();
  let listener: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const listen = async (): Promise<void> => {
    if (closed || listener) return;
    const client = new pg.Client({ connectionString: url, types });
    listener = client;
    const again = (error: unknown) => {
      if (listener !== client) return;
      listener = null;
      void client.end().catch(() => {});
      if (closed) return;
      options.onError?.('job notifications lost; reconnecting', error);
      retry = setTimeout(() => void listen(), 1000);
      retry.unref();
    };
    client.on('error', again);
    client.on('notification', () => {
      for (const fn of listeners) fn();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${JOBS_CHANNEL}`);
    } catch (error) {
      again(error);
    }
  };

  return {
    kind: 'postgres',
    db,
    location: redactDatabaseUrl(url),
    lockForClaim: <DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>) => query.forUpdate().skipLocked(),
    lockForUpdate: <DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>) => query.forUpdate(),
    classify: classifyPostgres,
    async exclusive<T>(name: string, _owner: string, fn: () => Promise<T>): Promise<T | null> {
      const key = lockKey(name);
      // A session lock lives on one connection: hold that connection for the whole pass.
      return db.connection().execute(async (conn) => {
        const { rows } = await sql<{ ok: boolean }>`select pg_try_advisory_lock(${key}::bigint) as ok`.execute(conn);
        if (!rows[0]?.ok) return null;
        try {
          return await fn();
        } finally {
          await sql`select pg_advisory_unlock(${key}::bigint)`.execute(conn);
        }
      });
    },
    async announceJobs(tx) {
      await sql`select pg_notify(${JOBS_CHANNEL}, '')`.execute(tx);
    },
    onJobsAnnounced(fn) {
      listeners.add(fn);
      void listen();
    },
    async close() {
      if (closed) return;
      closed = true;
      clearTimeout(retry);
      const client = listener;
      listener = null;
      await client?.end().catch(() => {});
      await db.destroy();
    },
  };
}
