import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

const CACHE_SIZE = 256;

/**
 * Makes Node's built-in `node:sqlite` look like the better-sqlite3 `Database` that Kysely's SQLite dialect
 * expects: `reader` from the statement's result columns, positional parameters spread, and prepared
 * statements cached by their SQL (Kysely prepares every query it runs).
 */
export function nodeSqliteDatabase(db: DatabaseSync): SqliteDatabase {
  const cache = new Map<string, StatementSync>();
  const statement = (sql: string): StatementSync => {
    let stmt = cache.get(sql);
    if (stmt) {
      cache.delete(sql);
    } else {
      stmt = db.prepare(sql);
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    }
    cache.set(sql, stmt);
    return stmt;
  };
  return {
    close: () => {
      cache.clear();
      if (db.isOpen) db.close();
    },
    prepare(sql: string): SqliteStatement {
      const stmt = statement(sql);
      const params = (parameters: ReadonlyArray<unknown>) => parameters.map(toSqlite);
      return {
        reader: stmt.columns().length > 0,
        all: (parameters) => stmt.all(...params(parameters)),
        run: (parameters) => stmt.run(...params(parameters)),
        iterate: (parameters) => stmt.iterate(...params(parameters)) as IterableIterator<unknown>,
      };
    },
  };
}

/** node:sqlite binds numbers, strings, bigints, bytes and null; a boolean becomes 0/1, anything else is a bug. */
function toSqlite(value: unknown): SQLInputValue {
  if (value === undefined) throw new TypeError('undefined bound as an SQL parameter');
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value as SQLInputValue;
}
