import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SQLInputValue, StatementSync } from 'node:sqlite';
import { DatabaseSync } from 'node:sqlite';
import type { OrderStatus, PaymentProvider as PaymentProviderName } from '@urcard/sdk';
import { newId } from '../ids.ts';
import type { Migration } from './migrations.ts';
import { MIGRATIONS } from './migrations.ts';
import type {
  CardPatch,
  CardRecord,
  CardTokenRecord,
  CarrierRequestRecord,
  CustomerSessionRecord,
  IdempotencyRecord,
  JobRecord,
  JobStatus,
  JobType,
  NewJob,
  OrderEventRecord,
  OrderFilter,
  OrderPatch,
  OrderRecord,
  PartnerRecord,
  PaymentRecord,
  PinAttemptsRecord,
  QuoteRecord,
  Store,
  StoreData,
} from './types.ts';

type Row = Record<string, unknown>;
type Params = Record<string, SQLInputValue>;
/** The synchronous twin of an async interface: what node:sqlite can implement directly. */
type Sync<T> = { [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => R : never };

const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));
const parse = <T>(value: unknown): T => JSON.parse(value as string) as T;
const parseOrNull = <T>(value: unknown): T | null => (value === null || value === undefined ? null : parse<T>(value));
const num = (value: unknown): number => value as number;
const numOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : (value as number));
const str = (value: unknown): string => value as string;
const strOrNull = (value: unknown): string | null => (value === null || value === undefined ? null : (value as string));

function partnerFromRow(r: Row): PartnerRecord {
  return {
    id: str(r.id),
    name: str(r.name),
    publishableKey: str(r.publishable_key),
    secretKeyHash: str(r.secret_key_hash),
    allowedOrigins: parse(r.allowed_origins),
    createdAt: num(r.created_at),
  };
}

function cardFromRow(r: Row): CardRecord {
  return {
    id: str(r.id),
    numberHash: str(r.number_hash),
    last4: str(r.last4),
    pinHash: str(r.pin_hash),
    state: str(r.state) as CardRecord['state'],
    stateReason: strOrNull(r.state_reason),
    expiresAt: num(r.expires_at),
    currentPlan: parseOrNull(r.current_plan),
    balance: parse(r.balance),
    coverage: parse(r.coverage),
    autoRenew: r.auto_renew === 1,
    savedPaymentMethod: parseOrNull(r.saved_payment_method),
    providerCustomerId: strOrNull(r.provider_customer_id),
    lastPurchase: parseOrNull(r.last_purchase),
    carrierProfile: str(r.carrier_profile) as CardRecord['carrierProfile'],
    testCard: r.test_card === 1,
    createdAt: num(r.created_at),
    updatedAt: num(r.updated_at),
  };
}

const CARD_COLUMNS: Record<keyof CardPatch, [string, (v: never) => SQLInputValue]> = {
  last4: ['last4', (v: string) => v],
  pinHash: ['pin_hash', (v: string) => v],
  state: ['state', (v: string) => v],
  stateReason: ['state_reason', (v: string | null) => v],
  expiresAt: ['expires_at', (v: number) => v],
  currentPlan: ['current_plan', json],
  balance: ['balance', json],
  coverage: ['coverage', json],
  autoRenew: ['auto_renew', (v: boolean) => (v ? 1 : 0)],
  savedPaymentMethod: ['saved_payment_method', json],
  providerCustomerId: ['provider_customer_id', (v: string | null) => v],
  lastPurchase: ['last_purchase', json],
  carrierProfile: ['carrier_profile', (v: string) => v],
  testCard: ['test_card', (v: boolean) => (v ? 1 : 0)],
};

interface OrderBody {
  maskedCardNumber: string;
  plan: OrderRecord['plan'];
  lineItems: OrderRecord['lineItems'];
  subtotal: OrderRecord['subtotal'];
  discount: OrderRecord['discount'];
  total: OrderRecord['total'];
  promoCode: string | null;
  email: string | null;
  partnerRef: string | null;
}

function orderFromRow(r: Row): OrderRecord {
  const body = parse<OrderBody>(r.body);
  return {
    id: str(r.id),
    partnerId: str(r.partner_id),
    cardId: str(r.card_id),
    quoteId: str(r.quote_id),
    status: str(r.status) as OrderStatus,
    ...body,
    autoRenew: r.auto_renew === 1,
    offSession: r.off_session === 1,
    provider: str(r.provider) as PaymentProviderName,
    providerPaymentId: strOrNull(r.provider_payment_id),
    providerData: parse(r.provider_data),
    paymentMethod: parseOrNull(r.payment_method),
    lastPaymentError: parseOrNull(r.last_payment_error),
    failure: parseOrNull(r.failure),
    receipt: parseOrNull(r.receipt),
    lastPaymentEventAt: numOrNull(r.last_payment_event_at),
    createdAt: num(r.created_at),
    updatedAt: num(r.updated_at),
  };
}

const ORDER_COLUMNS: Record<keyof OrderPatch, [string, (v: never) => SQLInputValue]> = {
  status: ['status', (v: string) => v],
  providerPaymentId: ['provider_payment_id', (v: string | null) => v],
  providerData: ['provider_data', (v: unknown) => JSON.stringify(v ?? {})],
  paymentMethod: ['payment_method', json],
  lastPaymentError: ['last_payment_error', json],
  failure: ['failure', json],
  receipt: ['receipt', json],
  lastPaymentEventAt: ['last_payment_event_at', (v: number | null) => v],
};

function quoteFromRow(r: Row): QuoteRecord {
  const body = parse<Omit<QuoteRecord, 'id' | 'partnerId' | 'cardId' | 'currency' | 'expiresAt' | 'createdAt'>>(r.body);
  return {
    id: str(r.id),
    partnerId: str(r.partner_id),
    cardId: str(r.card_id),
    currency: str(r.currency) as QuoteRecord['currency'],
    ...body,
    expiresAt: num(r.expires_at),
    createdAt: num(r.created_at),
  };
}

function jobFromRow(r: Row): JobRecord {
  return {
    id: str(r.id),
    type: str(r.type) as JobType,
    uniqueKey: strOrNull(r.unique_key),
    payload: parse(r.payload),
    status: str(r.status) as JobStatus,
    attempts: num(r.attempts),
    runAt: num(r.run_at),
    lockedUntil: numOrNull(r.locked_until),
    owner: strOrNull(r.owner),
    lastError: strOrNull(r.last_error),
    createdAt: num(r.created_at),
    updatedAt: num(r.updated_at),
  };
}

function idempotencyFromRow(r: Row): IdempotencyRecord {
  return {
    partnerId: str(r.partner_id),
    key: str(r.key),
    requestHash: str(r.request_hash),
    status: str(r.status) as IdempotencyRecord['status'],
    lockedUntil: numOrNull(r.locked_until),
    responseStatus: numOrNull(r.response_status),
    responseBody: strOrNull(r.response_body),
    createdAt: num(r.created_at),
    expiresAt: num(r.expires_at),
  };
}

/** The queries, synchronous, against one connection. SqliteStore serialises access to it. */
class SqliteQueries implements Sync<StoreData> {
  readonly #db: DatabaseSync;
  readonly #statements = new Map<string, StatementSync>();

  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  #stmt(sql: string): StatementSync {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }
  #get(sql: string, params: Params = {}): Row | undefined {
    return this.#stmt(sql).get(params) as Row | undefined;
  }
  #all(sql: string, params: Params = {}): Row[] {
    return this.#stmt(sql).all(params) as Row[];
  }
  #run(sql: string, params: Params = {}): number {
    return Number(this.#stmt(sql).run(params).changes);
  }
  /** Several statements as one: a savepoint works inside a transaction and on its own. */
  #atomic<T>(fn: () => T): T {
    this.#db.exec('SAVEPOINT atomic');
    try {
      const result = fn();
      this.#db.exec('RELEASE atomic');
      return result;
    } catch (error) {
      this.#db.exec('ROLLBACK TO atomic');
      this.#db.exec('RELEASE atomic');
      throw error;
    }
  }

  getPartnerByPublishableKey(key: string): PartnerRecord | null {
    const row = this.#get('SELECT * FROM partners WHERE publishable_key = :key', { key });
    return row ? partnerFromRow(row) : null;
  }
  getPartnerBySecretKeyHash(hash: string): PartnerRecord | null {
    const row = this.#get('SELECT * FROM partners WHERE secret_key_hash = :hash', { hash });
    return row ? partnerFromRow(row) : null;
  }
  listPartners(): PartnerRecord[] {
    return this.#all('SELECT * FROM partners ORDER BY created_at').map(partnerFromRow);
  }
  upsertPartner(p: PartnerRecord): void {
    this.#run(
      `INSERT INTO partners (id, name, publishable_key, secret_key_hash, allowed_origins, created_at)
       VALUES (:id, :name, :pk, :sk, :origins, :created)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, publishable_key = excluded.publishable_key,
         secret_key_hash = excluded.secret_key_hash, allowed_origins = excluded.allowed_origins`,
      {
        id: p.id,
        name: p.name,
        pk: p.publishableKey,
        sk: p.secretKeyHash,
        origins: JSON.stringify(p.allowedOrigins),
        created: p.createdAt,
      },
    );
  }

  getCard(id: string): CardRecord | null {
    const row = this.#get('SELECT * FROM cards WHERE id = :id', { id });
    return row ? cardFromRow(row) : null;
  }
  getCardByNumberHash(hash: string): CardRecord | null {
    const row = this.#get('SELECT * FROM cards WHERE number_hash = :hash', { hash });
    return row ? cardFromRow(row) : null;
  }
  putCard(c: CardRecord): void {
    this.#run(
      `INSERT INTO cards (id, number_hash, last4, pin_hash, state, state_reason, expires_at, current_plan, balance,
         coverage, auto_renew, saved_payment_method, provider_customer_id, last_purchase, carrier_profile, test_card,
         created_at, updated_at)
       VALUES (:id, :numberHash, :last4, :pinHash, :state, :stateReason, :expiresAt, :currentPlan, :balance,
         :coverage, :autoRenew, :savedPaymentMethod, :providerCustomerId, :lastPurchase, :carrierProfile, :testCard,
         :createdAt, :updatedAt)
       ON CONFLICT (id) DO UPDATE SET number_hash = excluded.number_hash, last4 = excluded.last4,
         pin_hash = excluded.pin_hash, state = excluded.state, state_reason = excluded.state_reason,
         expires_at = excluded.expires_at, current_plan = excluded.current_plan, balance = excluded.balance,
         coverage = excluded.coverage, auto_renew = excluded.auto_renew,
         saved_payment_method = excluded.saved_payment_method, provider_customer_id = excluded.provider_customer_id,
         last_purchase = excluded.last_purchase, carrier_profile = excluded.carrier_profile,
         test_card = excluded.test_card, updated_at = excluded.updated_at`,
      {
        id: c.id,
        numberHash: c.numberHash,
        last4: c.last4,
        pinHash: c.pinHash,
        state: c.state,
        stateReason: c.stateReason,
        expiresAt: c.expiresAt,
        currentPlan: json(c.currentPlan),
        balance: JSON.stringify(c.balance),
        coverage: JSON.stringify(c.coverage),
        autoRenew: c.autoRenew ? 1 : 0,
        savedPaymentMethod: json(c.savedPaymentMethod),
        providerCustomerId: c.providerCustomerId,
        lastPurchase: json(c.lastPurchase),
        carrierProfile: c.carrierProfile,
        testCard: c.testCard ? 1 : 0,
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
      },
    );
  }
  updateCard(id: string, patch: CardPatch, now: number): void {
    const sets = ['updated_at = :updatedAt'];
    const params: Params = { id, updatedAt: now };
    for (const [key, value] of Object.entries(patch) as [keyof CardPatch, never][]) {
      if (value === undefined) continue;
      const [column, encode] = CARD_COLUMNS[key];
      sets.push(`${column} = :${key}`);
      params[key] = encode(value);
    }
    this.#run(`UPDATE cards SET ${sets.join(', ')} WHERE id = :id`, params);
  }
  listAutoRenewCandidates(before: number): CardRecord[] {
    return this.#all(
      `SELECT * FROM cards WHERE auto_renew = 1 AND saved_payment_method IS NOT NULL AND state = 'active'
         AND expires_at < :before ORDER BY expires_at LIMIT 500`,
      { before },
    ).map(cardFromRow);
  }

  getPinAttempts(numberHash: string): PinAttemptsRecord | null {
    const row = this.#get('SELECT * FROM pin_attempts WHERE number_hash = :numberHash', { numberHash });
    return row
      ? {
          numberHash,
          failures: num(row.failures),
          lockedUntil: numOrNull(row.locked_until),
          updatedAt: num(row.updated_at),
        }
      : null;
  }
  putPinAttempts(r: PinAttemptsRecord): void {
    this.#run(
      `INSERT INTO pin_attempts (number_hash, failures, locked_until, updated_at) VALUES (:h, :f, :l, :u)
       ON CONFLICT (number_hash) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until,
         updated_at = excluded.updated_at`,
      { h: r.numberHash, f: r.failures, l: r.lockedUntil, u: r.updatedAt },
    );
  }
  deletePinAttempts(numberHash: string): void {
    this.#run('DELETE FROM pin_attempts WHERE number_hash = :numberHash', { numberHash });
  }

  insertCardToken(t: CardTokenRecord): void {
    this.#run(
      `INSERT INTO card_tokens (token_hash, card_id, partner_id, expires_at, created_at)
       VALUES (:tokenHash, :cardId, :partnerId, :expiresAt, :createdAt)`,
      { ...t },
    );
  }
  getCardToken(tokenHash: string): CardTokenRecord | null {
    const r = this.#get('SELECT * FROM card_tokens WHERE token_hash = :tokenHash', { tokenHash });
    return r
      ? {
          tokenHash,
          cardId: str(r.card_id),
          partnerId: str(r.partner_id),
          expiresAt: num(r.expires_at),
          createdAt: num(r.created_at),
        }
      : null;
  }

  insertCustomerSession(s: CustomerSessionRecord): void {
    this.#run(
      `INSERT INTO customer_sessions (id, partner_id, customer_id, expires_at, created_at)
       VALUES (:id, :partnerId, :customerId, :expiresAt, :createdAt)`,
      { ...s },
    );
  }
  getCustomerSession(id: string): CustomerSessionRecord | null {
    const r = this.#get('SELECT * FROM customer_sessions WHERE id = :id', { id });
    return r ? sessionFromRow(r) : null;
  }
  insertCustomerSessionToken(tokenHash: string, sessionId: string, now: number): void {
    this.#run(
      'INSERT INTO customer_session_tokens (token_hash, session_id, created_at) VALUES (:tokenHash, :sessionId, :now)',
      { tokenHash, sessionId, now },
    );
  }
  getCustomerSessionByTokenHash(tokenHash: string): CustomerSessionRecord | null {
    const r = this.#get(
      `SELECT s.* FROM customer_session_tokens t JOIN customer_sessions s ON s.id = t.session_id
       WHERE t.token_hash = :tokenHash`,
      { tokenHash },
    );
    return r ? sessionFromRow(r) : null;
  }
  bindCard(partnerId: string, customerId: string, cardId: string, now: number): void {
    this.#run(
      `INSERT INTO bound_cards (partner_id, customer_id, card_id, bound_at) VALUES (:partnerId, :customerId, :cardId, :now)
       ON CONFLICT DO NOTHING`,
      { partnerId, customerId, cardId, now },
    );
  }
  isCardBound(partnerId: string, customerId: string, cardId: string): boolean {
    return (
      this.#get(
        'SELECT 1 AS x FROM bound_cards WHERE partner_id = :partnerId AND customer_id = :customerId AND card_id = :cardId',
        { partnerId, customerId, cardId },
      ) !== undefined
    );
  }
  listBoundCards(partnerId: string, customerId: string): CardRecord[] {
    return this.#all(
      `SELECT c.* FROM bound_cards b JOIN cards c ON c.id = b.card_id
       WHERE b.partner_id = :partnerId AND b.customer_id = :customerId ORDER BY b.bound_at, c.id`,
      { partnerId, customerId },
    ).map(cardFromRow);
  }

  insertQuote(q: QuoteRecord): void {
    const { id, partnerId, cardId, currency, expiresAt, createdAt, ...body } = q;
    this.#run(
      `INSERT INTO quotes (id, partner_id, card_id, currency, body, expires_at, created_at)
       VALUES (:id, :partnerId, :cardId, :currency, :body, :expiresAt, :createdAt)`,
      { id, partnerId, cardId, currency, body: JSON.stringify(body), expiresAt, createdAt },
    );
  }
  getQuote(id: string): QuoteRecord | null {
    const r = this.#get('SELECT * FROM quotes WHERE id = :id', { id });
    return r ? quoteFromRow(r) : null;
  }

  insertOrder(o: OrderRecord): void {
    const body: OrderBody = {
      maskedCardNumber: o.maskedCardNumber,
      plan: o.plan,
      lineItems: o.lineItems,
      subtotal: o.subtotal,
      discount: o.discount,
      total: o.total,
      promoCode: o.promoCode,
      email: o.email,
      partnerRef: o.partnerRef,
    };
    this.#run(
      `INSERT INTO orders (id, partner_id, card_id, quote_id, status, currency, total, body, auto_renew, off_session,
         provider, provider_payment_id, provider_data, payment_method, last_payment_error, failure, receipt,
         last_payment_event_at, created_at, updated_at)
       VALUES (:id, :partnerId, :cardId, :quoteId, :status, :currency, :total, :body, :autoRenew, :offSession,
         :provider, :providerPaymentId, :providerData, :paymentMethod, :lastPaymentError, :failure, :receipt,
         :lastPaymentEventAt, :createdAt, :updatedAt)`,
      {
        id: o.id,
        partnerId: o.partnerId,
        cardId: o.cardId,
        quoteId: o.quoteId,
        status: o.status,
        currency: o.total.currency,
        total: o.total.amount,
        body: JSON.stringify(body),
        autoRenew: o.autoRenew ? 1 : 0,
        offSession: o.offSession ? 1 : 0,
        provider: o.provider,
        providerPaymentId: o.providerPaymentId,
        providerData: JSON.stringify(o.providerData),
        paymentMethod: json(o.paymentMethod),
        lastPaymentError: json(o.lastPaymentError),
        failure: json(o.failure),
        receipt: json(o.receipt),
        lastPaymentEventAt: o.lastPaymentEventAt,
        createdAt: o.createdAt,
        updatedAt: o.updatedAt,
      },
    );
  }
  getOrder(id: string): OrderRecord | null {
    const r = this.#get('SELECT * FROM orders WHERE id = :id', { id });
    return r ? orderFromRow(r) : null;
  }
  getOrderByProviderPaymentId(provider: PaymentProviderName, paymentId: string): OrderRecord | null {
    const r = this.#get('SELECT * FROM orders WHERE provider = :provider AND provider_payment_id = :paymentId', {
      provider,
      paymentId,
    });
    return r ? orderFromRow(r) : null;
  }
  updateOrder(id: string, patch: OrderPatch, expectStatus: OrderStatus, now: number): boolean {
    const sets = ['updated_at = :updatedAt'];
    const params: Params = { id, expectStatus, updatedAt: now };
    for (const [key, value] of Object.entries(patch) as [keyof OrderPatch, never][]) {
      if (value === undefined) continue;
      const [column, encode] = ORDER_COLUMNS[key];
      sets.push(`${column} = :${key}`);
      params[key] = encode(value);
    }
    return this.#run(`UPDATE orders SET ${sets.join(', ')} WHERE id = :id AND status = :expectStatus`, params) === 1;
  }
  listOrders(filter: OrderFilter): OrderRecord[] {
    const where: string[] = [];
    const params: Params = { limit: filter.limit ?? 1000 };
    if (filter.cardId !== undefined) {
      where.push('card_id = :cardId');
      params.cardId = filter.cardId;
    }
    if (filter.statuses !== undefined) {
      if (filter.statuses.length === 0) return [];
      where.push(`status IN (${filter.statuses.map((_, i) => `:s${i}`).join(', ')})`);
      filter.statuses.forEach((s, i) => {
        params[`s${i}`] = s;
      });
    }
    if (filter.createdBefore !== undefined) {
      where.push('created_at < :createdBefore');
      params.createdBefore = filter.createdBefore;
    }
    const sql = `SELECT * FROM orders ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, id LIMIT :limit`;
    return this.#all(sql, params).map(orderFromRow);
  }
  insertOrderEvent(e: OrderEventRecord): void {
    this.#run(
      'INSERT INTO order_events (order_id, from_status, to_status, reason, at) VALUES (:orderId, :from, :to, :reason, :at)',
      { orderId: e.orderId, from: e.from, to: e.to, reason: e.reason, at: e.at },
    );
  }
  listOrderEvents(orderId: string): OrderEventRecord[] {
    return this.#all('SELECT * FROM order_events WHERE order_id = :orderId ORDER BY id', { orderId }).map((r) => ({
      orderId,
      from: strOrNull(r.from_status) as OrderStatus | null,
      to: str(r.to_status) as OrderStatus,
      reason: strOrNull(r.reason),
      at: num(r.at),
    }));
  }

  insertPayment(p: PaymentRecord): boolean {
    return (
      this.#run(
        `INSERT INTO payments (id, order_id, kind, provider, provider_ref, amount, currency, created_at)
         VALUES (:id, :orderId, :kind, :provider, :providerRef, :amount, :currency, :createdAt) ON CONFLICT DO NOTHING`,
        {
          id: p.id,
          orderId: p.orderId,
          kind: p.kind,
          provider: p.provider,
          providerRef: p.providerRef,
          amount: p.amount.amount,
          currency: p.amount.currency,
          createdAt: p.createdAt,
        },
      ) === 1
    );
  }
  listPayments(orderId?: string): PaymentRecord[] {
    const rows =
      orderId === undefined
        ? this.#all('SELECT * FROM payments ORDER BY created_at, id')
        : this.#all('SELECT * FROM payments WHERE order_id = :orderId ORDER BY created_at, id', { orderId });
    return rows.map((r) => ({
      id: str(r.id),
      orderId: str(r.order_id),
      kind: str(r.kind) as PaymentRecord['kind'],
      provider: str(r.provider) as PaymentProviderName,
      providerRef: strOrNull(r.provider_ref),
      amount: { amount: num(r.amount), currency: str(r.currency) },
      createdAt: num(r.created_at),
    }));
  }

  recordProviderEvent(provider: PaymentProviderName, eventId: string, now: number): boolean {
    return (
      this.#run(
        'INSERT INTO provider_events (provider, event_id, received_at) VALUES (:provider, :eventId, :now) ON CONFLICT DO NOTHING',
        { provider, eventId, now },
      ) === 1
    );
  }

  enqueueJob(job: NewJob, now: number): boolean {
    return (
      this.#run(
        `INSERT INTO jobs (id, type, unique_key, payload, status, attempts, run_at, created_at, updated_at)
         VALUES (:id, :type, :uniqueKey, :payload, 'pending', 0, :runAt, :now, :now) ON CONFLICT DO NOTHING`,
        {
          id: newId('job'),
          type: job.type,
          uniqueKey: job.uniqueKey ?? null,
          payload: JSON.stringify(job.payload),
          runAt: job.runAt ?? now,
          now,
        },
      ) === 1
    );
  }
  claimJobs({
    now,
    limit,
    leaseMs,
    owner,
  }: {
    now: number;
    limit: number;
    leaseMs: number;
    owner: string;
  }): JobRecord[] {
    if (limit <= 0) return [];
    return this.#atomic(() => {
      const rows = this.#all(
        `SELECT id FROM jobs WHERE (status = 'pending' AND run_at <= :now)
           OR (status = 'running' AND locked_until < :now) ORDER BY run_at, id LIMIT :limit`,
        { now, limit },
      );
      const claimed: JobRecord[] = [];
      for (const { id } of rows) {
        this.#run(
          `UPDATE jobs SET status = 'running', owner = :owner, locked_until = :until, attempts = attempts + 1,
             updated_at = :now WHERE id = :id`,
          { id: str(id), owner, until: now + leaseMs, now },
        );
        const row = this.#get('SELECT * FROM jobs WHERE id = :id', { id: str(id) });
        if (row) claimed.push(jobFromRow(row));
      }
      return claimed;
    });
  }
  renewJobLeases(ids: readonly string[], owner: string, until: number): void {
    this.#atomic(() => this.#renewJobLeases(ids, owner, until));
  }
  #renewJobLeases(ids: readonly string[], owner: string, until: number): void {
    for (const id of ids) {
      this.#run(`UPDATE jobs SET locked_until = :until WHERE id = :id AND owner = :owner AND status = 'running'`, {
        id,
        owner,
        until,
      });
    }
  }
  finishJob(id: string, owner: string, now: number): void {
    this.#run(
      `UPDATE jobs SET status = 'done', locked_until = NULL, updated_at = :now, last_error = NULL
       WHERE id = :id AND owner = :owner`,
      { id, owner, now },
    );
  }
  retryJob(id: string, owner: string, o: { runAt: number; error: string; dead: boolean; now: number }): void {
    this.#run(
      `UPDATE jobs SET status = :status, run_at = :runAt, last_error = :error, locked_until = NULL, updated_at = :now
       WHERE id = :id AND owner = :owner`,
      { id, owner, status: o.dead ? 'dead' : 'pending', runAt: o.runAt, error: o.error, now: o.now },
    );
  }
  releaseJobs(owner: string | null, now: number): number {
    return owner === null
      ? this.#run(
          `UPDATE jobs SET status = 'pending', locked_until = NULL, owner = NULL, updated_at = :now WHERE status = 'running'`,
          { now },
        )
      : this.#run(
          `UPDATE jobs SET status = 'pending', locked_until = NULL, owner = NULL, updated_at = :now
           WHERE status = 'running' AND owner = :owner`,
          { now, owner },
        );
  }
  listJobs(filter: { type?: JobType; status?: JobStatus } = {}): JobRecord[] {
    return this.#all(
      `SELECT * FROM jobs WHERE (:type IS NULL OR type = :type) AND (:status IS NULL OR status = :status)
       ORDER BY created_at, id`,
      { type: filter.type ?? null, status: filter.status ?? null },
    ).map(jobFromRow);
  }

  getIdempotency(partnerId: string, key: string): IdempotencyRecord | null {
    const r = this.#get('SELECT * FROM idempotency_keys WHERE partner_id = :partnerId AND key = :key', {
      partnerId,
      key,
    });
    return r ? idempotencyFromRow(r) : null;
  }
  putIdempotency(r: IdempotencyRecord): void {
    this.#run(
      `INSERT INTO idempotency_keys (partner_id, key, request_hash, status, locked_until, response_status, response_body,
         created_at, expires_at)
       VALUES (:partnerId, :key, :requestHash, :status, :lockedUntil, :responseStatus, :responseBody, :createdAt, :expiresAt)
       ON CONFLICT (partner_id, key) DO UPDATE SET request_hash = excluded.request_hash, status = excluded.status,
         locked_until = excluded.locked_until, response_status = excluded.response_status,
         response_body = excluded.response_body, created_at = excluded.created_at, expires_at = excluded.expires_at`,
      { ...r },
    );
  }
  deleteIdempotency(partnerId: string, key: string): void {
    this.#run('DELETE FROM idempotency_keys WHERE partner_id = :partnerId AND key = :key', { partnerId, key });
  }

  getCarrierRequest(reference: string): CarrierRequestRecord | null {
    const r = this.#get('SELECT * FROM carrier_requests WHERE reference = :reference', { reference });
    return r
      ? {
          reference,
          cardId: str(r.card_id),
          requestedAt: num(r.requested_at),
          completesAt: num(r.completes_at),
          outcome: str(r.outcome) as CarrierRequestRecord['outcome'],
          reason: strOrNull(r.reason),
        }
      : null;
  }
  insertCarrierRequest(c: CarrierRequestRecord): void {
    this.#run(
      `INSERT INTO carrier_requests (reference, card_id, requested_at, completes_at, outcome, reason)
       VALUES (:reference, :cardId, :requestedAt, :completesAt, :outcome, :reason)`,
      { ...c },
    );
  }

  purgeExpired(now: number): number {
    return this.#atomic(() => this.#purgeExpired(now));
  }
  #purgeExpired(now: number): number {
    let n = 0;
    n += this.#run('DELETE FROM card_tokens WHERE expires_at < :now', { now });
    n += this.#run(
      'DELETE FROM customer_session_tokens WHERE session_id IN (SELECT id FROM customer_sessions WHERE expires_at < :now)',
      { now },
    );
    n += this.#run('DELETE FROM idempotency_keys WHERE expires_at < :now', { now });
    // Quotes are kept while an order points at them; unused ones go a day after they expire.
    n += this.#run('DELETE FROM quotes WHERE expires_at < :cutoff AND id NOT IN (SELECT quote_id FROM orders)', {
      cutoff: now - 86_400_000,
    });
    // Stripe retries events for up to three days; remember their ids for a month.
    n += this.#run('DELETE FROM provider_events WHERE received_at < :cutoff', { cutoff: now - 30 * 86_400_000 });
    n += this.#run(
      'DELETE FROM pin_attempts WHERE (locked_until IS NULL OR locked_until < :now) AND updated_at < :cutoff',
      { now, cutoff: now - 86_400_000 },
    );
    return n;
  }
}

function sessionFromRow(r: Row): CustomerSessionRecord {
  return {
    id: str(r.id),
    partnerId: str(r.partner_id),
    customerId: str(r.customer_id),
    expiresAt: num(r.expires_at),
    createdAt: num(r.created_at),
  };
}

/** Runs async work one at a time: the single SQLite connection must never see two transactions interleave. */
class Mutex {
  #tail: Promise<unknown> = Promise.resolve();
  run<T>(fn: () => T | Promise<T>): Promise<T> {
    const result = this.#tail.then(fn);
    this.#tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}

function wrapQueries(queries: SqliteQueries, call: (fn: () => unknown) => Promise<unknown>): StoreData {
  const out: Record<string, unknown> = {};
  const target = queries as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of Object.getOwnPropertyNames(SqliteQueries.prototype)) {
    if (name === 'constructor') continue;
    out[name] = (...args: unknown[]) => call(() => target[name]!.apply(queries, args));
  }
  return out as unknown as StoreData;
}

export interface SqliteStoreOptions {
  /** `PRAGMA synchronous`: FULL (default) syncs the WAL on every commit; NORMAL is faster and still survives a killed process. */
  synchronous?: 'FULL' | 'NORMAL';
  /** How long a write waits for another connection's lock before failing with SQLITE_BUSY (default 5 s). */
  busyTimeoutMs?: number;
  migrations?: readonly Migration[];
}

export interface SqliteStore extends Store {
  readonly kind: 'sqlite';
  readonly path: string;
  /** The highest migration applied. */
  schemaVersion(): number;
}

/**
 * Opens the SQLite store (node:sqlite, no native build): one connection in WAL mode, numbered migrations applied
 * first. One server process per database file: a second process would compete for the job queue.
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): SqliteStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path);
  db.exec(`PRAGMA busy_timeout = ${Math.floor(options.busyTimeoutMs ?? 5000)}`);
  if (path !== ':memory:') db.exec('PRAGMA journal_mode = WAL');
  db.exec(`PRAGMA synchronous = ${options.synchronous ?? 'FULL'}`);
  db.exec('PRAGMA foreign_keys = ON');
  migrate(db, options.migrations ?? MIGRATIONS);
  const queries = new SqliteQueries(db);
  const lock = new Mutex();
  let closed = false;
  // Transactions run one at a time under the lock, so one `tx` object serves them all.
  let inTransaction = false;
  const tx = wrapQueries(queries, async (query) => {
    if (!inTransaction) throw new Error('Store transaction used after it ended');
    return query();
  });

  return {
    ...wrapQueries(queries, (fn) => lock.run(fn)),
    kind: 'sqlite',
    path,
    transaction<T>(fn: (tx: StoreData) => Promise<T>): Promise<T> {
      return lock.run(async () => {
        db.exec('BEGIN IMMEDIATE');
        inTransaction = true;
        try {
          const result = await fn(tx);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          db.exec('ROLLBACK');
          throw error;
        } finally {
          inTransaction = false;
        }
      });
    },
    schemaVersion(): number {
      const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as Row;
      return num(row.v);
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await lock.run(() => db.close());
    },
  };
}

function migrate(db: DatabaseSync, migrations: readonly Migration[]): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`);
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as Row;
  const current = numOrNull(row.v) ?? 0;
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (migration.version <= current) continue;
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        Date.now(),
      );
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw new Error(`Migration ${migration.version} (${migration.name}) failed`, { cause: error });
    }
  }
}
