import type { Kysely } from 'kysely';

/** Back office: support refunds kept on the order, and the index behind a partner's order list (newest first). */
export async function backOffice(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('orders').addColumn('refund', 'text').execute();
  await db.schema
    .createIndex('orders_partner_created')
    .on('orders')
    .columns(['partner_id', 'created_at', 'id'])
    .execute();
}
