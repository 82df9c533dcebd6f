import type { OrderStatus, PaymentProvider as PaymentProviderName } from '@urcard/sdk';
import type { Selectable } from 'kysely';
import type {
  CardsTable,
  CustomerSessionsTable,
  IdempotencyKeysTable,
  JobsTable,
  OrdersTable,
  PartnersTable,
  QuotesTable,
} from '../schema.ts';
import type {
  CardRecord,
  CustomerSessionRecord,
  IdempotencyRecord,
  JobRecord,
  JobStatus,
  JobType,
  OrderRecord,
  PartnerRecord,
  QuoteRecord,
} from '../types.ts';

// Rows to records and back: the only place that knows how a record is laid out in columns.

export const json = (value: unknown): string | null =>
  value === null || value === undefined ? null : JSON.stringify(value);
export const parse = <T>(value: string): T => JSON.parse(value) as T;
export const parseOrNull = <T>(value: string | null): T | null => (value === null ? null : parse<T>(value));
export const flag = (value: boolean): number => (value ? 1 : 0);

export function partnerFromRow(r: Selectable<PartnersTable>): PartnerRecord {
  return {
    id: r.id,
    name: r.name,
    publishableKey: r.publishable_key,
    secretKeyHash: r.secret_key_hash,
    allowedOrigins: parse(r.allowed_origins),
    createdAt: r.created_at,
  };
}

export function cardFromRow(r: Selectable<CardsTable>): CardRecord {
  return {
    id: r.id,
    numberHash: r.number_hash,
    last4: r.last4,
    pinHash: r.pin_hash,
    state: r.state as CardRecord['state'],
    stateReason: r.state_reason,
    expiresAt: r.expires_at,
    currentPlan: parseOrNull(r.current_plan),
    balance: parse(r.balance),
    coverage: parse(r.coverage),
    autoRenew: r.auto_renew === 1,
    savedPaymentMethod: parseOrNull(r.saved_payment_method),
    providerCustomerId: r.provider_customer_id,
    lastPurchase: parseOrNull(r.last_purchase),
    carrierProfile: r.carrier_profile as CardRecord['carrierProfile'],
    testCard: r.test_card === 1,
    sealedIccid: r.sealed_iccid,
    importedBy: r.imported_by,
    lowData: { enabled: r.low_data_top_ups === 1, monthlyCap: parseOrNull(r.low_data_cap) },
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function cardToRow(c: CardRecord): Selectable<CardsTable> {
  return {
    id: c.id,
    number_hash: c.numberHash,
    last4: c.last4,
    pin_hash: c.pinHash,
    state: c.state,
    state_reason: c.stateReason,
    expires_at: c.expiresAt,
    current_plan: json(c.currentPlan),
    balance: JSON.stringify(c.balance),
    coverage: JSON.stringify(c.coverage),
    auto_renew: flag(c.autoRenew),
    saved_payment_method: json(c.savedPaymentMethod),
    provider_customer_id: c.providerCustomerId,
    last_purchase: json(c.lastPurchase),
    carrier_profile: c.carrierProfile,
    test_card: flag(c.testCard),
    sealed_iccid: c.sealedIccid,
    imported_by: c.importedBy,
    low_data_top_ups: flag(c.lowData?.enabled ?? false),
    low_data_cap: json(c.lowData?.monthlyCap ?? null),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
  };
}

/** The order fields kept together in the `body` JSON column: written once, never changed. */
const ORDER_BODY_KEYS = [
  'maskedCardNumber',
  'plan',
  'lineItems',
  'subtotal',
  'discount',
  'total',
  'promoCode',
  'email',
  'partnerRef',
  'locale',
  'origin',
] as const satisfies readonly (keyof OrderRecord)[];
type OrderBody = Pick<OrderRecord, (typeof ORDER_BODY_KEYS)[number]>;

export function orderFromRow(r: Selectable<OrdersTable>): OrderRecord {
  return {
    id: r.id,
    partnerId: r.partner_id,
    cardId: r.card_id,
    quoteId: r.quote_id,
    status: r.status as OrderStatus,
    ...parse<OrderBody>(r.body),
    locale: parse<Partial<OrderBody>>(r.body).locale ?? null,
    autoRenew: r.auto_renew === 1,
    offSession: r.off_session === 1,
    provider: r.provider as PaymentProviderName,
    providerPaymentId: r.provider_payment_id,
    providerData: parse(r.provider_data),
    paymentMethod: parseOrNull(r.payment_method),
    lastPaymentError: parseOrNull(r.last_payment_error),
    failure: parseOrNull(r.failure),
    receipt: parseOrNull(r.receipt),
    refund: parseOrNull(r.refund),
    lastPaymentEventAt: r.last_payment_event_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function orderToRow(o: OrderRecord): Selectable<OrdersTable> {
  const body = Object.fromEntries(ORDER_BODY_KEYS.map((k) => [k, o[k]])) as OrderBody;
  return {
    id: o.id,
    partner_id: o.partnerId,
    card_id: o.cardId,
    quote_id: o.quoteId,
    status: o.status,
    currency: o.total.currency,
    total: o.total.amount,
    body: JSON.stringify(body),
    auto_renew: flag(o.autoRenew),
    off_session: flag(o.offSession),
    provider: o.provider,
    provider_payment_id: o.providerPaymentId,
    provider_data: JSON.stringify(o.providerData ?? {}),
    payment_method: json(o.paymentMethod),
    last_payment_error: json(o.lastPaymentError),
    failure: json(o.failure),
    receipt: json(o.receipt),
    refund: json(o.refund),
    last_payment_event_at: o.lastPaymentEventAt,
    created_at: o.createdAt,
    updated_at: o.updatedAt,
  };
}

type QuoteBody = Omit<QuoteRecord, 'id' | 'partnerId' | 'cardId' | 'currency' | 'expiresAt' | 'createdAt'>;

export function quoteFromRow(r: Selectable<QuotesTable>): QuoteRecord {
  return {
    id: r.id,
    partnerId: r.partner_id,
    cardId: r.card_id,
    currency: r.currency as QuoteRecord['currency'],
    ...parse<QuoteBody>(r.body),
    expiresAt: r.expires_at,
    createdAt: r.created_at,
  };
}

export function quoteToRow(q: QuoteRecord): Selectable<QuotesTable> {
  const { id, partnerId, cardId, currency, expiresAt, createdAt, ...body } = q;
  return {
    id,
    partner_id: partnerId,
    card_id: cardId,
    currency,
    body: JSON.stringify(body),
    expires_at: expiresAt,
    created_at: createdAt,
  };
}

export function sessionFromRow(r: Selectable<CustomerSessionsTable>): CustomerSessionRecord {
  return {
    id: r.id,
    partnerId: r.partner_id,
    customerId: r.customer_id,
    expiresAt: r.expires_at,
    createdAt: r.created_at,
  };
}

export function jobFromRow(r: Selectable<JobsTable>): JobRecord {
  return {
    id: r.id,
    type: r.type as JobType,
    uniqueKey: r.unique_key,
    payload: parse(r.payload),
    status: r.status as JobStatus,
    attempts: r.attempts,
    runAt: r.run_at,
    lockedUntil: r.locked_until,
    owner: r.owner,
    lastError: r.last_error,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function idempotencyFromRow(r: Selectable<IdempotencyKeysTable>): IdempotencyRecord {
  return {
    partnerId: r.partner_id,
    key: r.key,
    requestHash: r.request_hash,
    status: r.status as IdempotencyRecord['status'],
    lockedUntil: r.locked_until,
    responseStatus: r.response_status,
    responseBody: r.response_body,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
  };
}

export function idempotencyToRow(r: IdempotencyRecord): Selectable<IdempotencyKeysTable> {
  return {
    partner_id: r.partnerId,
    key: r.key,
    request_hash: r.requestHash,
    status: r.status,
    locked_until: r.lockedUntil,
    response_status: r.responseStatus,
    response_body: r.responseBody,
    created_at: r.createdAt,
    expires_at: r.expiresAt,
  };
}
