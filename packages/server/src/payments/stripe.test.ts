import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { ErrorBody, RouteResponse } from '@urcard/sdk';
import type Stripe from 'stripe';
import { SANDBOX_PARTNER } from '../domain/test-cards.ts';
import type { DeliverOptions, FakeStripe } from '../test-support/fake-stripe.ts';
import { deliverWebhook, FAKE_STRIPE_KEYS, startFakeStripe } from '../test-support/fake-stripe.ts';
import type { TestServer } from '../test-support/harness.ts';
import { CARDS, startTestServer } from '../test-support/harness.ts';
import { STRIPE_WEBHOOK_PATH } from './stripe.ts';

type Order = RouteResponse<'getOrder'>;
type StripePayment = Extract<Order['payment'], { provider: 'stripe' }>;

const stripePayment = (order: Order): StripePayment => {
  assert.equal(order.payment.provider, 'stripe');
  return order.payment as StripePayment;
};

describe('Stripe payments (fake Stripe API, signed webhooks)', () => {
  let fake: FakeStripe;
  let server: TestServer;

  before(async () => {
    fake = await startFakeStripe();
    server = await startTestServer({ payments: 'stripe', seed: true, ...FAKE_STRIPE_KEYS, stripeApiBase: fake.url });
  });
  after(async () => {
    await server?.stop();
    await fake?.close();
  });

  const deliver = (event: Stripe.Event, options?: DeliverOptions) =>
    deliverWebhook(server.url + STRIPE_WEBHOOK_PATH, event, FAKE_STRIPE_KEYS.stripeWebhookSecret, options);
  const deliverOk = async (event: Stripe.Event): Promise<{ received: true; eventId: string; outcome: string }> => {
    const response = await deliver(event);
    const text = await response.text();
    assert.equal(response.status, 200, text);
    return JSON.parse(text);
  };
  const getOrder = (orderId: string) => server.api.ok('getOrder', { params: { orderId } });
  const intentCreatesFor = (orderId: string) =>
    fake
      .requestsTo('/v1/payment_intents', 'POST')
      .filter((r) => (r.params.metadata as Record<string, string> | undefined)?.orderId === orderId);
  const payments = (orderId: string) => server.services.store.listPayments(orderId);

  it('creates one PaymentIntent per order: amount, currency, methods, order id in metadata, our idempotency key', async () => {
    const { order } = await server.api.order(CARDS.active, { planId: 'basic-30', currency: 'EUR' });
    const creates = intentCreatesFor(order.id);
    assert.equal(creates.length, 1);
    const [create] = creates;
    assert.equal(create!.idempotencyKey, `order_${order.id}`);
    assert.equal(create!.params.amount, String(order.total.amount));
    assert.equal(create!.params.currency, 'eur');
    assert.deepEqual(create!.params.allowed_payment_method_types, ['card', 'alipay', 'wechat_pay']);
    assert.deepEqual(create!.params.payment_method_options, { wechat_pay: { client: 'web' } });
    assert.equal(create!.params.setup_future_usage, undefined, 'nothing saved without auto-renew');
    assert.equal(create!.params.customer, undefined);
    assert.deepEqual(create!.params.metadata, {
      orderId: order.id,
      cardId: order.cardId,
      partnerId: SANDBOX_PARTNER.id,
    });
    assert.match(String(create!.params.description), /•••• 0018/);

    const pi = fake.intent(stripePayment(order).paymentIntentId);
    assert.deepEqual(stripePayment(order), {
      provider: 'stripe',
      paymentIntentId: pi.id,
      clientSecret: pi.client_secret,
      publishableKey: FAKE_STRIPE_KEYS.stripePublishableKey,
      paymentMethodTypes: ['card', 'alipay', 'wechat_pay'],
    });
    assert.equal(stripePayment(await getOrder(order.id)).clientSecret, pi.client_secret, 'GET hands it out too');
  });

  it('with auto-renew: a Customer for the card, setup_future_usage off_session, and no WeChat Pay', async () => {
    const customersBefore = fake.requestsTo('/v1/customers', 'POST').length;
    const { order } = await server.api.order(
      CARDS.expiring,
      { planId: 'basic-30', currency: 'USD' },
      { autoRenew: true },
    );
    const customerCreates = fake.requestsTo('/v1/customers', 'POST').slice(customersBefore);
    assert.equal(customerCreates.length, 1);
    assert.equal(customerCreates[0]!.idempotencyKey, `order_${order.id}_customer`);
    const [customerId] = [...fake.customers.keys()].slice(-1);
    const [create] = intentCreatesFor(order.id);
    assert.equal(create!.params.customer, customerId);
    assert.equal(create!.params.setup_future_usage, 'off_session');
    assert.deepEqual(create!.params.allowed_payment_method_types, ['card', 'alipay']);
    assert.equal(create!.params.payment_method_options, undefined);
    assert.deepEqual(stripePayment(order).paymentMethodTypes, ['card', 'alipay']);
    assert.equal((await server.services.store.getCard(order.cardId))!.providerCustomerId, customerId);

    // The card keeps its Customer: a second auto-renew order does not make another.
    const second = await server.api.order(CARDS.expiring, { planId: 'basic-7' }, { autoRenew: true });
    assert.equal(fake.requestsTo('/v1/customers', 'POST').length, customersBefore + 1);
    assert.equal(intentCreatesFor(second.order.id)[0]!.params.customer, customerId);
  });

  it("offers only the partner's payment methods when the order narrows them", async () => {
    const { cardToken } = await server.api.verify(CARDS.active);
    const quote = await server.api.ok('createQuote', { cardToken, body: { planId: 'basic-7', currency: 'CNY' } });
    const order = await server.api.ok('createOrder', {
      cardToken,
      idempotencyKey: crypto.randomUUID(),
      body: { quoteId: quote.id, autoRenew: false, paymentMethodTypes: ['wechat_pay', 'alipay'] },
    });
    assert.deepEqual(intentCreatesFor(order.id)[0]!.params.allowed_payment_method_types, ['alipay', 'wechat_pay']);
    assert.equal(intentCreatesFor(order.id)[0]!.params.currency, 'cny');
    assert.deepEqual(stripePayment(order).paymentMethodTypes, ['alipay', 'wechat_pay']);
  });

  it('a retried order creation (same Idempotency-Key) gets the same PaymentIntent and client secret', async () => {
    const { cardToken } = await server.api.verify(CARDS.active);
    const quote = await server.api.ok('createQuote', { cardToken, body: { planId: 'basic-30', currency: 'HKD' } });
    const key = crypto.randomUUID();
    const call = () =>
      server.api.call('createOrder', { cardToken, idempotencyKey: key, body: { quoteId: quote.id, autoRenew: false } });
    const first = await call();
    const again = await call();
    assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
    const [a, b] = [first.body as Order, again.body as Order];
    assert.equal(b.id, a.id);
    assert.equal(stripePayment(b).paymentIntentId, stripePayment(a).paymentIntentId);
    assert.equal(stripePayment(b).clientSecret, stripePayment(a).clientSecret);
    assert.ok(stripePayment(b).clientSecret, 'the replay carries the client secret, which was not stored with it');
    assert.equal(intentCreatesFor(a.id).length, 1);
  });

  it('retries a Stripe outage with the same idempotency key: one PaymentIntent', async () => {
    fake.fail('POST', /^\/v1\/payment_intents$/, 500, 1);
    const { order } = await server.api.order(CARDS.active);
    const attempts = fake
      .requestsTo('/v1/payment_intents', 'POST')
      .filter((r) => r.idempotencyKey === `order_${order.id}`);
    assert.deepEqual(
      attempts.map((r) => r.status),
      [500, 200],
    );
    assert.equal(
      [...fake.paymentIntents.values()].filter((pi) => (pi.metadata as Record<string, string>).orderId === order.id)
        .length,
      1,
    );
  });

  it('answers payment_provider_error when Stripe stays unreachable, and stores no order', async () => {
    fake.fail('POST', /^\/v1\/payment_intents$/, 503, 3);
    const ordersBefore = (await server.services.store.listOrders({})).length;
    const { cardToken } = await server.api.verify(CARDS.active);
    const quote = await server.api.ok('createQuote', { cardToken, body: { planId: 'basic-30', currency: 'USD' } });
    await server.api.fails('createOrder', 'payment_provider_error', {
      cardToken,
      idempotencyKey: crypto.randomUUID(),
      body: { quoteId: quote.id, autoRenew: false },
    });
    assert.equal((await server.services.store.listOrders({})).length, ordersBefore);
  });

  it('fulfils from the signed webhook: succeeded → paid → provisioning → completed, receipt with the card', async () => {
    const { order } = await server.api.order(CARDS.active, { planId: 'basic-30', currency: 'USD' });
    const piId = stripePayment(order).paymentIntentId;
    const event = fake.pay(piId, 'pm_card_visa');
    assert.equal(event.type, 'payment_intent.succeeded');
    // Paid at Stripe, but nothing moves until Stripe's signed event says so (never the browser's word).
    assert.equal((await getOrder(order.id)).status, 'requires_payment');

    assert.deepEqual(await deliverOk(event), { received: true, eventId: event.id, outcome: 'applied' });
    const done = await server.api.waitForOrder(order.id, (o) => o.status === 'completed');
    const card = { type: 'card', brand: 'visa', last4: '4242' };
    assert.deepEqual(done.paymentMethod, card);
    assert.deepEqual(done.receipt!.paymentMethod, card);
    assert.deepEqual(done.receipt!.amount, order.total);
    assert.equal(stripePayment(done).clientSecret, null, 'no client secret once paid');
    const history = (await server.services.store.listOrderEvents(order.id)).map((e) => e.to);
    assert.deepEqual(history, ['requires_payment', 'paid', 'provisioning', 'completed']);
    const ledger = await payments(order.id);
    assert.deepEqual(
      ledger.map((p) => [p.kind, p.providerRef, p.amount]),
      [['charge', piId, order.total]],
    );
    // The method was read from Stripe (the event carries only ids), expanded.
    const read = fake.requestsTo(`/v1/payment_intents/${piId}`, 'GET').at(-1)!;
    assert.deepEqual(read.params.expand, ['latest_charge', 'payment_method']);
  });

  for (const [method, summary] of [
    ['pm_alipay', { type: 'alipay', brand: null, last4: null }],
    ['pm_wechat_pay', { type: 'wechat_pay', brand: null, last4: null }],
    ['pm_card_mastercard', { type: 'card', brand: 'mastercard', last4: '4444' }],
  ] as const) {
    it(`records the method that paid on the receipt: ${summary.type} ${summary.brand ?? ''}`, async () => {
      const { order } = await server.api.order(CARDS.active, { planId: 'basic-7', currency: 'CNY' });
      await deliverOk(fake.pay(stripePayment(order).paymentIntentId, method));
      const done = await server.api.waitForOrder(order.id, (o) => o.status === 'completed');
      assert.deepEqual(done.receipt!.paymentMethod, summary);
    });
  }

  it('payment_failed: the order stays payable with lastPaymentError, and a retry with another card completes it', async () => {
    const { order } = await server.api.order(CARDS.active);
    const piId = stripePayment(order).paymentIntentId;
    const failed = fake.pay(piId, 'pm_card_chargeDeclined');
    assert.equal(failed.type, 'payment_intent.payment_failed');
    assert.equal((await deliverOk(failed)).outcome, 'applied');
    const declined = await getOrder(order.id);
    assert.equal(declined.status, 'requires_payment');
    assert.deepEqual(declined.lastPaymentError, { code: 'card_declined', message: 'Your card was declined.' });
    assert.equal(stripePayment(declined).clientSecret, fake.intent(piId).client_secret, 'still payable');
    assert.deepEqual(await payments(order.id), []);

    await deliverOk(fake.pay(piId, 'pm_card_visa'));
    const done = await server.api.waitForOrder(order.id, (o) => o.status === 'completed');
    assert.equal(done.lastPaymentError, null);
  });

  it('maps a failed authentication to authentication_failed', async () => {
    const { order } = await server.api.order(CARDS.active);
    const pi = fake.intent(stripePayment(order).paymentIntentId);
    const event = fake.event('payment_intent.payment_failed', {
      ...pi,
      last_payment_error: {
        type: 'invalid_request_error',
        code: 'payment_intent_authentication_failure',
        message: 'We are unable to authenticate your payment method.',
      },
    });
    await deliverOk(event);
    assert.deepEqual((await getOrder(order.id)).lastPaymentError, {
      code: 'authentication_failed',
      message: 'We are unable to authenticate your payment method.',
    });
  });

  it('processing: the order waits in processing until the payment succeeds', async () => {
    const { order } = await server.api.order(CARDS.active);
    const piId = stripePayment(order).paymentIntentId;
    const processing = fake.pay(piId, 'pm_card_processing');
    assert.equal(processing.type, 'payment_intent.processing');
    await deliverOk(processing);
    assert.equal((await getOrder(order.id)).status, 'processing');
    await deliverOk(fake.complete(piId));
    await server.api.waitForOrder(order.id, (o) => o.status === 'completed');
  });

  it('3-D Secure in the browser: nothing happens until the customer passes it and Stripe says succeeded', async () => {
    const { order } = await server.api.order(CARDS.active);
    const piId = stripePayment(order).paymentIntentId;
    const action = fake.pay(piId, 'pm_card_authenticationRequired');
    assert.equal(action.type, 'payment_intent.requires_action');
    assert.equal((await deliverOk(action)).outcome, 'ignored');
    assert.equal((await getOrder(order.id)).status, 'requires_payment');
    await deliverOk(fake.complete(piId));
    const done = await server.api.waitForOrder(order.id, (o) => o.status === 'completed');
    assert.deepEqual(done.receipt!.paymentMethod, { type: 'card', brand: 'visa', last4: '3184' });
  });

  it('refuses a bad or missing signature with 400 and applies nothing', async () => {
    const { order } = await server.api.order(CARDS.active);
    const event = fake.pay(stripePayment(order).paymentIntentId, 'pm_card_visa');
    const tampered = JSON.stringify({ ...event, id: 'evt_forged' }, null, 2);
    const cases: [string, DeliverOptions, string | undefined][] = [
      ['no signature', { signature: null }, undefined],
      ['signed with another secret', {}, 'whsec_someoneElse'],
      ['a tampered body', { body: tampered }, undefined],
      ['a signature older than 5 minutes', { timestamp: Math.floor(Date.now() / 1000) - 600 }, undefined],
      ['garbage', { signature: 't=abc,v1=def' }, undefined],
    ];
    for (const [name, options, secret] of cases) {
      const response = await deliverWebhook(
        server.url + STRIPE_WEBHOOK_PATH,
        event,
        secret ?? FAKE_STRIPE_KEYS.stripeWebhookSecret,
        options,
      );
      assert.equal(response.status, 400, name);
      const body = (await response.json()) as ErrorBody;
      assert.equal(body.error.code, 'invalid_request', name);
      assert.equal(body.error.field, 'Stripe-Signature', name);
      assert.match(body.error.message, /Stripe-Signature|signature/i, name);
    }
    assert.equal((await getOrder(order.id)).status, 'requires_payment', 'nothing applied');
    // Nothing was recorded either: the genuine delivery of the same event is applied.
    assert.equal((await deliverOk(event)).outcome, 'applied');
  });

  it('counts a replayed event once: one payment in the ledger, however often and concurrently it comes', async () => {
    const { order } = await server.api.order(CARDS.active);
    const event = fake.pay(stripePayment(order).paymentIntentId, 'pm_card_visa');
    const outcomes = await Promise.all([deliverOk(event), deliverOk(event), deliverOk(event)]);
    assert.deepEqual(outcomes.map((o) => o.outcome).sort(), ['applied', 'duplicate', 'duplicate']);
    await server.api.waitForOrder(order.id, (o) => o.status === 'completed');
    assert.equal((await deliverOk(event)).outcome, 'duplicate', 'again, after completion');
    assert.equal((await payments(order.id)).length, 1);
    assert.equal(
      (await server.services.store.listJobs({ type: 'provision_order' })).filter((j) => j.payload.orderId === order.id)
        .length,
      1,
    );
  });

  it('ignores events that arrive out of order: processing after succeeded, older news after newer', async () => {
    const { order } = await server.api.order(CARDS.active);
    const piId = stripePayment(order).paymentIntentId;
    const processing = fake.pay(piId, 'pm_card_processing');
    const succeeded = fake.complete(piId);
    assert.equal((await deliverOk(succeeded)).outcome, 'applied');
    assert.equal((await deliverOk(processing)).outcome, 'stale');
    const done = await server.api.waitForOrder(order.id, (o) => o.status === 'completed');
    const history = (await server.services.store.listOrderEvents(order.id)).map((e) => e.to);
    assert.ok(!history.includes('processing'), `never went back: ${history}`);
    assert.equal(done.receipt!.paymentMethod.last4, '0077');

    // On a payable order, an event older than the latest news is ignored by its timestamp.
    const other = (await server.api.order(CARDS.active)).order;
    const pi = fake.intent(stripePayment(other).paymentIntentId);
    const now = Math.floor(Date.now() / 1000);
    const failed = fake.event(
      'payment_intent.payment_failed',
      { ...pi, last_payment_error: { type: 'card_error', code: 'card_declined', message: 'Declined.' } },
      now,
    );
    const earlierProcessing = fake.event('payment_intent.processing', { ...pi, status: 'processing' }, now - 30);
    assert.equal((await deliverOk(failed)).outcome, 'applied');
    assert.equal((await deliverOk(earlierProcessing)).outcome, 'stale');
    assert.equal((await getOrder(other.id)).status, 'requires_payment');
  });

  it('the carrier rejects the renewal: the order fails and Stripe is asked for exactly one refund', async () => {
    const { order } = await server.api.order(CARDS.rejected, { planId: 'basic-30', currency: 'JPY' });
    const piId = stripePayment(order).paymentIntentId;
    assert.equal(intentCreatesFor(order.id)[0]!.params.currency, 'jpy');
    assert.equal(intentCreatesFor(order.id)[0]!.params.amount, String(order.total.amount), 'yen have no minor unit');
    await deliverOk(fake.pay(piId, 'pm_card_visa'));
    const refunded = await server.api.waitForOrder(order.id, (o) => o.status === 'refunded');
    assert.deepEqual(refunded.failure, {
      code: 'carrier_rejected',
      message: refunded.failure!.message,
      refunded: true,
    });
    const refundRequests = fake.requestsTo('/v1/refunds', 'POST').filter((r) => r.params.payment_intent === piId);
    assert.equal(refundRequests.length, 1);
    assert.equal(refundRequests[0]!.idempotencyKey, `refund_${order.id}`);
    assert.equal(refundRequests[0]!.params.amount, String(order.total.amount));
    const refund = [...fake.refunds.values()].find((r) => r.payment_intent === piId)!;
    assert.deepEqual(
      (await payments(order.id)).map((p) => [p.kind, p.providerRef]),
      [
        ['charge', piId],
        ['refund', refund.id],
      ],
    );
    assert.equal(fake.charges.get(fake.intent(piId).latest_charge as string)!.refunded, true);
  });

  it('refunds are idempotent at Stripe too, and a payment refunded elsewhere is not refunded twice', async () => {
    const { order } = await server.api.order(CARDS.active);
    const piId = stripePayment(order).paymentIntentId;
    fake.pay(piId, 'pm_card_visa');
    const input = { orderId: order.id, paymentId: piId, amount: order.total, reason: 'test' };
    const provider = server.services.provider;
    const first = await provider.refund({ ...input, idempotencyKey: `refund_${order.id}` });
    const again = await provider.refund({ ...input, idempotencyKey: `refund_${order.id}` });
    assert.equal(again.refundId, first.refundId);
    assert.equal(
      fake
        .requestsTo('/v1/refunds', 'POST')
        .filter((r) => r.params.payment_intent === piId)
        .at(-1)!.replayed,
      true,
    );
    const other = await provider.refund({ ...input, idempotencyKey: 'refund_from_elsewhere' });
    assert.equal(other.refundId, first.refundId, 'already refunded: the existing refund');
    assert.equal([...fake.refunds.values()].filter((r) => r.payment_intent === piId).length, 1);
  });

  it('payment_intent.canceled cancels the order', async () => {
    const { order } = await server.api.order(CARDS.active);
    const pi = fake.intent(stripePayment(order).paymentIntentId);
    await deliverOk(fake.event('payment_intent.canceled', { ...pi, status: 'canceled' }));
    assert.equal((await getOrder(order.id)).status, 'canceled');
  });

  it('acknowledges events it does not act on, and events about payments that are not ours', async () => {
    const customer = fake.event('customer.created', { id: 'cus_x', object: 'customer' });
    assert.equal((await deliverOk(customer)).outcome, 'ignored');
    const stranger = fake.event('payment_intent.succeeded', {
      id: 'pi_notOurs',
      object: 'payment_intent',
      amount: 500,
      amount_received: 500,
      currency: 'usd',
      metadata: {},
      status: 'succeeded',
    });
    assert.equal((await deliverOk(stranger)).outcome, 'unknown_payment');
  });

  it('answers 404 sandbox_unavailable for the sandbox payment endpoints', async () => {
    const { order } = await server.api.order(CARDS.active);
    await server.api.fails('sandboxPay', 'sandbox_unavailable', {
      params: { orderId: order.id },
      body: { outcome: 'succeeded' },
    });
    await server.api.fails('sandboxChallenge', 'sandbox_unavailable', {
      params: { orderId: order.id },
      body: { result: 'approve' },
    });
    assert.equal((await getOrder(order.id)).status, 'requires_payment');
  });

  it('never writes a client secret or a Stripe key to the log or the database', async () => {
    const secrets = [
      ...[...fake.paymentIntents.values()].map((pi) => String(pi.client_secret)),
      FAKE_STRIPE_KEYS.stripeSecretKey,
      FAKE_STRIPE_KEYS.stripeWebhookSecret,
    ];
    assert.ok(secrets.length > 10);
    const log = server.rawLogs.join('\n');
    const files = [server.dbPath, `${server.dbPath}-wal`]
      .filter(existsSync)
      .map((f) => readFileSync(f).toString('latin1'));
    for (const secret of secrets) {
      assert.ok(!log.includes(secret), 'not in the log');
      for (const file of files) assert.ok(!file.includes(secret), 'not in the database');
    }
  });
});
