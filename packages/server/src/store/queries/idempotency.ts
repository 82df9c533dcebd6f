import type { StoreData } from '../types.ts';
import type { Queries, QueryContext } from './context.ts';
import { idempotencyFromRow, idempotencyToRow } from './rows.ts';

type IdempotencyKeys = 'getIdempotency' | 'claimIdempotency' | 'finishIdempotency' | 'deleteIdempotency';

/** Idempotency keys: claimed by compare-and-set statements, so exactly one request holds a key at a time. */
export function idempotencyQueries({ db }: QueryContext): Queries<IdempotencyKeys> {
  const get = async (partnerId: string, key: string) => {
    const row = await db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('partner_id', '=', partnerId)
      .where('key', '=', key)
      .executeTakeFirst();
    return row ? idempotencyFromRow(row) : null;
  };
  const claim: StoreData['claimIdempotency'] = async (record, now) => {
    const row = idempotencyToRow(record);
    const { partner_id: _p, key: _k, ...fresh } = row;
    // A new key, or one whose stored answer has expired.
    const inserted = await db
      .insertInto('idempotency_keys')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['partner_id', 'key']).doUpdateSet(fresh).where('idempotency_keys.expires_at', '<=', now),
      )
      .returningAll()
      .executeTakeFirst();
    if (inserted) return { claimed: true, record: idempotencyFromRow(inserted) };
    // The same request, whose first attempt stopped holding the key (its process died).
    const taken = await db
      .updateTable('idempotency_keys')
      .set({ locked_until: record.lockedUntil })
      .where('partner_id', '=', record.partnerId)
      .where('key', '=', record.key)
      .where('status', '=', 'running')
      .where('request_hash', '=', record.requestHash)
      .where('locked_until', '<=', now)
      .returningAll()
      .executeTakeFirst();
    if (taken) return { claimed: true, record: idempotencyFromRow(taken) };
    const existing = await get(record.partnerId, record.key);
    // Deleted between the two statements (a 5xx freed it): claim it again from the start.
    if (!existing) return claim(record, now);
    return { claimed: false, record: existing };
  };
  return {
    getIdempotency: get,
    claimIdempotency: claim,
    async finishIdempotency(partnerId, key, response) {
      await db
        .updateTable('idempotency_keys')
        .set({ status: 'done', locked_until: null, response_status: response.status, response_body: response.body })
        .where('partner_id', '=', partnerId)
        .where('key', '=', key)
        .execute();
    },
    async deleteIdempotency(partnerId, key) {
      await db.deleteFrom('idempotency_keys').where('partner_id', '=', partnerId).where('key', '=', key).execute();
    },
  };
}
