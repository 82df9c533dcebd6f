import type { Kysely } from 'kysely';

/** What several instances share: escalating PIN lockouts, rate-limit windows, named leases; jobs claimed by type. */
export async function sharedLimits(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('pin_attempts')
    .addColumn('lockouts', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', 'bigint', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('leases')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('until', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('jobs_type_due').on('jobs').columns(['type', 'status', 'run_at']).execute();
}
