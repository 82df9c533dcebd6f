import type { LowDataTriggerRecord } from '../types.ts';
import type { Queries, QueryContext } from './context.ts';

type LowDataKeys = 'insertLowDataTrigger' | 'getLowDataTrigger' | 'lowDataSpent';

/** Orders in these states spent nothing (or gave it back): they do not count against the cap. */
const NOT_SPENT = ['failed', 'canceled', 'refunded'];

export function lowDataQueries({ db }: QueryContext): Queries<LowDataKeys> {
  return {
    async insertLowDataTrigger(t) {
      const result = await db
        .insertInto('low_data_triggers')
        .values({
          card_id: t.cardId,
          package_name: t.packageName,
          level: t.level,
          outcome: t.outcome,
          order_id: t.orderId,
          created_at: t.createdAt,
        })
        .onConflict((oc) => oc.columns(['card_id', 'package_name', 'level']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async getLowDataTrigger(cardId, packageName, level) {
      const r = await db
        .selectFrom('low_data_triggers')
        .selectAll()
        .where('card_id', '=', cardId)
        .where('package_name', '=', packageName)
        .where('level', '=', level)
        .executeTakeFirst();
      if (!r) return null;
      return {
        cardId: r.card_id,
        packageName: r.package_name,
        level: r.level,
        outcome: r.outcome as LowDataTriggerRecord['outcome'],
        orderId: r.order_id,
        createdAt: r.created_at,
      };
    },
    async lowDataSpent(cardId, since, currency) {
      const row = await db
        .selectFrom('low_data_triggers as t')
        .innerJoin('orders as o', 'o.id', 't.order_id')
        .select((eb) => eb.fn.sum<number | string | null>('o.total').as('spent'))
        .where('t.card_id', '=', cardId)
        .where('t.created_at', '>=', since)
        .where('o.currency', '=', currency)
        .where('o.status', 'not in', NOT_SPENT)
        .where('o.refund', 'is', null)
        .executeTakeFirst();
      return Number(row?.spent ?? 0);
    },
  };
}
