import type { Kysely } from 'kysely';
import type { EngineKind } from '../engine.ts';

/** Events (kept 30 days), the partners' webhook endpoints and the deliveries of events to them. */
export function eventsWebhooks(kind: EngineKind) {
  return async (db: Kysely<unknown>): Promise<void> => {
    const time = 'bigint' as const;
    await db.schema
      .createTable('events')
      .addColumn('seq', kind === 'postgres' ? 'bigserial' : 'integer', (c) =>
        kind === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
      )
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('partner_id', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('order_id', 'text')
      .addColumn('card_id', 'text')
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('created_at', time, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('events_partner').on('events').columns(['partner_id', 'seq']).execute();
    await db.schema.createIndex('events_partner_type').on('events').columns(['partner_id', 'type', 'seq']).execute();
    await db.schema.createIndex('events_created').on('events').columns(['created_at']).execute();
    await db.schema.createIndex('events_card_type').on('events').columns(['card_id', 'type']).execute();

    await db.schema
      .createTable('webhook_endpoints')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('partner_id', 'text', (c) => c.notNull())
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('enabled_events', 'text', (c) => c.notNull())
      .addColumn('secret', 'text', (c) => c.notNull())
      .addColumn('previous_secret', 'text')
      .addColumn('previous_secret_until', time)
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('disabled_reason', 'text')
      .addColumn('failing_since', time)
      .addColumn('created_at', time, (c) => c.notNull())
      .addColumn('updated_at', time, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('webhook_endpoints_partner').on('webhook_endpoints').columns(['partner_id']).execute();

    await db.schema
      .createTable('webhook_deliveries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('endpoint_id', 'text', (c) => c.notNull())
      .addColumn('event_id', 'text', (c) => c.notNull())
      .addColumn('event_seq', time, (c) => c.notNull())
      .addColumn('event_type', 'text', (c) => c.notNull())
      .addColumn('chain', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('response_status', 'integer')
      .addColumn('last_error', 'text')
      .addColumn('last_attempt_at', time)
      .addColumn('next_attempt_at', time)
      .addColumn('sending_until', time)
      .addColumn('created_at', time, (c) => c.notNull())
      .addColumn('updated_at', time, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('webhook_deliveries_chain')
      .on('webhook_deliveries')
      .columns(['endpoint_id', 'chain', 'event_seq'])
      .execute();
    await db.schema
      .createIndex('webhook_deliveries_endpoint')
      .on('webhook_deliveries')
      .columns(['endpoint_id', 'created_at'])
      .execute();
    await db.schema.createIndex('webhook_deliveries_event').on('webhook_deliveries').columns(['event_id']).execute();
  };
}
