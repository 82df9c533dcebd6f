import type { Kysely } from 'kysely';

/**
 * Top-ups when data runs low: the customer's choice and monthly cap on the card, and one row per low-data
 * notification acted on. The primary key (card, package, level) makes a level fire once per package, whichever
 * instance or retry gets there first.
 */
export async function lowData(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('cards')
    .addColumn('low_data_top_ups', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('cards').addColumn('low_data_cap', 'text').execute();
  await db.schema
    .createTable('low_data_triggers')
    .addColumn('card_id', 'text', (c) => c.notNull())
    .addColumn('package_name', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('order_id', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('low_data_triggers_pk', ['card_id', 'package_name', 'level'])
    .execute();
  await db.schema
    .createIndex('low_data_triggers_card_created')
    .on('low_data_triggers')
    .columns(['card_id', 'created_at'])
    .execute();
}
