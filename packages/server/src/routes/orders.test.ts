import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { ErrorBody, Order } from '@urcard/sdk';
import { sha256 } from '../ids.ts';
import { FakeStripeProvider, SlowSandboxProvider } from '../test-support/fake-provider.ts';
import { FAKE_STRIPE_KEYS } from '../test-support/fake-stripe.ts';
import type { TestServer } from '../test-support/harness.ts';
import { CARDS, DAY, SK, startTestServer } from '../test-support/harness.ts';

describe('orders with sandbox payments', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  const history = async (orderId: string) =>
    (await server.services.store.listOrderEvents(orderId)).map((e) => `${e.from ?? '∅'}→${e.to}`);

  it('creates an order priced from the quote, then a succeeded payment goes processing → paid → provisioning → completed', async () => {
    const { quote, order, session } = await server.api.order(
      CARDS.expiring,
      { planId: 'advanced-30', currency: 'EUR', promoCode: 'TRAVEL10' },
      { email: 'ana@example.com' },
    );
    assert.equal(order.status, 'requires_payment');
    assert.deepEqual(order.total, quote.total);
    assert.equal(order.promoCode, 'TRAVEL10');
    assert.equal(order.email, 'ana@example.com');
    assert.deepEqual(order.payment, { provider: 'sandbox', nextAction: null });

    const paid = await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    assert.equal(paid.status, 'paid');
    assert.deepEqual(paid.paymentMethod, { type: 'sandbox', brand: 'visa', last4: '4242' });
    const done = await server.api.waitForOrder(order.id, (o) => o.status === 'completed');
    assert.deepEqual(await history(order.id), [
      '∅→requires_payment',
      'requires_payment→processing',
      'processing→paid',
      'paid→provisioning',
      'provisioning→completed',
    ]);
    const receipt = done.receipt!;
    assert.match(receipt.number, /^UR-\d{8}-[A-Z0-9]{8}$/);
    assert.deepEqual(receipt.amount, quote.total);
    assert.equal(receipt.planName, 'Advanced 30 days');
    assert.equal(
      Date.parse(receipt.newExpiresAt) - Date.parse(receipt.previousExpiresAt),
      30 * DAY,
      'renewed from the old expiry',
    );
    const { card } = await server.api.ok('currentCard', { cardToken: session.cardToken });
    assert.equal(card.expiresAt, receipt.newExpiresAt);
    assert.equal(card.daysLeft, 33);
    assert.equal(card.status, 'active');
    assert.equal(card.balance.dataMb, null);
    assert.equal(card.balance.minutes, 500);
    const payments = await server.services.store.listPayments(order.id);
    assert.deepEqual(
      payments.map((p) => [p.kind, p.amount.amount]),
      [['charge', quote.total.amount]],
    );
  });

  it('keeps a declined order payable, with the reason, and lets it be paid again', async () => {
    const { order } = await server.api.order(CARDS.active);
    const declined = await server.api.ok('sandboxPay', {
      params: { orderId: order.id },
      body: { outcome: 'declined' },
    });
    assert.equal(declined.status, 'requires_payment');
    assert.equal(declined.lastPaymentError?.code, 'card_declined');
    const paid = await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    assert.equal(paid.status, 'paid');
    assert.equal(paid.lastPaymentError, null);
    await server.api.waitForOrder(order.id, (o) => o.status === 'completed');
  });

  it('simulates 3-D Secure: a failed challenge leaves the order payable, an approved one pays it', async () => {
    const { order } = await server.api.order(CARDS.active);
    const challenged = await server.api.ok('sandboxPay', {
      params: { orderId: order.id },
      body: { outcome: 'requires_action' },
    });
    assert.equal(challenged.status, 'requires_payment');
    assert.equal(challenged.payment.provider === 'sandbox' && challenged.payment.nextAction?.type, 'three_d_secure');
    const failed = await server.api.ok('sandboxChallenge', { params: { orderId: order.id }, body: { result: 'fail' } });
    assert.equal(failed.status, 'requires_payment');
    assert.equal(failed.lastPaymentError?.code, 'authentication_failed');
    assert.deepEqual(failed.payment, { provider: 'sandbox', nextAction: null });
    await server.api.fails('sandboxChallenge', 'order_state_invalid', {
      params: { orderId: order.id },
      body: { result: 'approve' },
    });

    await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'requires_action' } });
    const approved = await server.api.ok('sandboxChallenge', {
      params: { orderId: order.id },
      body: { result: 'approve' },
    });
    assert.equal(approved.status, 'paid');
    await server.api.waitForOrder(order.id, (o) => o.status === 'completed');
    await server.api.fails('sandboxPay', 'order_state_invalid', {
      params: { orderId: order.id },
      body: { outcome: 'succeeded' },
    });
  });

  it('renews an expired card from today', async () => {
    const { order } = await server.api.order(CARDS.expired, { planId: 'basic-7' });
    await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    const done = await server.api.waitForOrder(order.id, (o) => o.status === 'completed');
    const from = Date.parse(done.receipt!.newExpiresAt) - 7 * DAY;
    assert.ok(Math.abs(from - Date.now()) < 5000, 'the 7 days start now, not at the old expiry');
    assert.ok(Date.parse(done.receipt!.previousExpiresAt) < Date.now() - 9 * DAY);
  });

  it('replays the same response for the same Idempotency-Key and body, and refuses another body', async () => {
    const { session, quote } = await server.api.order(CARDS.active);
    const key = crypto.randomUUID();
    const body = { quoteId: quote.id, autoRenew: false };
    const first = await server.api.call('createOrder', { cardToken: session.cardToken, idempotencyKey: key, body });
    const second = await server.api.call('createOrder', { cardToken: session.cardToken, idempotencyKey: key, body });
    assert.equal(first.status, 200);
    assert.deepEqual(second.body, first.body);
    assert.equal(second.headers.get('Idempotent-Replayed'), 'true');
    assert.equal(first.headers.get('Idempotent-Replayed'), null);
    const orders = await server.services.store.listOrders({ cardId: 'card_test0018' });
    assert.equal(orders.filter((o) => o.id === (first.body as Order).id).length, 1);

    const conflict = await server.api.fails('createOrder', 'idempotency_conflict', {
      cardToken: session.cardToken,
      idempotencyKey: key,
      body: { ...body, autoRenew: true },
    });
    assert.equal(conflict.status, 422);
    await server.api.fails('createOrder', 'invalid_request', {
      cardToken: session.cardToken,
      idempotencyKey: 'bad key with spaces',
      body,
    });
  });

  it('replays a stored error too, for the same key', async () => {
    const { session, quote } = await server.api.order(CARDS.active, {
      custom: { dataMb: 1024, minutes: 0, validityDays: 7 },
    });
    const key = crypto.randomUUID();
    const body = { quoteId: quote.id, autoRenew: true };
    const first = await server.api.fails('createOrder', 'auto_renew_unavailable', {
      cardToken: session.cardToken,
      idempotencyKey: key,
      body,
    });
    const again = await server.api.fails('createOrder', 'auto_renew_unavailable', {
      cardToken: session.cardToken,
      idempotencyKey: key,
      body,
    });
    assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
    assert.equal(again.error.requestId, first.error.requestId);
  });

  it('works without an Idempotency-Key too (each call is a new order)', async () => {
    const { session, quote } = await server.api.order(CARDS.active);
    const a = await server.api.ok('createOrder', {
      cardToken: session.cardToken,
      body: { quoteId: quote.id, autoRenew: false },
    });
    const b = await server.api.ok('createOrder', {
      cardToken: session.cardToken,
      body: { quoteId: quote.id, autoRenew: false },
    });
    assert.notEqual(a.id, b.id);
  });

  it('finds only orders of the partner, and quotes of the card', async () => {
    await server.services.store.upsertPartner({
      id: 'ptr_other',
      name: 'Other',
      publishableKey: 'pk_test_other',
      secretKeyHash: sha256('sk_test_other'),
      allowedOrigins: [],
      createdAt: Date.now(),
    });
    const { order, quote } = await server.api.order(CARDS.active);
    await server.api.fails('getOrder', 'not_found', { key: 'pk_test_other', params: { orderId: order.id } });
    await server.api.fails('getOrder', 'not_found', { params: { orderId: 'ord_doesnotexist' } });
    await server.api.fails('getOrder', 'not_found', { params: { orderId: 'not-an-id' } });
    await server.api.fails('sandboxPay', 'not_found', {
      key: 'pk_test_other',
      params: { orderId: order.id },
      body: { outcome: 'succeeded' },
    });
    const other = await server.api.verify(CARDS.expiring);
    await server.api.fails('createOrder', 'not_found', {
      cardToken: other.cardToken,
      body: { quoteId: quote.id, autoRenew: false },
    });
    await server.api.fails('createOrder', 'invalid_request', {
      cardToken: other.cardToken,
      body: { quoteId: 'nope', autoRenew: false },
    });
    await server.api.ok('getOrder', { key: SK, params: { orderId: order.id } });
  });

  it('refuses orders for a suspended card', async () => {
    const suspended = await server.api.verify(CARDS.suspended);
    await server.api.fails('createOrder', 'card_not_renewable', {
      cardToken: suspended.cardToken,
      body: { quoteId: 'quo_whatever', autoRenew: false },
    });
  });

  it('saves the payment method and turns auto-renew on when an auto-renew order is paid; it can be turned off and on', async () => {
    const { order, session } = await server.api.order(CARDS.active, { planId: 'basic-30' }, { autoRenew: true });
    await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    await server.api.waitForOrder(order.id, (o) => o.status === 'completed');
    const { card } = await server.api.ok('currentCard', { cardToken: session.cardToken });
    assert.equal(card.autoRenew.enabled, true);
    assert.equal(card.autoRenew.hasPaymentMethod, true);
    const off = await server.api.ok('setAutoRenew', { cardToken: session.cardToken, body: { enabled: false } });
    assert.deepEqual(off.card.autoRenew, { enabled: false, hasPaymentMethod: true, nextCharge: null });
    const on = await server.api.ok('setAutoRenew', { cardToken: session.cardToken, body: { enabled: true } });
    assert.deepEqual(on.card.autoRenew, card.autoRenew, 'on again: the same next charge');
  });
});

describe('idempotency while the first request is still running', () => {
  it('answers request_in_progress, then replays the finished response', async () => {
    const server = await startTestServer({ paymentProvider: new SlowSandboxProvider(400) });
    try {
      const session = await server.api.verify(CARDS.active);
      const quote = await server.api.ok('createQuote', {
        cardToken: session.cardToken,
        body: { planId: 'basic-7', currency: 'USD' },
      });
      const key = crypto.randomUUID();
      const options = {
        cardToken: session.cardToken,
        idempotencyKey: key,
        body: { quoteId: quote.id, autoRenew: false },
      };
      const firstCall = server.api.call('createOrder', options);
      await new Promise((r) => setTimeout(r, 100));
      const busy = await server.api.fails('createOrder', 'request_in_progress', options);
      assert.equal(busy.status, 409);
      assert.ok(Number(busy.headers.get('Retry-After')) >= 1);
      const first = await firstCall;
      assert.equal(first.status, 200);
      const replay = await server.api.call('createOrder', options);
      assert.deepEqual(replay.body, first.body);
      assert.equal((await server.services.store.listOrders({ cardId: 'card_test0018' })).length, 1);
    } finally {
      await server.stop();
    }
  });
});

describe('orders with a provider other than the sandbox', () => {
  let server: TestServer;
  let provider: FakeStripeProvider;
  before(async () => {
    provider = new FakeStripeProvider();
    server = await startTestServer({
      paymentProvider: provider,
      seed: true,
      encryptionKey: FAKE_STRIPE_KEYS.encryptionKey,
    });
  });
  after(() => server.stop());

  it('hides the sandbox routes', async () => {
    const { order } = await server.api.order(CARDS.active);
    const { error } = await server.api.fails('sandboxPay', 'sandbox_unavailable', {
      params: { orderId: order.id },
      body: { outcome: 'succeeded' },
    });
    assert.match(error.message, /sandbox mode/);
    await server.api.fails('sandboxChallenge', 'sandbox_unavailable', {
      params: { orderId: order.id },
      body: { result: 'approve' },
    });
    assert.equal((await server.api.ok('health')).payments, 'stripe');
  });

  it('hands the client secret to the client, leaves WeChat Pay out with auto-renew, and never stores the secret', async () => {
    const key = crypto.randomUUID();
    const { order, session, quote } = await server.api.order(
      CARDS.expiring,
      { planId: 'basic-30' },
      { autoRenew: true, idempotencyKey: key },
    );
    assert.equal(order.payment.provider, 'stripe');
    if (order.payment.provider !== 'stripe') return;
    assert.match(order.payment.clientSecret ?? '', /_secret_/);
    assert.deepEqual(order.payment.paymentMethodTypes, ['card', 'alipay']);
    const secret = order.payment.clientSecret!;
    const replay = await server.api.ok('createOrder', {
      cardToken: session.cardToken,
      idempotencyKey: key,
      body: { quoteId: quote.id, autoRenew: true },
    });
    assert.equal(
      replay.payment.provider === 'stripe' && replay.payment.clientSecret,
      secret,
      'a replay gets the secret from the provider',
    );
    const plain = await server.api.order(CARDS.expiring, { planId: 'basic-30' }, { autoRenew: false });
    assert.deepEqual(plain.order.payment.provider === 'stripe' && plain.order.payment.paymentMethodTypes, [
      'card',
      'alipay',
      'wechat_pay',
    ]);

    // The partner may offer fewer methods; WeChat Pay alone cannot carry auto-renew.
    const chosen = await server.api.ok('createOrder', {
      cardToken: session.cardToken,
      body: { quoteId: quote.id, autoRenew: false, paymentMethodTypes: ['wechat_pay', 'card'] },
    });
    assert.deepEqual(chosen.payment.provider === 'stripe' && chosen.payment.paymentMethodTypes, ['card', 'wechat_pay']);
    const none = await server.api.fails('createOrder', 'invalid_request', {
      cardToken: session.cardToken,
      body: { quoteId: quote.id, autoRenew: true, paymentMethodTypes: ['wechat_pay'] },
    });
    assert.equal(none.error.field, 'paymentMethodTypes');

    await server.services.store.purgeExpired(Date.now());
    for (const file of [server.dbPath, `${server.dbPath}-wal`]) {
      const bytes = await readFile(file).catch(() => Buffer.alloc(0));
      assert.ok(!bytes.includes(secret), `${file} does not contain the client secret`);
      assert.ok(!bytes.includes(session.cardToken), `${file} does not contain the card token`);
      assert.ok(!bytes.includes(CARDS.expiring), `${file} does not contain the card number`);
    }
  });

  it('moves orders on provider events by payment id, once per event id, ignoring stale news', async () => {
    const { order } = await server.api.order(CARDS.active);
    const paymentId = order.payment.provider === 'stripe' ? order.payment.paymentIntentId : '';
    const apply = server.services.orders.applyPaymentEvent.bind(server.services.orders);
    const t = Date.now();
    assert.equal(
      (await apply({ provider: 'stripe', eventId: 'evt_1', paymentId, type: 'processing', occurredAt: t })).outcome,
      'applied',
    );
    assert.equal(
      (await apply({ provider: 'stripe', eventId: 'evt_1', paymentId, type: 'processing', occurredAt: t })).outcome,
      'duplicate',
    );
    const method = {
      summary: { type: 'card' as const, brand: 'visa', last4: '4242' },
      providerId: 'pm_1',
      reusable: true,
    };
    const paid = await apply({
      provider: 'stripe',
      eventId: 'evt_2',
      paymentId,
      type: 'succeeded',
      occurredAt: t + 2000,
      paymentMethod: method,
      amount: order.total,
    });
    assert.deepEqual([paid.outcome, paid.status], ['applied', 'paid']);
    // Late deliveries: an older failure, a processing after success.
    assert.equal(
      (await apply({ provider: 'stripe', eventId: 'evt_0', paymentId, type: 'failed', occurredAt: t + 1000 })).outcome,
      'stale',
    );
    assert.equal(
      (await apply({ provider: 'stripe', eventId: 'evt_3', paymentId, type: 'processing', occurredAt: t + 3000 }))
        .outcome,
      'stale',
    );
    assert.equal(
      (await apply({ provider: 'stripe', eventId: 'evt_4', paymentId: 'pi_unknown', type: 'succeeded' })).outcome,
      'unknown_payment',
    );
    const done = await server.api.waitForOrder(order.id, (o) => o.status === 'completed');
    assert.deepEqual(done.paymentMethod, method.summary);
    assert.equal(done.payment.provider === 'stripe' && done.payment.clientSecret, null, 'no client secret once paid');
    assert.equal((await server.services.store.listPayments(order.id)).length, 1);
  });

  it('refunds through the provider when the carrier rejects', async () => {
    const { order } = await server.api.order(CARDS.rejected);
    const paymentId = order.payment.provider === 'stripe' ? order.payment.paymentIntentId : '';
    await server.services.orders.applyPaymentEvent({
      provider: 'stripe',
      eventId: 'evt_r1',
      paymentId,
      type: 'succeeded',
      amount: order.total,
    });
    const refunded = await server.api.waitForOrder(order.id, (o) => o.status === 'refunded');
    assert.equal(refunded.failure?.code, 'carrier_rejected');
    assert.equal(refunded.failure?.refunded, true);
    assert.deepEqual(
      provider.refunds.map((r) => [r.paymentId, r.amount.amount]),
      [[paymentId, order.total.amount]],
    );
  });

  it('answers payment_provider_error when the provider cannot create the payment', async () => {
    provider.failCreate = true;
    try {
      const session = await server.api.verify(CARDS.active);
      const quote = await server.api.ok('createQuote', {
        cardToken: session.cardToken,
        body: { planId: 'basic-7', currency: 'USD' },
      });
      const key = crypto.randomUUID();
      const body = { quoteId: quote.id, autoRenew: false };
      const { status } = await server.api.fails('createOrder', 'payment_provider_error', {
        cardToken: session.cardToken,
        idempotencyKey: key,
        body,
      });
      assert.equal(status, 502);
      provider.failCreate = false;
      // A 5xx is not stored: the same key works once the provider is back.
      const retry = await server.api.call('createOrder', { cardToken: session.cardToken, idempotencyKey: key, body });
      assert.equal(retry.status, 200, JSON.stringify((retry.body as ErrorBody).error));
    } finally {
      provider.failCreate = false;
    }
  });
});
