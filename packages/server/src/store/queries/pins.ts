import { sql } from 'kysely';
import type { PinAttemptsRecord } from '../types.ts';
import type { Queries, QueryContext } from './context.ts';

function pinFromRow(r: {
  number_hash: string;
  failures: number;
  locked_until: number | null;
  lockouts: number;
  updated_at: number;
}): PinAttemptsRecord {
  return {
    numberHash: r.number_hash,
    failures: r.failures,
    lockedUntil: r.locked_until,
    lockouts: r.lockouts,
    updatedAt: r.updated_at,
  };
}

/**
 * PIN attempts, counted in single statements so that any number of concurrent requests on any number of
 * instances see one count: an attempt is counted before its PIN is judged, and only the first `maxAttempts`
 * counted attempts are judged.
 */
export function pinQueries({
  db,
}: QueryContext): Queries<
  'getPinAttempts' | 'countPinAttempt' | 'lockPinAttempts' | 'clearPinAttempts' | 'deletePinAttempts'
> {
  return {
    async getPinAttempts(numberHash) {
      const row = await db
        .selectFrom('pin_attempts')
        .selectAll()
        .where('number_hash', '=', numberHash)
        .executeTakeFirst();
      return row ? pinFromRow(row) : null;
    },
    async countPinAttempt(numberHash, { now, memoryMs }) {
      const locked = sql<boolean>`pin_attempts.locked_until is not null and pin_attempts.locked_until > ${now}`;
      const fresh = sql<boolean>`pin_attempts.locked_until is not null or pin_attempts.updated_at < ${now - memoryMs}`;
      const row = await db
        .insertInto('pin_attempts')
        .values({ number_hash: numberHash, failures: 1, locked_until: null, lockouts: 0, updated_at: now })
        .onConflict((oc) =>
          oc.column('number_hash').doUpdateSet({
            failures: sql<number>`case when ${locked} then pin_attempts.failures when ${fresh} then 1 else pin_attempts.failures + 1 end`,
            locked_until: sql<number | null>`case when ${locked} then pin_attempts.locked_until else null end`,
            updated_at: sql<number>`case when ${locked} then pin_attempts.updated_at else ${now} end`,
          }),
        )
        .returningAll()
        .executeTakeFirstOrThrow();
      return pinFromRow(row);
    },
    async lockPinAttempts(numberHash, { now, until, maxAttempts }) {
      const result = await db
        .updateTable('pin_attempts')
        .set({ locked_until: until, lockouts: sql<number>`lockouts + 1`, updated_at: now })
        .where('number_hash', '=', numberHash)
        .where('failures', '>=', maxAttempts)
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async clearPinAttempts(numberHash, now) {
      await db
        .deleteFrom('pin_attempts')
        .where('number_hash', '=', numberHash)
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
        .execute();
      const left = await db
        .selectFrom('pin_attempts')
        .select('locked_until')
        .where('number_hash', '=', numberHash)
        .executeTakeFirst();
      return left?.locked_until ?? null;
    },
    async deletePinAttempts(numberHash) {
      await db.deleteFrom('pin_attempts').where('number_hash', '=', numberHash).execute();
    },
  };
}
