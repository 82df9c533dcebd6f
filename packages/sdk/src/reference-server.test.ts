// The SDK against the real reference server (@urcard/server) over HTTP on 127.0.0.1, with a real SQLite file.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { RunningServer } from '@urcard/server';
import { startServer } from '@urcard/server';
import { createBackOfficeClient } from './back-office.ts';
import type { UrcardClient } from './client.ts';
import { createClient } from './client.ts';
import { UrcardError } from './errors.ts';

const PIN = '1234';
const CARDS = {
  active: '8986010000000000018',
  expiring: '8986010000000000026',
  suspended: '8986010000000000042',
  rejected: '8986010000000000059',
};

let dir: string;
let server: RunningServer;
let urcard: UrcardClient;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'urcard-sdk-it-'));
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    db: join(dir, 'urcard.db'),
    payments: 'sandbox',
    log: false,
    carrierDelayMs: 30,
    jobPollMs: 30,
    scryptCost: 1024,
  });
  urcard = createClient({ apiBase: server.url, publishableKey: 'pk_test_demo', retryBaseDelayMs: 5 });
});
after(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

async function rejection(promise: Promise<unknown>): Promise<UrcardError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof UrcardError, `expected UrcardError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the call to fail');
}

const fast = { intervalMs: 25, slowIntervalMs: 25, timeoutMs: 10_000 };

describe('SDK against the reference server', () => {
  it('renews a card end to end: verify, plans, quote with promo, order, sandbox pay, completion', async () => {
    const { cardToken, card } = await urcard.cards.verify({ cardNumber: '8986 0100 0000 0000 026', pin: PIN });
    assert.equal(card.status, 'expiring');
    assert.ok(card.daysLeft <= 7);
    const { plans } = await urcard.plans.list({ cardToken, currency: 'EUR' });
    const plan = plans.find((p) => p.tier === 'basic');
    assert.ok(plan);
    assert.equal(plan.price.currency, 'EUR');
    const quote = await urcard.quotes.create({ cardToken, planId: plan.id, currency: 'EUR', promoCode: 'travel10' });
    assert.equal(quote.promo?.code, 'TRAVEL10');
    assert.equal(quote.discount.amount, Math.round(quote.subtotal.amount * 0.1));
    assert.equal(quote.total.amount, quote.subtotal.amount - quote.discount.amount);
    const order = await urcard.orders.create({ cardToken, quoteId: quote.id, autoRenew: false });
    assert.equal(order.status, 'requires_payment');
    assert.deepEqual(order.total, quote.total);
    const paid = await urcard.sandbox.pay(order.id, 'succeeded');
    assert.notEqual(paid.status, 'requires_payment');
    const seen: string[] = [];
    const done = await urcard.orders.waitForCompletion(order.id, { ...fast, onUpdate: (o) => seen.push(o.status) });
    assert.equal(done.status, 'completed');
    assert.ok(done.receipt);
    assert.deepEqual(done.receipt.amount, quote.total);
    assert.ok(Date.parse(done.receipt.newExpiresAt) > Date.parse(card.expiresAt));
    assert.ok(seen.includes('completed'));
  });

  it('replays an order for the same idempotency key and refuses another body under it', async () => {
    const { cardToken } = await urcard.cards.verify({ cardNumber: CARDS.active, pin: PIN });
    const { plans } = await urcard.plans.list({ cardToken, currency: 'USD' });
    const quote = await urcard.quotes.create({ cardToken, planId: plans[0]!.id, currency: 'USD' });
    const key = `it-${Date.now()}`;
    const first = await urcard.orders.create(
      { cardToken, quoteId: quote.id, autoRenew: false },
      { idempotencyKey: key },
    );
    const again = await urcard.orders.create(
      { cardToken, quoteId: quote.id, autoRenew: false },
      { idempotencyKey: key },
    );
    assert.equal(again.id, first.id);
    const conflict = await rejection(
      urcard.orders.create({ cardToken, quoteId: quote.id, autoRenew: true }, { idempotencyKey: key }),
    );
    assert.equal(conflict.code, 'idempotency_conflict');
    assert.equal(conflict.status, 422);
    assert.ok(conflict.requestId);
  });

  it('maps wrong PINs and unknown cards to the same invalid_credentials with attempts remaining', async () => {
    const wrong = await rejection(urcard.cards.verify({ cardNumber: CARDS.rejected, pin: '9999' }));
    assert.equal(wrong.code, 'invalid_credentials');
    assert.equal(wrong.status, 401);
    assert.equal(typeof wrong.attemptsRemaining, 'number');
    const unknown = await rejection(urcard.cards.verify({ cardNumber: '8986010000000000075', pin: '9999' }));
    assert.equal(unknown.code, 'invalid_credentials');
    assert.equal(typeof unknown.attemptsRemaining, 'number');
  });

  it('refuses a bad check digit before sending anything', async () => {
    const error = await rejection(urcard.cards.verify({ cardNumber: '8986010000000000019', pin: PIN }));
    assert.equal(error.code, 'invalid_card_number');
    assert.equal(error.status, 0);
    assert.equal(error.field, 'cardNumber');
  });

  it('reports promo errors by code', async () => {
    const { cardToken } = await urcard.cards.verify({ cardNumber: CARDS.active, pin: PIN });
    const { plans } = await urcard.plans.list({ cardToken, currency: 'USD' });
    const basic = plans.find((p) => p.tier === 'basic')!;
    const cases = { NOPE: 'promo_invalid', SPRING2025: 'promo_expired', ADVANCED20: 'promo_not_applicable' } as const;
    for (const [promoCode, code] of Object.entries(cases)) {
      const error = await rejection(urcard.quotes.create({ cardToken, planId: basic.id, currency: 'USD', promoCode }));
      assert.equal(error.code, code, promoCode);
    }
  });

  it('says a suspended card is not renewable, with the reason', async () => {
    const { card } = await urcard.cards.verify({ cardNumber: CARDS.suspended, pin: PIN });
    assert.equal(card.renewable, false);
    assert.equal(card.notRenewableReason?.code, 'suspended');
  });

  it('keeps a declined order payable, then completes it; walks a 3-D Secure challenge', async () => {
    const { cardToken } = await urcard.cards.verify({ cardNumber: CARDS.active, pin: PIN });
    const { plans } = await urcard.plans.list({ cardToken, currency: 'JPY' });
    const quote = await urcard.quotes.create({ cardToken, planId: plans[0]!.id, currency: 'JPY' });
    const order = await urcard.orders.create({ cardToken, quoteId: quote.id, autoRenew: false });
    const declined = await urcard.sandbox.pay(order.id, 'declined');
    assert.equal(declined.status, 'requires_payment');
    assert.equal(declined.lastPaymentError?.code, 'card_declined');
    const challenged = await urcard.sandbox.pay(order.id, 'requires_action');
    assert.ok(challenged.payment.provider === 'sandbox' && challenged.payment.nextAction?.type === 'three_d_secure');
    await urcard.sandbox.challenge(order.id, 'approve');
    const done = await urcard.orders.waitForCompletion(order.id, fast);
    assert.equal(done.status, 'completed');
  });

  it('follows a carrier rejection to a refund', async () => {
    const { cardToken } = await urcard.cards.verify({ cardNumber: CARDS.rejected, pin: PIN });
    const { plans } = await urcard.plans.list({ cardToken, currency: 'USD' });
    const quote = await urcard.quotes.create({ cardToken, planId: plans[0]!.id, currency: 'USD' });
    const order = await urcard.orders.create({ cardToken, quoteId: quote.id, autoRenew: false });
    await urcard.sandbox.pay(order.id, 'succeeded');
    const settled = await urcard.orders.waitForCompletion(order.id, fast);
    assert.ok(['failed', 'refunded'].includes(settled.status), settled.status);
    const final = settled.status === 'refunded' ? settled : await waitForStatus(order.id, 'refunded');
    assert.equal(final.failure?.code, 'carrier_rejected');
    assert.equal(final.failure?.refunded, true);
  });

  it('refuses auto-renew without a saved payment method, then allows it after an auto-renew order', async () => {
    const { cardToken } = await urcard.cards.verify({ cardNumber: CARDS.expiring, pin: PIN });
    const { card: before } = await urcard.cards.current({ cardToken });
    if (!before.autoRenew.hasPaymentMethod) {
      const refused = await rejection(urcard.cards.setAutoRenew({ cardToken, enabled: true }));
      assert.equal(refused.code, 'auto_renew_unavailable');
      const { plans } = await urcard.plans.list({ cardToken, currency: 'USD' });
      const plan = plans.find((p) => p.autoRenewAllowed)!;
      const quote = await urcard.quotes.create({ cardToken, planId: plan.id, currency: 'USD' });
      const order = await urcard.orders.create({ cardToken, quoteId: quote.id, autoRenew: true });
      await urcard.sandbox.pay(order.id, 'succeeded');
      await urcard.orders.waitForCompletion(order.id, fast);
    }
    const off = await urcard.cards.setAutoRenew({ cardToken, enabled: false });
    assert.equal(off.card.autoRenew.enabled, false);
    const on = await urcard.cards.setAutoRenew({ cardToken, enabled: true });
    assert.equal(on.card.autoRenew.enabled, true);
    assert.equal(on.card.autoRenew.hasPaymentMethod, true);
  });

  it('lists the cards bound to a customer session and selects one without a PIN', async () => {
    const admin = createClient({ apiBase: server.url, secretKey: 'sk_test_demo' });
    const session = await admin.customerSessions.create({ customerId: `traveller-${Date.now()}` });
    const withSession = createClient({
      apiBase: server.url,
      publishableKey: 'pk_test_demo',
      customerSession: session.token,
    });
    await withSession.cards.verify({ cardNumber: CARDS.expiring, pin: PIN });
    const { cards } = await withSession.customer.listCards({ customerSession: session.token });
    assert.equal(cards.length, 1);
    const selected = await withSession.customer.selectCard({ customerSession: session.token, cardId: cards[0]!.id });
    assert.equal(selected.card.id, cards[0]!.id);
    assert.match(selected.cardToken, /^ct_/);
  });

  it('back office with the secret key: lists orders a page at a time, refunds one, sees the email', async () => {
    const admin = createBackOfficeClient({ apiBase: server.url, secretKey: 'sk_test_demo', retryBaseDelayMs: 5 });
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { cardToken } = await urcard.cards.verify({ cardNumber: CARDS.active, pin: PIN });
      const quote = await urcard.quotes.create({ cardToken, planId: 'basic-30', currency: 'USD' });
      const order = await urcard.orders.create({
        cardToken,
        quoteId: quote.id,
        autoRenew: false,
        email: 'a@example.com',
        locale: 'ja',
      });
      made.push(order.id);
    }
    const page = await admin.orders.list({ limit: 2 });
    assert.equal(page.data.length, 2);
    assert.equal(page.hasMore, true);
    const all: string[] = [];
    for await (const order of admin.orders.listAll({ status: 'requires_payment' })) all.push(order.id);
    for (const id of made) assert.ok(all.includes(id), `${id} listed`);
    assert.equal(new Set(all).size, all.length);

    const last = made.at(-1)!;
    await urcard.sandbox.pay(last, 'succeeded');
    await urcard.orders.waitForCompletion(last, fast);
    assert.equal((await urcard.orders.get(last)).email, null, 'a publishable key does not see the email');
    assert.equal((await admin.orders.get(last)).email, 'a@example.com');
    const refunded = await admin.orders.refund(last, { reason: 'changed plans' });
    assert.equal(refunded.status, 'refunded');
    assert.equal(refunded.refund?.reversal, true);
    assert.equal(refunded.locale, 'ja');
    assert.throws(
      () => createBackOfficeClient({ apiBase: server.url, secretKey: 'pk_test_demo' }),
      (e: unknown) => e instanceof UrcardError && e.code === 'invalid_request' && e.field === 'secretKey',
      'a publishable key is refused before anything is sent',
    );
    const refusedDoubleRefund = await rejection(admin.orders.refund(last));
    assert.equal(refusedDoubleRefund.code, 'order_state_invalid');
    const cardId = (await admin.orders.get(last)).cardId!;
    const off = await admin.cards.setAutoRenew(cardId, { enabled: false });
    assert.equal(off.card.autoRenew.enabled, false);
    const unknown = await rejection(admin.cards.setAutoRenew('card_nobody', { enabled: false }));
    assert.equal(unknown.code, 'not_found');
  });

  it('back office imports cards, each one once; the customer then verifies one with its PIN', async () => {
    const admin = createBackOfficeClient({ apiBase: server.url, secretKey: 'sk_test_demo', retryBaseDelayMs: 5 });
    const number = '8949 0000 0000 0000 0015';
    const input = { cards: [{ cardNumber: number, pin: '4821' }] };
    const first = await admin.cards.import(input, { idempotencyKey: 'sdk-import-1' });
    assert.deepEqual(
      first.cards.map((c) => [c.last4, c.created]),
      [['0015', true]],
    );
    const again = await admin.cards.import(input);
    assert.deepEqual(again.cards, [{ ...first.cards[0]!, created: false }]);
    const conflict = await rejection(admin.cards.import({ cards: [{ cardNumber: number, pin: '9999' }] }));
    assert.equal(conflict.code, 'card_exists');
    assert.equal(conflict.field, 'cards.0.cardNumber');
    const session = await urcard.cards.verify({ cardNumber: number, pin: '4821' });
    assert.equal(session.card.id, first.cards[0]!.id);
    const bad = await rejection(admin.cards.import({ cards: [{ cardNumber: '8949000000000000016', pin: '4821' }] }));
    assert.equal(bad.code, 'invalid_request');
    assert.equal(bad.field, 'cards.0.cardNumber');
  });
});

describe('locale', () => {
  it('asks in the client’s locale on every call, and a call’s own locale wins', async () => {
    const korean = createClient({ apiBase: server.url, publishableKey: 'pk_test_demo', locale: 'ko-KR' });
    const { cardToken, card } = await korean.cards.verify({ cardNumber: CARDS.suspended, pin: PIN });
    assert.match(card.notRenewableReason!.message, /UR/);
    assert.doesNotMatch(card.notRenewableReason!.message, /carrier|support/i);
    const active = await korean.cards.verify({ cardNumber: CARDS.active, pin: PIN });
    const list = await korean.plans.list({ cardToken: active.cardToken, currency: 'KRW' });
    assert.equal(list.locale, 'ko');
    assert.equal(list.plans.find((p) => p.id === 'basic-7')!.name, '베이직 7일');
    const quote = await korean.quotes.create({ cardToken: active.cardToken, planId: 'basic-7', currency: 'KRW' });
    assert.deepEqual([quote.locale, quote.plan.name], ['ko', '베이직 7일']);
    const german = await korean.plans.list({ cardToken: active.cardToken, currency: 'EUR' }, { locale: 'de' });
    assert.equal(german.locale, 'de');
    assert.equal(german.plans.find((p) => p.id === 'basic-7')!.name, 'Basis 7 Tage');
    const english = await urcard.plans.list({ cardToken: active.cardToken, currency: 'USD' });
    assert.deepEqual([english.locale, english.plans.find((p) => p.id === 'basic-7')!.name], ['en', 'Basic 7 days']);
    assert.ok(cardToken);
  });
});

async function waitForStatus(orderId: string, status: string) {
  for (let i = 0; i < 200; i++) {
    const order = await urcard.orders.get(orderId);
    if (order.status === status) return order;
    await new Promise((r) => setTimeout(r, 25));
  }
  assert.fail(`order ${orderId} never reached ${status}`);
}
