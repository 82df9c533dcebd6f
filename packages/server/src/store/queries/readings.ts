import type { CardReadingRecord } from '../types.ts';
import type { Queries, QueryContext } from './context.ts';

function readingFromRow(r: {
  card_id: string;
  fetched_at: number | null;
  fresh_until: number;
  refreshing_until: number;
  not_before: number;
}): CardReadingRecord {
  return {
    cardId: r.card_id,
    fetchedAt: r.fetched_at,
    freshUntil: r.fresh_until,
    refreshingUntil: r.refreshing_until,
    notBefore: r.not_before,
  };
}

/**
 * Live-balance readings. The claim is one insert-or-update whose update only happens when the row allows a read,
 * so among any number of instances asking at once exactly one is told to call the carrier.
 */
export function readingQueries({
  db,
}: QueryContext): Queries<'getCardReading' | 'claimCardReading' | 'finishCardReading' | 'putCardReading'> {
  return {
    async getCardReading(cardId) {
      const row = await db.selectFrom('card_readings').selectAll().where('card_id', '=', cardId).executeTakeFirst();
      return row ? readingFromRow(row) : null;
    },
    async claimCardReading(cardId, { now, leaseMs }) {
      const until = now + leaseMs;
      const row = await db
        .insertInto('card_readings')
        .values({ card_id: cardId, fetched_at: null, refreshing_until: until })
        .onConflict((oc) =>
          oc
            .column('card_id')
            .doUpdateSet({ refreshing_until: until })
            .where('card_readings.refreshing_until', '<=', now)
            .where('card_readings.not_before', '<=', now)
            .where('card_readings.fresh_until', '<=', now),
        )
        .returning('card_id')
        .executeTakeFirst();
      return row !== undefined;
    },
    async finishCardReading(cardId, { reading, notBefore }) {
      await db
        .updateTable('card_readings')
        .set({
          refreshing_until: 0,
          not_before: notBefore,
          ...(reading ? { fetched_at: reading.fetchedAt, fresh_until: reading.freshUntil } : {}),
        })
        .where('card_id', '=', cardId)
        .execute();
    },
    async putCardReading(cardId, { fetchedAt, freshUntil }) {
      await db
        .insertInto('card_readings')
        .values({ card_id: cardId, fetched_at: fetchedAt, fresh_until: freshUntil })
        .onConflict((oc) => oc.column('card_id').doUpdateSet({ fetched_at: fetchedAt, fresh_until: freshUntil }))
        .execute();
    },
  };
}
