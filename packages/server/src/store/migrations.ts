/**
 * Numbered schema migrations, applied in order at start, each in its own transaction. Append new ones; never
 * edit one that has shipped. Times are INTEGER milliseconds since the epoch; JSON columns hold TEXT.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
      CREATE TABLE partners (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        publishable_key TEXT NOT NULL UNIQUE,
        secret_key_hash TEXT NOT NULL UNIQUE,
        allowed_origins TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );

      CREATE TABLE cards (
        id TEXT PRIMARY KEY,
        number_hash TEXT NOT NULL UNIQUE,
        last4 TEXT NOT NULL,
        pin_hash TEXT NOT NULL,
        state TEXT NOT NULL,
        state_reason TEXT,
        expires_at INTEGER NOT NULL,
        current_plan TEXT,
        balance TEXT NOT NULL,
        coverage TEXT NOT NULL,
        auto_renew INTEGER NOT NULL DEFAULT 0,
        saved_payment_method TEXT,
        provider_customer_id TEXT,
        last_purchase TEXT,
        carrier_profile TEXT NOT NULL DEFAULT 'normal',
        test_card INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX cards_auto_renew ON cards (auto_renew, expires_at);

      CREATE TABLE pin_attempts (
        number_hash TEXT PRIMARY KEY,
        failures INTEGER NOT NULL,
        locked_until INTEGER,
        updated_at INTEGER NOT NULL
      );

      CREATE TABLE card_tokens (
        token_hash TEXT PRIMARY KEY,
        card_id TEXT NOT NULL REFERENCES cards (id),
        partner_id TEXT NOT NULL REFERENCES partners (id),
        expires_at INTEGER NOT NULL,
        created_at INTEGER NOT NULL
      );

      CREATE TABLE customer_sessions (
        id TEXT PRIMARY KEY,
        partner_id TEXT NOT NULL REFERENCES partners (id),
        customer_id TEXT NOT NULL,
        expires_at INTEGER NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE TABLE customer_session_tokens (
        token_hash TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES customer_sessions (id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL
      );
      CREATE TABLE bound_cards (
        partner_id TEXT NOT NULL REFERENCES partners (id),
        customer_id TEXT NOT NULL,
        card_id TEXT NOT NULL REFERENCES cards (id),
        bound_at INTEGER NOT NULL,
        PRIMARY KEY (partner_id, customer_id, card_id)
      );

      CREATE TABLE quotes (
        id TEXT PRIMARY KEY,
        partner_id TEXT NOT NULL REFERENCES partners (id),
        card_id TEXT NOT NULL REFERENCES cards (id),
        currency TEXT NOT NULL,
        body TEXT NOT NULL,
        expires_at INTEGER NOT NULL,
        created_at INTEGER NOT NULL
      );

      CREATE TABLE orders (
        id TEXT PRIMARY KEY,
        partner_id TEXT NOT NULL REFERENCES partners (id),
        card_id TEXT NOT NULL REFERENCES cards (id),
        quote_id TEXT NOT NULL,
        status TEXT NOT NULL,
        currency TEXT NOT NULL,
        total INTEGER NOT NULL,
        body TEXT NOT NULL,
        auto_renew INTEGER NOT NULL,
        off_session INTEGER NOT NULL DEFAULT 0,
        provider TEXT NOT NULL,
        provider_payment_id TEXT,
        provider_data TEXT NOT NULL DEFAULT '{}',
        payment_method TEXT,
        last_payment_error TEXT,
        failure TEXT,
        receipt TEXT,
        last_payment_event_at INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE UNIQUE INDEX orders_provider_payment ON orders (provider, provider_payment_id)
        WHERE provider_payment_id IS NOT NULL;
      CREATE INDEX orders_status ON orders (status, created_at);
      CREATE INDEX orders_card ON orders (card_id, created_at);

      CREATE TABLE order_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        order_id TEXT NOT NULL REFERENCES orders (id),
        from_status TEXT,
        to_status TEXT NOT NULL,
        reason TEXT,
        at INTEGER NOT NULL
      );
      CREATE INDEX order_events_order ON order_events (order_id, id);

      CREATE TABLE payments (
        id TEXT PRIMARY KEY,
        order_id TEXT NOT NULL REFERENCES orders (id),
        kind TEXT NOT NULL,
        provider TEXT NOT NULL,
        provider_ref TEXT,
        amount INTEGER NOT NULL,
        currency TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        UNIQUE (order_id, kind)
      );

      CREATE TABLE provider_events (
        provider TEXT NOT NULL,
        event_id TEXT NOT NULL,
        received_at INTEGER NOT NULL,
        PRIMARY KEY (provider, event_id)
      );

      CREATE TABLE jobs (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        unique_key TEXT UNIQUE,
        payload TEXT NOT NULL,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        run_at INTEGER NOT NULL,
        locked_until INTEGER,
        owner TEXT,
        last_error TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX jobs_due ON jobs (status, run_at);

      CREATE TABLE idempotency_keys (
        partner_id TEXT NOT NULL,
        key TEXT NOT NULL,
        request_hash TEXT NOT NULL,
        status TEXT NOT NULL,
        locked_until INTEGER,
        response_status INTEGER,
        response_body TEXT,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        PRIMARY KEY (partner_id, key)
      );

      CREATE TABLE carrier_requests (
        reference TEXT PRIMARY KEY,
        card_id TEXT NOT NULL,
        requested_at INTEGER NOT NULL,
        completes_at INTEGER NOT NULL,
        outcome TEXT NOT NULL,
        reason TEXT
      );
    `,
  },
];
