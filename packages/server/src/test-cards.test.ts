import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CARRIER_REJECTION_REASON } from './carrier/simulated.ts';
import type { TestServer } from './test-support/harness.ts';
import { CARDS, DAY, startTestServer } from './test-support/harness.ts';

/** Each test card of docs/testing.md, paid in the sandbox, to its end state. */
describe('test card stories', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ carrierDelayMs: 100, slowCarrierDelayMs: 1500 });
  });
  after(() => server.stop());

  const payAndWait = async (number: string, planId: string, until: string[], timeoutMs = 5000) => {
    const { order, session } = await server.api.order(number, { planId });
    await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    const done = await server.api.waitForOrder(order.id, (o) => until.includes(o.status), timeoutMs);
    return { order: done, session };
  };

  it('…0018 (20 days left) renews from its expiry: 20 + 30 days', async () => {
    const { order, session } = await payAndWait(CARDS.active, 'basic-30', ['completed']);
    assert.equal(Date.parse(order.receipt!.newExpiresAt) - Date.parse(order.receipt!.previousExpiresAt), 30 * DAY);
    assert.equal((await server.api.ok('currentCard', { cardToken: session.cardToken })).card.daysLeft, 50);
  });

  it('…0026 (expiring in 3 days) becomes active with 3 + 7 days', async () => {
    const { session } = await payAndWait(CARDS.expiring, 'advanced-7', ['completed']);
    const { card } = await server.api.ok('currentCard', { cardToken: session.cardToken });
    assert.deepEqual([card.status, card.daysLeft], ['active', 10]);
  });

  it('…0034 (expired 10 days ago) starts its renewal today', async () => {
    const { session } = await payAndWait(CARDS.expired, 'basic-90', ['completed']);
    const { card } = await server.api.ok('currentCard', { cardToken: session.cardToken });
    assert.deepEqual([card.status, card.daysLeft], ['active', 90]);
  });

  it('…0042 (suspended) cannot be renewed and says why', async () => {
    const { card, cardToken } = await server.api.verify(CARDS.suspended);
    assert.equal(card.renewable, false);
    assert.ok(card.notRenewableReason?.message);
    const { error } = await server.api.fails('createQuote', 'card_not_renewable', {
      cardToken,
      body: { planId: 'basic-30', currency: 'USD' },
    });
    assert.equal(error.message, card.notRenewableReason?.message);
  });

  it('…0059: the carrier rejects, the order fails and the payment is refunded (recorded)', async () => {
    const { order, session } = await payAndWait(CARDS.rejected, 'basic-30', ['refunded']);
    assert.deepEqual(order.failure, { code: 'carrier_rejected', message: CARRIER_REJECTION_REASON, refunded: true });
    assert.equal(order.receipt, null);
    const events = (await server.services.store.listOrderEvents(order.id)).map((e) => e.to);
    assert.deepEqual(events.slice(-3), ['provisioning', 'failed', 'refunded']);
    const ledger = await server.services.store.listPayments(order.id);
    assert.deepEqual(
      ledger.map((p) => [p.kind, p.amount.amount]),
      [
        ['charge', order.total.amount],
        ['refund', order.total.amount],
      ],
    );
    const { card } = await server.api.ok('currentCard', { cardToken: session.cardToken });
    assert.equal(card.daysLeft, 12, 'the card is unchanged');
  });

  it('…0067: the carrier is slow; the order stays provisioning, then completes', async () => {
    const { order } = await server.api.order(CARDS.slow, { planId: 'advanced-30' });
    const started = Date.now();
    await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    await server.api.waitForOrder(order.id, (o) => o.status === 'provisioning');
    await new Promise((r) => setTimeout(r, 600));
    assert.equal((await server.api.ok('getOrder', { params: { orderId: order.id } })).status, 'provisioning');
    const done = await server.api.waitForOrder(order.id, (o) => o.status === 'completed', 5000);
    assert.ok(Date.now() - started >= 1400, 'took the slow carrier time');
    assert.ok(done.receipt);
  });
});
