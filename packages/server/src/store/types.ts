import type {
  CardBalance,
  Currency,
  EventData,
  EventType,
  IssuedReceipt,
  LineItem,
  Money,
  NotRenewableReason,
  ORDER_FAILURE_CODES,
  OrderStatus,
  PAYMENT_ERROR_CODES,
  PaymentMethodSummary,
  PaymentProvider as PaymentProviderName,
  PlanSnapshot,
  PlanTier,
  WebhookDeliveryStatus,
  WebhookEndpointStatus,
} from '@urcard/sdk';
import type { EngineKind } from './engine.ts';

// Times are milliseconds since the epoch; the API layer turns them into ISO strings.

export interface PartnerRecord {
  id: string;
  name: string;
  publishableKey: string;
  /** SHA-256 of the secret key; the key itself is never stored. */
  secretKeyHash: string;
  /** Exact origins, or `scheme://host:*` for any port. */
  allowedOrigins: string[];
  createdAt: number;
}

/** `active`, or why the card cannot be renewed. */
export type CardState = 'active' | NotRenewableReason;
/** How the simulated carrier treats renewals of the card. */
export type CarrierProfile = 'normal' | 'reject' | 'slow';

export interface SavedPaymentMethod {
  provider: PaymentProviderName;
  /** The provider's id (Stripe: `pm_…`; sandbox: `pm_sandbox_…`). */
  id: string;
  summary: PaymentMethodSummary;
}

/** What the card was last renewed with: auto-renew buys it again. */
export interface LastPurchase {
  planId: string | null;
  plan: PlanSnapshot;
  currency: Currency;
}

export interface CardRecord {
  id: string;
  /** HMAC-SHA-256 of the card number under the server's card hash key; the number is never stored. */
  numberHash: string;
  last4: string;
  /** `scrypt$N$r$p$salt$hash`. */
  pinHash: string;
  state: CardState;
  /** Shown to the customer when the card is not renewable. */
  stateReason: string | null;
  expiresAt: number;
  currentPlan: { id: string; name: string; tier: PlanTier } | null;
  balance: CardBalance;
  coverage: string[];
  autoRenew: boolean;
  savedPaymentMethod: SavedPaymentMethod | null;
  /** The payment provider's customer for this card (Stripe: `cus_…`), so saved methods can be charged later. */
  providerCustomerId: string | null;
  lastPurchase: LastPurchase | null;
  carrierProfile: CarrierProfile;
  testCard: boolean;
  createdAt: number;
  updatedAt: number;
}
export type CardPatch = Partial<Omit<CardRecord, 'id' | 'numberHash' | 'createdAt' | 'updatedAt'>>;

/** PIN attempts per card number hash, kept for unknown numbers too so that they look the same. */
export interface PinAttemptsRecord {
  numberHash: string;
  /** Attempts counted since the last lock or right PIN, including those still being judged. */
  failures: number;
  lockedUntil: number | null;
  /** Locks in a row without a right PIN in between (each one lasts longer). */
  lockouts: number;
  updatedAt: number;
}

export interface CardTokenRecord {
  /** SHA-256 of the token. */
  tokenHash: string;
  cardId: string;
  partnerId: string;
  expiresAt: number;
  createdAt: number;
}

export interface CustomerSessionRecord {
  id: string;
  partnerId: string;
  customerId: string;
  expiresAt: number;
  createdAt: number;
}

export interface QuoteRecord {
  id: string;
  partnerId: string;
  cardId: string;
  currency: Currency;
  plan: PlanSnapshot;
  lineItems: LineItem[];
  subtotal: Money;
  discount: Money;
  total: Money;
  promo: { code: string; description: string } | null;
  autoRenewAllowed: boolean;
  expiresAt: number;
  createdAt: number;
}

export type PaymentErrorCode = (typeof PAYMENT_ERROR_CODES)[number];
export type OrderFailureCode = (typeof ORDER_FAILURE_CODES)[number];

export interface OrderRecord {
  id: string;
  partnerId: string;
  cardId: string;
  quoteId: string;
  status: OrderStatus;
  maskedCardNumber: string;
  plan: PlanSnapshot;
  lineItems: LineItem[];
  subtotal: Money;
  discount: Money;
  total: Money;
  promoCode: string | null;
  autoRenew: boolean;
  /** Started by the auto-renew scheduler and charged without the customer present. */
  offSession: boolean;
  email: string | null;
  partnerRef: string | null;
  provider: PaymentProviderName;
  /** Stripe: the PaymentIntent id; sandbox: `sbpi_…`. Null until the provider has one. */
  providerPaymentId: string | null;
  /** Provider-specific facts that are not secrets (Stripe: payment method types; sandbox: a pending challenge). */
  providerData: Record<string, unknown>;
  paymentMethod: PaymentMethodSummary | null;
  lastPaymentError: { code: PaymentErrorCode; message: string } | null;
  failure: { code: OrderFailureCode; message: string; refunded: boolean } | null;
  /** The receipt as issued; the view adds the seller, the price breakdown and the next auto-renewal. */
  receipt: IssuedReceipt | null;
  /** The customer's language for receipts (BCP 47); null when none was given. */
  locale: string | null;
  /** A refund support made of a paid or completed order; null otherwise. */
  refund: OrderRefundRecord | null;
  /** When the provider said the last thing about this payment; older news is ignored. */
  lastPaymentEventAt: number | null;
  createdAt: number;
  updatedAt: number;
}
export interface OrderRefundRecord {
  reason: string | null;
  amount: Money;
  /** The renewal had been applied and is reversed at the carrier. */
  reversal: boolean;
  requestedAt: number;
  settledAt: number | null;
}

export type OrderPatch = Partial<
  Pick<
    OrderRecord,
    | 'status'
    | 'providerPaymentId'
    | 'providerData'
    | 'paymentMethod'
    | 'lastPaymentError'
    | 'failure'
    | 'receipt'
    | 'refund'
    | 'lastPaymentEventAt'
  >
>;

/** One line of an order's history: every status change is written with its reason. */
export interface OrderEventRecord {
  orderId: string;
  from: OrderStatus | null;
  to: OrderStatus;
  reason: string | null;
  at: number;
}

/** Money that moved: at most one charge and one refund per order (unique), whatever retries happen. */
export interface PaymentRecord {
  id: string;
  orderId: string;
  kind: 'charge' | 'refund';
  provider: PaymentProviderName;
  providerRef: string | null;
  amount: Money;
  createdAt: number;
}

export const JOB_TYPES = ['provision_order', 'refund_order', 'auto_renew', 'deliver_webhook', 'send_receipt'] as const;
export type JobType = (typeof JOB_TYPES)[number];
export type JobStatus = 'pending' | 'running' | 'done' | 'dead';

export interface JobRecord {
  id: string;
  type: JobType;
  /** At most one job per unique key, ever (e.g. `provision:ord_…`). */
  uniqueKey: string | null;
  payload: Record<string, unknown>;
  status: JobStatus;
  attempts: number;
  runAt: number;
  lockedUntil: number | null;
  owner: string | null;
  lastError: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface NewJob {
  type: JobType;
  uniqueKey?: string;
  payload: Record<string, unknown>;
  runAt?: number;
}

export interface IdempotencyRecord {
  partnerId: string;
  key: string;
  /** SHA-256 of the route, its parameters, the card and the parsed body. */
  requestHash: string;
  status: 'running' | 'done';
  /** While running: after this, another request with the key may take over (the first one died). */
  lockedUntil: number | null;
  responseStatus: number | null;
  /** JSON, with secrets (client secrets, session tokens) taken out. */
  responseBody: string | null;
  createdAt: number;
  expiresAt: number;
}

/** The simulated carrier's memory: one request per reference, answered the same way every time. */
export interface CarrierRequestRecord {
  reference: string;
  cardId: string;
  requestedAt: number;
  completesAt: number;
  outcome: 'accepted' | 'rejected';
  reason: string | null;
}

/** Something that happened, for the partner: `GET /v1/events` and webhooks. `seq` orders events. */
export interface EventRecord {
  seq: number;
  id: string;
  partnerId: string;
  type: EventType;
  orderId: string | null;
  cardId: string | null;
  data: EventData;
  createdAt: number;
}
export type NewEvent = Omit<EventRecord, 'seq'>;

export interface WebhookEndpointRecord {
  id: string;
  partnerId: string;
  url: string;
  description: string | null;
  /** Event types, or `*` for all. */
  enabledEvents: string[];
  /**
   * The `whsec_<base64>` signing secret as stored: sealed with URCARD_ENCRYPTION_KEY (webhooks/secret-box.ts; the
   * domain seals and opens it), or in clear in a row from before encryption until it is sealed at start. Never
   * logged.
   */
  secret: string;
  /** The secret before the last rotation (stored as `secret` is): deliveries carry its signature too until `previousSecretUntil`. */
  previousSecret: string | null;
  previousSecretUntil: number | null;
  status: WebhookEndpointStatus;
  disabledReason: string | null;
  /** Since when every attempt has failed; null after a success. */
  failingSince: number | null;
  createdAt: number;
  updatedAt: number;
}
export type WebhookEndpointPatch = Partial<
  Pick<
    WebhookEndpointRecord,
    | 'url'
    | 'description'
    | 'enabledEvents'
    | 'secret'
    | 'previousSecret'
    | 'previousSecretUntil'
    | 'status'
    | 'disabledReason'
    | 'failingSince'
  >
>;

export interface WebhookDeliveryRecord {
  id: string;
  endpointId: string;
  eventId: string;
  eventSeq: number;
  eventType: EventType;
  /** Deliveries of one chain (an order, a card) to one endpoint go out in `eventSeq` order. */
  chain: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  responseStatus: number | null;
  lastError: string | null;
  lastAttemptAt: number | null;
  nextAttemptAt: number | null;
  sendingUntil: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface OrderFilter {
  cardId?: string;
  statuses?: readonly OrderStatus[];
  createdBefore?: number;
  /** Only orders created at or after this time. */
  createdAfter?: number;
  /** Only this partner's orders. */
  partnerId?: string;
  /** Newest first (default oldest first). */
  newestFirst?: boolean;
  /** Keyset cursor: only orders after this one in the chosen order. */
  after?: { createdAt: number; id: string };
  limit?: number;
}

/**
 * Everything the server keeps, behind one interface. Every method is atomic on its own; several calls that
 * must happen together go inside `Store.transaction`. Methods are async so that a networked database
 * (PostgreSQL) can implement the same interface.
 */
export interface StoreData {
  getPartnerByPublishableKey(key: string): Promise<PartnerRecord | null>;
  getPartnerBySecretKeyHash(hash: string): Promise<PartnerRecord | null>;
  listPartners(): Promise<PartnerRecord[]>;
  upsertPartner(partner: PartnerRecord): Promise<void>;

  getCard(id: string): Promise<CardRecord | null>;
  getCardByNumberHash(hash: string): Promise<CardRecord | null>;
  /** Inside a transaction: the card, locked until the transaction ends (read-modify-write of its expiry). */
  getCardForUpdate(id: string): Promise<CardRecord | null>;
  /** Inserts or replaces the whole card. */
  putCard(card: CardRecord): Promise<void>;
  updateCard(id: string, patch: CardPatch, now: number): Promise<void>;
  /** Renewable cards with auto-renew on and a saved payment method that expire before `before`. */
  listAutoRenewCandidates(before: number): Promise<CardRecord[]>;

  getPinAttempts(numberHash: string): Promise<PinAttemptsRecord | null>;
  /**
   * Counts one attempt before it is judged, in one statement: a running lock is returned untouched; counts older
   * than `memoryMs`, or from before a lock that has run out, start again at 1.
   */
  countPinAttempt(numberHash: string, options: { now: number; memoryMs: number }): Promise<PinAttemptsRecord>;
  /** Locks until `until` if the count has reached `maxAttempts` and no lock runs; true when this call locked. */
  lockPinAttempts(numberHash: string, options: { now: number; until: number; maxAttempts: number }): Promise<boolean>;
  /** Forgets the attempts after a right PIN, unless a lock runs; returns the running lock's end, or null. */
  clearPinAttempts(numberHash: string, now: number): Promise<number | null>;
  /** Forgets everything about the number, lock included (the sandbox's test cards are reset this way). */
  deletePinAttempts(numberHash: string): Promise<void>;

  insertCardToken(token: CardTokenRecord): Promise<void>;
  getCardToken(tokenHash: string): Promise<CardTokenRecord | null>;

  insertCustomerSession(session: CustomerSessionRecord): Promise<void>;
  getCustomerSession(id: string): Promise<CustomerSessionRecord | null>;
  insertCustomerSessionToken(tokenHash: string, sessionId: string, now: number): Promise<void>;
  getCustomerSessionByTokenHash(tokenHash: string): Promise<CustomerSessionRecord | null>;
  bindCard(partnerId: string, customerId: string, cardId: string, now: number): Promise<void>;
  isCardBound(partnerId: string, customerId: string, cardId: string): Promise<boolean>;
  listBoundCards(partnerId: string, customerId: string): Promise<CardRecord[]>;

  insertQuote(quote: QuoteRecord): Promise<void>;
  getQuote(id: string): Promise<QuoteRecord | null>;

  insertOrder(order: OrderRecord): Promise<void>;
  /** `lock`: inside a transaction, hold the row until it ends (read, decide, write without another instance between). */
  getOrder(id: string, options?: { lock?: boolean }): Promise<OrderRecord | null>;
  getOrderByProviderPaymentId(
    provider: PaymentProviderName,
    paymentId: string,
    options?: { lock?: boolean },
  ): Promise<OrderRecord | null>;
  /** Applies the patch only if the order is still in `expectStatus` (compare-and-set); false otherwise. */
  updateOrder(id: string, patch: OrderPatch, expectStatus: OrderStatus, now: number): Promise<boolean>;
  listOrders(filter: OrderFilter): Promise<OrderRecord[]>;
  insertOrderEvent(event: OrderEventRecord): Promise<void>;
  listOrderEvents(orderId: string): Promise<OrderEventRecord[]>;

  /** False when the order already has a payment of that kind. */
  insertPayment(payment: PaymentRecord): Promise<boolean>;
  listPayments(orderId?: string): Promise<PaymentRecord[]>;

  /** False when the event was seen before. */
  recordProviderEvent(provider: PaymentProviderName, eventId: string, now: number): Promise<boolean>;

  /** False when a job with the same unique key exists already. */
  enqueueJob(job: NewJob, now: number): Promise<boolean>;
  /** Takes up to `limit` due jobs (or jobs whose lease lapsed) of `types` (all when absent) for `owner`, atomically. */
  claimJobs(options: {
    now: number;
    limit: number;
    leaseMs: number;
    owner: string;
    types?: readonly JobType[];
  }): Promise<JobRecord[]>;
  renewJobLeases(ids: readonly string[], owner: string, until: number): Promise<void>;
  finishJob(id: string, owner: string, now: number): Promise<void>;
  /** Puts a failed job back for later, or gives up on it (`dead`). */
  retryJob(
    id: string,
    owner: string,
    options: { runAt: number; error: string; dead: boolean; now: number },
  ): Promise<void>;
  /** Puts the running jobs of `owner` back to pending (a clean stop); others' jobs come back when their lease lapses. */
  releaseJobs(owner: string, now: number): Promise<number>;
  listJobs(filter?: { type?: JobType; status?: JobStatus }): Promise<JobRecord[]>;

  getIdempotency(partnerId: string, key: string): Promise<IdempotencyRecord | null>;
  /**
   * The first claim of a key, atomically: a new (or expired) key is taken with `record`; a running key whose lock
   * lapsed is taken over when the request is the same. Otherwise the key as it stands, not claimed.
   */
  claimIdempotency(record: IdempotencyRecord, now: number): Promise<{ claimed: boolean; record: IdempotencyRecord }>;
  /** Stores the answer of the request that holds the key. */
  finishIdempotency(partnerId: string, key: string, response: { status: number; body: string }): Promise<void>;
  deleteIdempotency(partnerId: string, key: string): Promise<void>;

  getCarrierRequest(reference: string): Promise<CarrierRequestRecord | null>;
  /** Records the request unless one with the reference exists; returns the one that counts (first wins). */
  putCarrierRequestOnce(request: CarrierRequestRecord): Promise<CarrierRequestRecord>;

  /** Counts one hit in the key's fixed window (shared by every instance), in one statement. */
  hitRateLimit(key: string, windowMs: number, now: number): Promise<{ count: number; windowStart: number }>;

  /** Records an event; null when one with its id exists already (events with derived ids happen once). */
  insertEvent(event: NewEvent): Promise<EventRecord | null>;
  getEvent(id: string): Promise<EventRecord | null>;
  /** Cards that expire in [from, to), with each partner that renewed them (a completed order). */
  listExpiringCardPartners(from: number, to: number): Promise<{ card: CardRecord; partnerId: string }[]>;
  /** The partner's events, newest first, older than `beforeSeq` when given. */
  listEvents(filter: {
    partnerId: string;
    type?: EventType;
    beforeSeq?: number;
    limit: number;
  }): Promise<EventRecord[]>;

  insertWebhookEndpoint(endpoint: WebhookEndpointRecord): Promise<void>;
  getWebhookEndpoint(id: string): Promise<WebhookEndpointRecord | null>;
  listWebhookEndpoints(partnerId: string): Promise<WebhookEndpointRecord[]>;
  updateWebhookEndpoint(id: string, patch: WebhookEndpointPatch, now: number): Promise<WebhookEndpointRecord | null>;
  /**
   * Replaces the stored secrets of an endpoint only while they are still `expected` (one statement): false when
   * another instance changed them first (a rotation, or the same re-sealing).
   */
  replaceWebhookSecrets(
    id: string,
    expected: Pick<WebhookEndpointRecord, 'secret' | 'previousSecret'>,
    next: Pick<WebhookEndpointRecord, 'secret' | 'previousSecret'>,
  ): Promise<boolean>;
  /** Every endpoint of every partner (housekeeping at start). */
  listAllWebhookEndpoints(): Promise<WebhookEndpointRecord[]>;
  /** Deletes the endpoint and its deliveries; false when there was none. */
  deleteWebhookEndpoint(id: string): Promise<boolean>;
  /** Marks the endpoint failing since now unless it already was; returns since when (one statement). */
  markWebhookEndpointFailing(id: string, now: number): Promise<number | null>;

  insertWebhookDelivery(delivery: WebhookDeliveryRecord): Promise<void>;
  getWebhookDelivery(id: string): Promise<WebhookDeliveryRecord | null>;
  /** The endpoint's deliveries, newest first. */
  listWebhookDeliveries(endpointId: string, limit: number): Promise<WebhookDeliveryRecord[]>;
  /** The first pending delivery of the chain before (`before`) or after (`after`) the event `seq`. */
  pendingWebhookDelivery(
    at: { endpointId: string; chain: string; seq: number },
    side: 'before' | 'after',
  ): Promise<WebhookDeliveryRecord | null>;
  /** Takes a pending delivery for one attempt until `until`, unless another attempt holds it (one statement). */
  claimWebhookDelivery(id: string, now: number, until: number): Promise<WebhookDeliveryRecord | null>;
  /** Writes the outcome of one attempt and lets go of the delivery. */
  recordWebhookAttempt(
    id: string,
    outcome: {
      status: WebhookDeliveryStatus;
      responseStatus: number | null;
      error: string | null;
      nextAttemptAt: number | null;
      now: number;
    },
  ): Promise<void>;
  /** Gives up the endpoint's pending deliveries (it was disabled); returns how many. */
  failPendingWebhookDeliveries(endpointId: string, now: number): Promise<number>;

  /** Deletes expired tokens, quotes, sessions, idempotency keys, old provider event ids, events and deliveries. */
  purgeExpired(now: number): Promise<number>;
}

export interface Store extends StoreData {
  readonly kind: EngineKind;
  /** Where the data lives, for logs (a PostgreSQL URL without its password). */
  readonly location: string;
  /** Runs `fn` only when no other instance runs the same `name` (the scheduler pass); null when one does. */
  exclusive<T>(name: string, owner: string, fn: () => Promise<T>): Promise<T | null>;
  /** Called when another instance queued jobs (PostgreSQL); SQLite instances poll. */
  onJobsAnnounced(listener: () => void): void;
  /**
   * Runs `fn` in one transaction: all of its writes or none. `fn` must only call `tx` (not the store, not the
   * network): a slow call inside would hold every other request up, and `store.*` inside throws at once. A
   * serialization failure or a busy database runs `fn` again (a few times), so it must not have side effects.
   */
  transaction<T>(fn: (tx: StoreData) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
