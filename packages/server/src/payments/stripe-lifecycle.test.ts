import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { RouteResponse } from '@urcard/sdk';
import type Stripe from 'stripe';
import type { OrderRecord } from '../store/types.ts';
import type { FakeStripe } from '../test-support/fake-stripe.ts';
import { deliverWebhook, FAKE_STRIPE_KEYS, startFakeStripe } from '../test-support/fake-stripe.ts';
import type { TestServer } from '../test-support/harness.ts';
import { CARDS, DAY, movableClock, startTestServer } from '../test-support/harness.ts';
import { STRIPE_WEBHOOK_PATH } from './stripe.ts';

type Order = RouteResponse<'getOrder'>;
const intentId = (order: Order) => (order.payment.provider === 'stripe' ? order.payment.paymentIntentId : '');

/** Auto-renew off-session, unpaid orders, late payments and restarts: days pass on a movable clock. */
describe('Stripe over time: off-session auto-renew, unpaid orders, restarts', () => {
  const clock = movableClock();
  let fake: FakeStripe;
  let server: TestServer;
  let dir: string;
  const start = () =>
    startTestServer(
      { clock, payments: 'stripe', seed: true, resetTestCards: false, ...FAKE_STRIPE_KEYS, stripeApiBase: fake.url },
      dir,
    );

  before(async () => {
    fake = await startFakeStripe({ now: () => clock.now() });
    dir = await mkdtemp(join(tmpdir(), 'urcard-stripe-test-'));
    server = await start();
  });
  after(async () => {
    await server?.stop();
    await fake?.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Stripe signs with its own clock, which is the test's clock here. */
  const deliver = (event: Stripe.Event) =>
    deliverWebhook(server.url + STRIPE_WEBHOOK_PATH, event, FAKE_STRIPE_KEYS.stripeWebhookSecret, {
      timestamp: Math.floor(clock.now() / 1000),
    });
  const deliverOk = async (event: Stripe.Event) => {
    const response = await deliver(event);
    const text = await response.text();
    assert.equal(response.status, 200, text);
    return (JSON.parse(text) as { outcome: string }).outcome;
  };
  const eventFor = (type: string, paymentIntentId: string) =>
    fake.events.findLast((e) => e.type === type && (e.data.object as { id: string }).id === paymentIntentId)!;
  const offSessionOrders = async (cardId: string) =>
    (await server.services.store.listOrders({ cardId })).filter((o) => o.offSession);
  const waitFor = async <T>(what: string, probe: () => Promise<T | undefined>): Promise<T> => {
    for (let i = 0; i < 200; i++) {
      const value = await probe();
      if (value !== undefined) return value;
      await new Promise((r) => setTimeout(r, 25));
    }
    assert.fail(`timed out waiting for ${what}`);
  };
  const renewalIn = (cardId: string, statuses: OrderRecord['status'][], skip: string[] = []) =>
    waitFor(`an off-session order of ${cardId} in ${statuses}`, async () =>
      (await offSessionOrders(cardId)).find((o) => !skip.includes(o.id) && statuses.includes(o.status)),
    );
  /** Pays a new auto-renew order in the browser and lets the webhook complete it. */
  const paidAutoRenewOrder = async (cardNumber: string) => {
    const { order } = await server.api.order(cardNumber, { planId: 'basic-30', currency: 'USD' }, { autoRenew: true });
    assert.equal(await deliverOk(fake.pay(intentId(order), 'pm_card_visa')), 'applied');
    return server.api.waitForOrder(order.id, (o) => o.status === 'completed');
  };
  const moveToRenewalOf = async (cardId: string) => {
    const card = (await server.services.store.getCard(cardId))!;
    clock.advance(card.expiresAt - clock.now() - 3 * DAY + 60_000);
    return server.services.scheduler.runOnce();
  };

  it('fetches the client secret from Stripe again after a restart (it is never stored)', async () => {
    const { order, session } = await server.api.order(CARDS.active);
    const secret = order.payment.provider === 'stripe' ? order.payment.clientSecret : null;
    assert.ok(secret);
    await server.stop();
    server = await start();
    const reads = () => fake.requestsTo(`/v1/payment_intents/${intentId(order)}`, 'GET').length;
    const before = reads();
    const get = () => server.api.ok('getOrder', { params: { orderId: order.id }, cardToken: session.cardToken });
    const again = await get();
    assert.equal(again.payment.provider === 'stripe' && again.payment.clientSecret, secret);
    assert.equal(reads(), before + 1);
    await get();
    assert.equal(reads(), before + 1, 'then kept in memory: polling does not ask Stripe each time');
  });

  it('cancels unpaid orders at Stripe too, and refunds a payment that arrives for a canceled order', async () => {
    const unpaid = (await server.api.order(CARDS.active)).order;
    const late = (await server.api.order(CARDS.active)).order;
    const lateEvent = fake.pay(intentId(late), 'pm_card_visa'); // paid at the last moment; the event is late
    clock.advance(DAY + 60_000);
    assert.ok((await server.services.scheduler.runOnce()).unpaidCanceled >= 2);

    const cancel = fake.requestsTo(`/v1/payment_intents/${intentId(unpaid)}/cancel`, 'POST');
    assert.equal(cancel.length, 1);
    assert.equal(cancel[0]!.params.cancellation_reason, 'abandoned');
    assert.equal(fake.intent(intentId(unpaid)).status, 'canceled');
    assert.equal(await deliverOk(eventFor('payment_intent.canceled', intentId(unpaid))), 'stale');
    assert.equal(fake.requestsTo(`/v1/payment_intents/${intentId(late)}/cancel`, 'POST')[0]!.status, 400);

    assert.equal(await deliverOk(lateEvent), 'stale');
    const view = await server.api.ok('getOrder', { params: { orderId: late.id } });
    assert.equal(view.status, 'canceled');
    const refunds = fake.requestsTo('/v1/refunds', 'POST').filter((r) => r.params.payment_intent === intentId(late));
    assert.equal(refunds.length, 1);
    assert.equal(refunds[0]!.idempotencyKey, `refund_${late.id}`);
    assert.deepEqual(
      (await server.services.store.listPayments(late.id)).map((p) => p.kind),
      ['charge', 'refund'],
    );
    assert.equal(await deliverOk(lateEvent), 'duplicate');
    assert.equal(
      fake.requestsTo('/v1/refunds', 'POST').filter((r) => r.params.payment_intent === intentId(late)).length,
      1,
    );
    assert.equal((await server.services.store.listPayments(late.id)).length, 2);
  });

  it('renews off-session with the saved card: confirm + off_session, one charge, even when the webhook comes first', async () => {
    const first = await paidAutoRenewOrder(CARDS.expiring);
    const card = (await server.services.store.getCard((await server.services.store.getOrder(first.id))!.cardId))!;
    const pmId = fake.intent(intentId(first)).payment_method as string;
    assert.deepEqual(card.savedPaymentMethod, {
      provider: 'stripe',
      id: pmId,
      summary: { type: 'card', brand: 'visa', last4: '4242' },
    });
    assert.equal(card.autoRenew, true);
    assert.ok(card.providerCustomerId?.startsWith('cus_'));
    assert.equal(fake.paymentMethods.get(pmId)!.customer, card.providerCustomerId, 'Stripe saved it to the Customer');

    // Stripe answers the charge late, and its webhook overtakes the answer.
    const held = fake.hold('POST', /^\/v1\/payment_intents$/);
    assert.equal((await moveToRenewalOf(card.id)).autoRenewQueued, 1);
    await held.arrived;
    const charge = fake.requestsTo('/v1/payment_intents', 'POST').at(-1)!;
    const renewalId = (charge.params.metadata as Record<string, string>).orderId!;
    const early = fake.events.at(-1)!;
    assert.equal(early.type, 'payment_intent.succeeded');
    const response = await deliver(early);
    assert.equal(response.status, 503, 'too early: Stripe is asked to deliver again');
    assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'service_unavailable');
    held.release();

    const renewal = await renewalIn(card.id, ['completed']);
    assert.equal(renewal.id, renewalId);
    assert.equal(charge.idempotencyKey, `offsession_${renewal.id}`);
    assert.equal(charge.params.confirm, 'true');
    assert.equal(charge.params.off_session, 'true');
    assert.equal(charge.params.payment_method, pmId);
    assert.equal(charge.params.customer, card.providerCustomerId);
    assert.deepEqual(charge.params.allowed_payment_method_types, ['card']);
    assert.equal(charge.params.amount, String(renewal.total.amount));
    assert.equal(charge.params.currency, 'usd');
    assert.equal((charge.params.metadata as Record<string, string>).autoRenew, 'true');
    assert.deepEqual(renewal.receipt!.paymentMethod, { type: 'card', brand: 'visa', last4: '4242' });
    assert.deepEqual(
      (await server.services.store.listPayments(renewal.id)).map((p) => [p.kind, p.providerRef]),
      [['charge', renewal.providerPaymentId]],
    );
    // Delivered again (as Stripe will), the event changes nothing.
    assert.equal(await deliverOk(early), 'stale');
    assert.equal((await server.services.store.listPayments(renewal.id)).length, 1);
    assert.equal(
      fake.requestsTo('/v1/payment_intents', 'POST').filter((r) => r.idempotencyKey === charge.idempotencyKey).length,
      1,
    );
  });

  it('a declined off-session charge fails the renewal: no provisioning, no payment', async () => {
    const card = (await server.services.store.getCard('card_test0026'))!;
    const done = (await offSessionOrders(card.id)).map((o) => o.id);
    fake.setOutcome(card.savedPaymentMethod!.id, 'card_declined');
    assert.equal((await moveToRenewalOf(card.id)).autoRenewQueued, 1);
    const failed = await renewalIn(card.id, ['failed'], done);
    assert.deepEqual(failed.failure, { code: 'payment_failed', message: 'Your card was declined.', refunded: false });
    assert.deepEqual(failed.lastPaymentError, { code: 'card_declined', message: 'Your card was declined.' });
    assert.ok(failed.providerPaymentId?.startsWith('pi_'), 'the declined PaymentIntent');
    assert.equal(fake.intent(failed.providerPaymentId!).status, 'requires_payment_method');
    const attempt = fake
      .requestsTo('/v1/payment_intents', 'POST')
      .filter((r) => r.idempotencyKey === `offsession_${failed.id}`);
    assert.deepEqual(
      attempt.map((r) => r.status),
      [402],
    );
    assert.deepEqual(await server.services.store.listPayments(failed.id), []);
    const events = await server.services.store.listEvents({ partnerId: failed.partnerId, limit: 100 });
    assert.deepEqual(
      events.filter((e) => e.orderId === failed.id).map((e) => e.type),
      ['auto_renew.failed', 'renewal.failed', 'order.created'],
      'the failed auto-renewal is announced to the partner',
    );
    const jobs = await server.services.store.listJobs({ type: 'provision_order' });
    assert.ok(!jobs.some((j) => j.payload.orderId === failed.id));
    // Stripe's payment_failed event for it comes later and changes nothing.
    assert.equal(await deliverOk(eventFor('payment_intent.payment_failed', failed.providerPaymentId!)), 'stale');
  });

  it('a bank asking for authentication off-session fails the renewal with authentication_failed', async () => {
    const first = await paidAutoRenewOrder(CARDS.expired);
    const card = (await server.services.store.getCard((await server.services.store.getOrder(first.id))!.cardId))!;
    fake.setOutcome(card.savedPaymentMethod!.id, 'authentication_required');
    assert.equal((await moveToRenewalOf(card.id)).autoRenewQueued, 1);
    const failed = await renewalIn(card.id, ['failed']);
    assert.equal(failed.lastPaymentError?.code, 'authentication_failed');
    assert.equal(failed.failure?.code, 'payment_failed');
  });

  it('an off-session charge still processing is finished by the succeeded webhook', async () => {
    const first = await paidAutoRenewOrder(CARDS.active);
    const card = (await server.services.store.getCard((await server.services.store.getOrder(first.id))!.cardId))!;
    fake.setOutcome(card.savedPaymentMethod!.id, 'processing');
    assert.equal((await moveToRenewalOf(card.id)).autoRenewQueued, 1);
    const processing = await renewalIn(card.id, ['processing']);
    // Settled within the same second: Stripe's event (dated to the second) is not taken for older news.
    assert.equal(await deliverOk(fake.complete(processing.providerPaymentId!)), 'applied');
    const done = await renewalIn(card.id, ['completed']);
    assert.equal(done.id, processing.id);
    assert.equal((await server.services.store.listPayments(done.id)).length, 1);
  });
});
