import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { EngineKind } from '../engine.ts';

/**
 * The schema the server shipped with. `if not exists` throughout: a SQLite file made before the move to Kysely
 * already has these tables (and its own `schema_migrations` history), and this migration then only records itself.
 */
export function initialSchema(kind: EngineKind) {
  return async (db: Kysely<unknown>): Promise<void> => {
    const time = 'bigint' as const;
    await db.schema
      .createTable('partners')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('publishable_key', 'text', (c) => c.notNull().unique())
      .addColumn('secret_key_hash', 'text', (c) => c.notNull().unique())
      .addColumn('allowed_origins', 'text', (c) => c.notNull())
      .addColumn('created_at', time, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('cards')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('number_hash', 'text', (c) => c.notNull().unique())
      .addColumn('last4', 'text', (c) => c.notNull())
      .addColumn('pin_hash', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('state_reason', 'text')
      .addColumn('expires_at', time, (c) => c.notNull())
      .addColumn('current_plan', 'text')
      .addColumn('balance', 'text', (c) => c.notNull())
      .addColumn('coverage', 'text', (c) => c.notNull())
      .addColumn('auto_renew', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('saved_payment_method', 'text')
      .addColumn('provider_customer_id', 'text')
      .addColumn('last_purchase', 'text')
      .addColumn('carrier_profile', 'text', (c) => c.notNull().defaultTo('normal'))
      .addColumn('test_card', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', time, (c) => c.notNull())
      .addColumn('updated_at', time, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('cards_auto_renew')
      .ifNotExists()
      .on('cards')
      .columns(['auto_renew', 'expires_at'])
      .execute();

    await db.schema
      .createTable('pin_attempts')
      .ifNotExists()
      .addColumn('number_hash', 'text', (c) => c.primaryKey())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('locked_until', time)
      .addColumn('updated_at', time, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('card_tokens')
      .ifNotExists()
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('card_id', 'text', (c) => c.notNull().references('cards.id'))
      .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
      .addColumn('expires_at', time, (c) => c.notNull())
      .addColumn('created_at', time, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('customer_sessions')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
      .addColumn('customer_id', 'text', (c) => c.notNull())
      .addColumn('expires_at', time, (c) => c.notNull())
      .addColumn('created_at', time, (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('customer_session_tokens')
      .ifNotExists()
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('session_id', 'text', (c) => c.notNull().references('customer_sessions.id').onDelete('cascade'))
      .addColumn('created_at', time, (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('bound_cards')
      .ifNotExists()
      .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
      .addColumn('customer_id', 'text', (c) => c.notNull())
      .addColumn('card_id', 'text', (c) => c.notNull().references('cards.id'))
      .addColumn('bound_at', time, (c) => c.notNull())
      .addPrimaryKeyConstraint('bound_cards_pk', ['partner_id', 'customer_id', 'card_id'])
      .execute();

    await db.schema
      .createTable('quotes')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
      .addColumn('card_id', 'text', (c) => c.notNull().references('cards.id'))
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('expires_at', time, (c) => c.notNull())
      .addColumn('created_at', time, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('orders')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
      .addColumn('card_id', 'text', (c) => c.notNull().references('cards.id'))
      .addColumn('quote_id', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('total', 'bigint', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('auto_renew', 'integer', (c) => c.notNull())
      .addColumn('off_session', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('provider', 'text', (c) => c.notNull())
      .addColumn('provider_payment_id', 'text')
      .addColumn('provider_data', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('payment_method', 'text')
      .addColumn('last_payment_error', 'text')
      .addColumn('failure', 'text')
      .addColumn('receipt', 'text')
      .addColumn('last_payment_event_at', time)
      .addColumn('created_at', time, (c) => c.notNull())
      .addColumn('updated_at', time, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('orders_provider_payment')
      .ifNotExists()
      .unique()
      .on('orders')
      .columns(['provider', 'provider_payment_id'])
      .where(sql.ref('provider_payment_id'), 'is not', null)
      .execute();
    await db.schema.createIndex('orders_status').ifNotExists().on('orders').columns(['status', 'created_at']).execute();
    await db.schema.createIndex('orders_card').ifNotExists().on('orders').columns(['card_id', 'created_at']).execute();

    await db.schema
      .createTable('order_events')
      .ifNotExists()
      // The one column whose type the engines spell differently: an auto-incrementing key.
      .addColumn('id', kind === 'postgres' ? 'bigserial' : 'integer', (c) =>
        kind === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
      )
      .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id'))
      .addColumn('from_status', 'text')
      .addColumn('to_status', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('at', time, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('order_events_order')
      .ifNotExists()
      .on('order_events')
      .columns(['order_id', 'id'])
      .execute();

    await db.schema
      .createTable('payments')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('provider', 'text', (c) => c.notNull())
      .addColumn('provider_ref', 'text')
      .addColumn('amount', 'bigint', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('created_at', time, (c) => c.notNull())
      .addUniqueConstraint('payments_order_kind', ['order_id', 'kind'])
      .execute();

    await db.schema
      .createTable('provider_events')
      .ifNotExists()
      .addColumn('provider', 'text', (c) => c.notNull())
      .addColumn('event_id', 'text', (c) => c.notNull())
      .addColumn('received_at', time, (c) => c.notNull())
      .addPrimaryKeyConstraint('provider_events_pk', ['provider', 'event_id'])
      .execute();

    await db.schema
      .createTable('jobs')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('unique_key', 'text', (c) => c.unique())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('run_at', time, (c) => c.notNull())
      .addColumn('locked_until', time)
      .addColumn('owner', 'text')
      .addColumn('last_error', 'text')
      .addColumn('created_at', time, (c) => c.notNull())
      .addColumn('updated_at', time, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('jobs_due').ifNotExists().on('jobs').columns(['status', 'run_at']).execute();

    await db.schema
      .createTable('idempotency_keys')
      .ifNotExists()
      .addColumn('partner_id', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('request_hash', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('locked_until', time)
      .addColumn('response_status', 'integer')
      .addColumn('response_body', 'text')
      .addColumn('created_at', time, (c) => c.notNull())
      .addColumn('expires_at', time, (c) => c.notNull())
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['partner_id', 'key'])
      .execute();

    await db.schema
      .createTable('carrier_requests')
      .ifNotExists()
      .addColumn('reference', 'text', (c) => c.primaryKey())
      .addColumn('card_id', 'text', (c) => c.notNull())
      .addColumn('requested_at', time, (c) => c.notNull())
      .addColumn('completes_at', time, (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .execute();
  };
}
