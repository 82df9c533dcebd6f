import { classifyPostgres } from './engines/postgres.ts';
import { classifySqlite } from './engines/sqlite.ts';

/**
 * Whether a store error is passing (a busy or locked database, a serialization failure that outlived its
 * retries, a database that cannot be reached): the request may work if sent again, so the API answers
 * `service_unavailable` with Retry-After rather than `internal_error`. Each engine names its own cases.
 */
export function isTransientStoreError(error: unknown): boolean {
  return classifySqlite(error) !== null || classifyPostgres(error) !== null;
}
