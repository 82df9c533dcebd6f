// Valid API payloads for the test server to answer with. Each one is checked against the contract in
// fixtures.test.ts, so a contract change that breaks them shows up there first.
import type { Card, CardSession } from '../contract/cards.ts';
import type { ErrorCode } from '../contract/common.ts';
import type { BoundCardList, CustomerSession } from '../contract/customers.ts';
import type { Health } from '../contract/health.ts';
import type { Order, OrderStatus } from '../contract/orders.ts';
import type { PlanList } from '../contract/plans.ts';
import type { Quote } from '../contract/quotes.ts';

/** A valid ICCID (Luhn) of the sandbox's seed data: active, 20 days left. */
export const CARD_NUMBER = '8986010000000000018';
export const PIN = '1234';
export const CARD_TOKEN = 'ct_test_0123456789abcdef';
export const CUSTOMER_SESSION = 'cs_test_0123456789abcdef';
export const ORDER_ID = 'ord_0001';
export const QUOTE_ID = 'quo_0001';
export const CARD_ID = 'card_0001';

const usd = (amount: number) => ({ amount, currency: 'USD' });

export function card(overrides: Partial<Card> = {}): Card {
  return {
    id: CARD_ID,
    maskedNumber: '•••• •••• 0018',
    last4: '0018',
    status: 'active',
    expiresAt: '2026-08-01T00:00:00Z',
    daysLeft: 20,
    currentPlan: { id: 'basic-30', name: 'Basic 30 days', tier: 'basic' },
    balance: { dataMb: 2048, dataTotalMb: 10240, minutes: 50, minutesTotal: 100, sms: 10, asOf: null, stale: false },
    coverage: ['CN', 'HK', 'JP'],
    autoRenew: { enabled: false, hasPaymentMethod: false, nextCharge: null },
    renewable: true,
    notRenewableReason: null,
    ...overrides,
  };
}

export function cardSession(overrides: Partial<Card> = {}): CardSession {
  return { cardToken: CARD_TOKEN, cardTokenExpiresAt: '2026-07-12T10:30:00Z', card: card(overrides) };
}

export function planList(): PlanList {
  return {
    currency: 'USD',
    locale: 'en',
    plans: [
      {
        id: 'basic-30',
        tier: 'basic',
        name: 'Basic 30 days',
        description: '10 GB, 100 minutes',
        dataMb: 10240,
        minutes: 100,
        sms: 50,
        validityDays: 30,
        features: [{ code: '5g', label: '5G' }],
        price: usd(1500),
        promotion: null,
        autoRenewAllowed: true,
      },
    ],
    custom: {
      dataMbOptions: [1024, 5120, null],
      minutesOptions: [0, 100],
      validityDaysOptions: [7, 30],
      addOns: [{ code: 'hotspot', name: 'Hotspot', description: 'Share data', price: usd(200) }],
      priceFrom: usd(300),
    },
  };
}

const snapshot = {
  planId: 'basic-30',
  tier: 'basic',
  name: 'Basic 30 days',
  dataMb: 10240,
  minutes: 100,
  sms: 50,
  validityDays: 30,
  addOns: [],
} as const;

export function quote(): Quote {
  return {
    id: QUOTE_ID,
    cardId: CARD_ID,
    currency: 'USD',
    plan: { ...snapshot, addOns: [] },
    lineItems: [{ kind: 'plan', description: 'Basic 30 days', amount: usd(1500) }],
    subtotal: usd(1500),
    discount: usd(0),
    total: usd(1500),
    promo: null,
    autoRenewAllowed: true,
    newExpiresAt: '2026-08-31T00:00:00Z',
    autoRenewal: { amount: usd(1500), chargeAt: '2026-08-28T00:00:00Z', leadDays: 3 },
    expiresAt: '2026-07-12T10:15:00Z',
    locale: 'en',
  };
}

export function order(status: OrderStatus = 'requires_payment', overrides: Partial<Order> = {}): Order {
  return {
    id: ORDER_ID,
    status,
    cardId: CARD_ID,
    maskedCardNumber: '•••• •••• 0018',
    quoteId: QUOTE_ID,
    plan: { ...snapshot, addOns: [] },
    lineItems: [{ kind: 'plan', description: 'Basic 30 days', amount: usd(1500) }],
    subtotal: usd(1500),
    discount: usd(0),
    total: usd(1500),
    promoCode: null,
    autoRenew: false,
    newExpiresAt: '2026-08-31T00:00:00Z',
    autoRenewal: null,
    email: null,
    partnerRef: null,
    payment: { provider: 'sandbox', nextAction: null },
    paymentMethod: null,
    lastPaymentError: null,
    failure: null,
    receipt: null,
    createdAt: '2026-07-12T10:00:00Z',
    updatedAt: '2026-07-12T10:00:00Z',
    ...overrides,
  };
}

export function customerSession(): CustomerSession {
  return { id: 'cus_0001', token: CUSTOMER_SESSION, customerId: 'partner-user-42', expiresAt: '2026-07-12T11:00:00Z' };
}

export function boundCards(): BoundCardList {
  return { cards: [card()] };
}

export function health(): Health {
  return { ok: true, version: '0.0.0-test', payments: 'sandbox' };
}

export function errorBody(
  code: ErrorCode,
  extra: { field?: string; retryAfterSeconds?: number; attemptsRemaining?: number; requestId?: string } = {},
) {
  return { error: { code, message: `server says ${code}`, requestId: extra.requestId ?? 'req_test', ...extra } };
}
