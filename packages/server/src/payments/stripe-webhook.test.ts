import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import type { ErrorBody } from '@urcard/sdk';
import type { DeliverOptions, FakeStripe } from '../test-support/fake-stripe.ts';
import { deliverWebhook, FAKE_STRIPE_KEYS } from '../test-support/fake-stripe.ts';
import type { TestServer } from '../test-support/harness.ts';
import { CARDS } from '../test-support/harness.ts';
import { stripePayment, stripeSuite } from '../test-support/stripe-suite.ts';
import { STRIPE_WEBHOOK_PATH } from './stripe.ts';

describe('Stripe payments (fake Stripe API, signed webhooks): webhook events', () => {
  const suite = stripeSuite();
  let fake: FakeStripe;
  let server: TestServer;
  before(() => {
    ({ fake, server } = suite);
  });

  const { deliverOk } = suite;
  const getOrder = (orderId: string) => server.api.ok('getOrder', { params: { orderId } });
  const payments = (orderId: string) => server.services.store.listPayments(orderId);

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
    const { order, session } = await server.api.order(CARDS.active);
    const piId = stripePayment(order).paymentIntentId;
    const failed = fake.pay(piId, 'pm_card_chargeDeclined');
    assert.equal(failed.type, 'payment_intent.payment_failed');
    assert.equal((await deliverOk(failed)).outcome, 'applied');
    const declined = await server.api.ok('getOrder', { params: { orderId: order.id }, cardToken: session.cardToken });
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
