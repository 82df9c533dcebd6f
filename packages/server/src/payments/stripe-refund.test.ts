import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { FakeStripe } from '../test-support/fake-stripe.ts';
import type { TestServer } from '../test-support/harness.ts';
import { CARDS } from '../test-support/harness.ts';
import { stripePayment, stripeSuite } from '../test-support/stripe-suite.ts';

describe('Stripe payments (fake Stripe API, signed webhooks): refunds', () => {
  const suite = stripeSuite();
  let fake: FakeStripe;
  let server: TestServer;
  before(() => {
    ({ fake, server } = suite);
  });

  const { deliverOk } = suite;
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
