import type { OrderStatus } from '@urcard/sdk';
import type { IdempotencyRecord, OrderRecord } from '../store/types.ts';

/** An order record of the seeded test card …0018, for store-level tests. */
export function orderRecord(id: string, status: OrderStatus): OrderRecord {
  const money = { amount: 1999, currency: 'USD' };
  return {
    id,
    partnerId: 'ptr_demo',
    cardId: 'card_test0018',
    quoteId: 'quo_x',
    status,
    maskedCardNumber: '•••• •••• 0018',
    plan: {
      planId: 'basic-30',
      tier: 'basic',
      name: 'Basic 30 days',
      dataMb: 10240,
      minutes: 200,
      sms: 100,
      validityDays: 30,
      addOns: [],
    },
    lineItems: [{ kind: 'plan', description: 'Basic 30 days', amount: money }],
    subtotal: money,
    discount: { amount: 0, currency: 'USD' },
    total: money,
    promoCode: null,
    autoRenew: false,
    offSession: false,
    email: null,
    partnerRef: null,
    provider: 'sandbox',
    providerPaymentId: null,
    providerData: {},
    paymentMethod: null,
    lastPaymentError: null,
    failure: null,
    receipt: null,
    locale: null,
    refund: null,
    lastPaymentEventAt: null,
    createdAt: 1,
    updatedAt: 1,
  };
}

/** A running idempotency claim, as runIdempotent makes it. */
export function idempotencyRecord(key: string, now: number, requestHash = 'h1'): IdempotencyRecord {
  return {
    partnerId: 'ptr_demo',
    key,
    requestHash,
    status: 'running',
    lockedUntil: now + 30_000,
    responseStatus: null,
    responseBody: null,
    createdAt: now,
    expiresAt: now + 86_400_000,
  };
}
