/**
 * Whether a store error is passing (the database is busy or locked by another connection): the request may
 * work if sent again, so the API answers `service_unavailable` with Retry-After rather than `internal_error`.
 * SQLite: SQLITE_BUSY (5) and SQLITE_LOCKED (6). Another store adds its own cases here.
 */
export function isTransientStoreError(error: unknown): boolean {
  const e = error as { code?: unknown; errcode?: unknown } | null;
  return e?.code === 'ERR_SQLITE_ERROR' && (e.errcode === 5 || e.errcode === 6);
}
