import type { Queries, QueryContext } from './context.ts';
import { cardFromRow } from './rows.ts';
import { eventFromRow } from './webhook-rows.ts';

/** Events: written in the transaction of the change they record, read newest first by `seq`. */
export function eventQueries({
  db,
}: QueryContext): Queries<'insertEvent' | 'getEvent' | 'listEvents' | 'listExpiringCardPartners'> {
  return {
    async insertEvent(e) {
      const row = await db
        .insertInto('events')
        .values({
          id: e.id,
          partner_id: e.partnerId,
          type: e.type,
          order_id: e.orderId,
          card_id: e.cardId,
          data: JSON.stringify(e.data),
          created_at: e.createdAt,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .returningAll()
        .executeTakeFirst();
      return row ? eventFromRow(row) : null;
    },
    async getEvent(id) {
      const row = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? eventFromRow(row) : null;
    },
    async listExpiringCardPartners(from, to) {
      const partners = db
        .selectFrom('orders')
        .select(['card_id', 'partner_id'])
        .where('status', '=', 'completed')
        .distinct()
        .as('p');
      const rows = await db
        .selectFrom('cards')
        .innerJoin(partners, 'p.card_id', 'cards.id')
        .selectAll('cards')
        .select('p.partner_id')
        .where('cards.expires_at', '>=', from)
        .where('cards.expires_at', '<', to)
        .orderBy('cards.expires_at')
        .orderBy('cards.id')
        .execute();
      return rows.map(({ partner_id, ...card }) => ({ card: cardFromRow(card), partnerId: partner_id }));
    },
    async listEvents({ partnerId, type, beforeSeq, limit }) {
      let query = db.selectFrom('events').selectAll().where('partner_id', '=', partnerId);
      if (type) query = query.where('type', '=', type);
      if (beforeSeq !== undefined) query = query.where('seq', '<', beforeSeq);
      return (await query.orderBy('seq', 'desc').limit(limit).execute()).map(eventFromRow);
    },
  };
}
