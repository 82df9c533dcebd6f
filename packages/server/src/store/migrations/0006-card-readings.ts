import type { Kysely } from 'kysely';

/**
 * Live balances (a real carrier's usage endpoint): when each card was last read from the carrier and until when
 * that reading is served as it is, who is reading it now (a claim every instance sees), and when the carrier
 * allows the next read (its Retry-After). The values themselves are the card's own columns (balance, expires_at),
 * written with the reading.
 */
export async function cardReadings(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('card_readings')
    .addColumn('card_id', 'text', (c) => c.primaryKey())
    .addColumn('fetched_at', 'bigint')
    .addColumn('fresh_until', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('refreshing_until', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('not_before', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
}
