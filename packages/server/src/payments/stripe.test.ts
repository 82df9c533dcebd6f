import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { RouteResponse } from '@urcard/sdk';
import { SANDBOX_PARTNER } from '../domain/test-cards.ts';
import type { FakeStripe } from '../test-support/fake-stripe.ts';
import { FAKE_STRIPE_KEYS } from '../test-support/fake-stripe.ts';
import type { TestServer } from '../test-support/harness.ts';
import { CARDS, SK } from '../test-support/harness.ts';
import { stripePayment, stripeSuite } from '../test-support/stripe-suite.ts';

type Order = RouteResponse<'getOrder'>;

describe('Stripe payments (fake Stripe API, signed webhooks): PaymentIntents', () => {
  const suite = stripeSuite();
  let fake: FakeStripe;
  let server: TestServer;
  before(() => {
    ({ fake, server } = suite);
  });

  const getOrder = (orderId: string) => server.api.ok('getOrder', { params: { orderId } });
  const intentCreatesFor = (orderId: string) =>
    fake
      .requestsTo('/v1/payment_intents', 'POST')
      .filter((r) => (r.params.metadata as Record<string, string> | undefined)?.orderId === orderId);

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
  });

  it("GET hands the client secret only to the order's own card token (or the secret key)", async () => {
    const { order, session } = await server.api.order(CARDS.active);
    const secret = fake.intent(stripePayment(order).paymentIntentId).client_secret;
    const other = await server.api.verify(CARDS.expiring);
    const get = (options: { cardToken?: string; key?: string } = {}) =>
      server.api.ok('getOrder', { params: { orderId: order.id }, ...options });
    assert.equal(stripePayment(await get()).clientSecret, null, 'a publishable key and an order id are not enough');
    assert.equal(stripePayment(await get({ cardToken: session.cardToken })).clientSecret, secret, 'its card');
    assert.equal(stripePayment(await get({ cardToken: other.cardToken })).clientSecret, null, 'another card');
    assert.equal(stripePayment(await get({ key: SK })).clientSecret, secret, 'the secret key sees the whole order');
    await server.api.fails('getOrder', 'card_token_invalid', {
      params: { orderId: order.id },
      cardToken: 'ct_forgedforgedforgedforged',
    });
    // Withheld, the rest of the payment block is the same as the card's holder sees.
    assert.deepEqual(stripePayment(await get()), { ...stripePayment(order), clientSecret: null });
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
    assert.equal((await server.services.store.getCard(order.cardId!))!.providerCustomerId, customerId);

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
});
