import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RouteResponse } from '@urcard/sdk';
import type Stripe from 'stripe';
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

describe('Stripe payments (fake Stripe API, signed webhooks): refunds', () => {
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
  const intentCreatesFor = (orderId: string) =>
    fake
      .requestsTo('/v1/payment_intents', 'POST')
      .filter((r) => (r.params.metadata as Record<string, string> | undefined)?.orderId === orderId);
  const payments = (orderId: string) => server.services.store.listPayments(orderId);

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
});
