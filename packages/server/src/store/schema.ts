import type { ColumnType, Generated } from 'kysely';

/**
 * The one definition of every table, for Kysely. Both engines hold the same columns: times are BIGINT
 * milliseconds since the epoch (numbers on both, see the engines' type parsers), booleans 0/1 integers, JSON
 * documents TEXT. The migrations in ./migrations create exactly these; the queries in ./queries read them.
 */
export interface Database {
  partners: PartnersTable;
  cards: CardsTable;
  pin_attempts: PinAttemptsTable;
  card_tokens: CardTokensTable;
  customer_sessions: CustomerSessionsTable;
  customer_session_tokens: CustomerSessionTokensTable;
  bound_cards: BoundCardsTable;
  quotes: QuotesTable;
  orders: OrdersTable;
  order_events: OrderEventsTable;
  payments: PaymentsTable;
  provider_events: ProviderEventsTable;
  jobs: JobsTable;
  idempotency_keys: IdempotencyKeysTable;
  carrier_requests: CarrierRequestsTable;
  rate_limits: RateLimitsTable;
  leases: LeasesTable;
  events: EventsTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  card_readings: CardReadingsTable;
  low_data_triggers: LowDataTriggersTable;
}

type Json = string;
type Flag = number;

export interface PartnersTable {
  id: string;
  name: string;
  publishable_key: string;
  secret_key_hash: string;
  allowed_origins: Json;
  created_at: number;
}

export interface CardsTable {
  id: string;
  number_hash: string;
  last4: string;
  pin_hash: string;
  state: string;
  state_reason: string | null;
  expires_at: number;
  current_plan: Json | null;
  balance: Json;
  coverage: Json;
  auto_renew: Flag;
  saved_payment_method: Json | null;
  provider_customer_id: string | null;
  last_purchase: Json | null;
  carrier_profile: string;
  test_card: Flag;
  /** The ICCID of an imported card, sealed with the SecretBox (context: the card id); null for other cards. */
  sealed_iccid: string | null;
  /** The partner that imported the card; null for cards that were not imported. */
  imported_by: string | null;
  /** 0007: top up when the carrier says data runs low (with auto-renew on). */
  low_data_top_ups: ColumnType<Flag, Flag | undefined, Flag>;
  /** 0007: the monthly cap of those top-ups, Money JSON. */
  low_data_cap: ColumnType<Json | null, Json | null | undefined, Json | null>;
  created_at: number;
  updated_at: number;
}

export interface PinAttemptsTable {
  number_hash: string;
  /** Attempts counted since the last lock or success, judged or not yet judged. */
  failures: number;
  locked_until: number | null;
  /** Locks in a row without a right PIN between them: each lasts longer. */
  lockouts: ColumnType<number, number | undefined, number>;
  updated_at: number;
}

export interface CardTokensTable {
  token_hash: string;
  card_id: string;
  partner_id: string;
  expires_at: number;
  created_at: number;
}

export interface CustomerSessionsTable {
  id: string;
  partner_id: string;
  customer_id: string;
  expires_at: number;
  created_at: number;
}

export interface CustomerSessionTokensTable {
  token_hash: string;
  session_id: string;
  created_at: number;
}

export interface BoundCardsTable {
  partner_id: string;
  customer_id: string;
  card_id: string;
  bound_at: number;
}

export interface QuotesTable {
  id: string;
  partner_id: string;
  card_id: string;
  currency: string;
  body: Json;
  expires_at: number;
  created_at: number;
}

export interface OrdersTable {
  id: string;
  partner_id: string;
  card_id: string;
  quote_id: string;
  status: string;
  currency: string;
  total: number;
  body: Json;
  auto_renew: Flag;
  off_session: Flag;
  provider: string;
  provider_payment_id: string | null;
  provider_data: Json;
  payment_method: Json | null;
  last_payment_error: Json | null;
  failure: Json | null;
  receipt: Json | null;
  /** 0004: a support refund. */
  refund: Json | null;
  last_payment_event_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface OrderEventsTable {
  id: Generated<number>;
  order_id: string;
  from_status: string | null;
  to_status: string;
  reason: string | null;
  at: number;
}

export interface PaymentsTable {
  id: string;
  order_id: string;
  kind: string;
  provider: string;
  provider_ref: string | null;
  amount: number;
  currency: string;
  created_at: number;
}

export interface ProviderEventsTable {
  provider: string;
  event_id: string;
  received_at: number;
}

export interface JobsTable {
  id: string;
  type: string;
  unique_key: string | null;
  payload: Json;
  status: string;
  attempts: number;
  run_at: number;
  locked_until: number | null;
  owner: string | null;
  last_error: string | null;
  created_at: number;
  updated_at: number;
}

export interface IdempotencyKeysTable {
  partner_id: string;
  key: string;
  request_hash: string;
  status: string;
  locked_until: number | null;
  response_status: number | null;
  response_body: string | null;
  created_at: number;
  expires_at: number;
}

export interface CarrierRequestsTable {
  reference: string;
  card_id: string;
  requested_at: number;
  completes_at: number;
  outcome: string;
  reason: string | null;
}

/** Fixed-window counters shared by every instance (rate limits). */
export interface RateLimitsTable {
  key: string;
  window_start: number;
  count: number;
}

/** Named leases: one holder at a time (the scheduler pass on SQLite; PostgreSQL uses advisory locks). */
export interface LeasesTable {
  name: string;
  owner: string;
  until: number;
}

/** What happened, per partner, for `GET /v1/events` and webhooks; `seq` orders them (and pages). */
export interface EventsTable {
  seq: Generated<number>;
  id: string;
  partner_id: string;
  type: string;
  order_id: string | null;
  card_id: string | null;
  data: Json;
  created_at: number;
}

/** A partner's webhook receiver. `secret` is the whsec_ signing secret sealed with AES-256-GCM (webhooks/secret-box.ts). */
export interface WebhookEndpointsTable {
  id: string;
  partner_id: string;
  url: string;
  description: string | null;
  enabled_events: Json;
  secret: string;
  /** The secret before the last rotation, still signed with until `previous_secret_until`. */
  previous_secret: string | null;
  previous_secret_until: number | null;
  status: string;
  disabled_reason: string | null;
  failing_since: number | null;
  created_at: number;
  updated_at: number;
}

/** One event to one endpoint. `chain` (the order or card) keeps deliveries in order per endpoint. */
export interface WebhookDeliveriesTable {
  id: string;
  endpoint_id: string;
  event_id: string;
  event_seq: number;
  event_type: string;
  chain: string;
  status: string;
  attempts: number;
  response_status: number | null;
  last_error: string | null;
  last_attempt_at: number | null;
  next_attempt_at: number | null;
  /** While an attempt runs: nobody else sends it until then. */
  sending_until: number | null;
  created_at: number;
  updated_at: number;
}

/** The last usage reading of each card from a real carrier (0006); the values are on the card. */
export interface CardReadingsTable {
  card_id: string;
  /** When the carrier last answered (or a renewal set the values); null until then. */
  fetched_at: number | null;
  /** The reading is served without asking the carrier until then. */
  fresh_until: ColumnType<number, number | undefined, number>;
  /** An instance is reading the card from the carrier until then (a claim; 0 when none). */
  refreshing_until: ColumnType<number, number | undefined, number>;
  /** No read before then (the carrier's Retry-After, or the minimum gap after a failure). */
  not_before: ColumnType<number, number | undefined, number>;
}

/** 0007: a low-data notification acted on, once per card, package and level: the order it placed, or why not. */
export interface LowDataTriggersTable {
  card_id: string;
  package_name: string;
  level: string;
  /** `ordered`, or the LowDataSkipReason. */
  outcome: string;
  order_id: string | null;
  created_at: number;
}
