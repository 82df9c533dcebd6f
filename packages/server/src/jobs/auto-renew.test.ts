import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TestServer } from '../test-support/harness.ts';
import { CARDS, DAY, movableClock, startTestServer } from '../test-support/harness.ts';

describe('auto-renew and the scheduler', () => {
  const clock = movableClock();
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ clock });
  });
  after(() => server.stop());

  const cardId = 'card_test0026';
  const offSessionOrders = async () => (await server.services.store.listOrders({ cardId })).filter((o) => o.offSession);

  it('renews a card with auto-renew and a saved method 3 days before expiry, off-session, with its last plan', async () => {
    const { order } = await server.api.order(
      CARDS.expiring,
      { planId: 'basic-30', currency: 'HKD' },
      { autoRenew: true },
    );
    await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    const first = await server.api.waitForOrder(order.id, (o) => o.status === 'completed');
    const expiry = Date.parse(first.receipt!.newExpiresAt);

    // An order left unpaid, which the scheduler cancels once it is older than a day.
    const unpaid = await server.api.order(CARDS.active);

    assert.equal((await server.services.scheduler.runOnce()).autoRenewQueued, 0, '33 days left: not yet');
    clock.advance(expiry - clock.now() - 3 * DAY - 60_000);
    const early = await server.services.scheduler.runOnce();
    assert.equal(early.autoRenewQueued, 0, 'just over 3 days left: not yet');
    assert.equal(early.unpaidCanceled, 1, 'the unpaid order is canceled after a day');
    clock.advance(2 * 60_000);
    const pass = await server.services.scheduler.runOnce();
    assert.equal(pass.autoRenewQueued, 1);
    assert.equal((await server.api.ok('getOrder', { params: { orderId: unpaid.order.id } })).status, 'canceled');

    let renewal = (await offSessionOrders())[0];
    for (let i = 0; renewal?.status !== 'completed'; i++) {
      assert.ok(i < 200, `auto-renew order did not complete (${renewal?.status})`);
      await new Promise((r) => setTimeout(r, 25));
      renewal = (await offSessionOrders())[0];
    }
    assert.equal(renewal.autoRenew, true);
    assert.equal(renewal.plan.planId, 'basic-30');
    assert.deepEqual(renewal.total, { amount: 15800, currency: 'HKD' }, "today's catalogue price of the last plan");
    assert.equal(renewal.receipt!.previousExpiresAt, new Date(expiry).toISOString());
    assert.equal(Date.parse(renewal.receipt!.newExpiresAt), expiry + 30 * DAY);
    assert.deepEqual(
      (await server.services.store.listPayments(renewal.id)).map((p) => p.kind),
      ['charge'],
    );
    const view = await server.api.ok('getOrder', { params: { orderId: renewal.id } });
    assert.deepEqual(view.paymentMethod, { type: 'sandbox', brand: 'visa', last4: '4242' });
    const events = await server.services.store.listEvents({ partnerId: renewal.partnerId, limit: 100 });
    assert.deepEqual(
      events.filter((e) => e.orderId === renewal.id && e.type.startsWith('auto_renew.')).map((e) => e.type),
      ['auto_renew.succeeded'],
      'the partner hears that the auto-renewal went through',
    );

    assert.equal((await server.services.scheduler.runOnce()).autoRenewQueued, 0, 'renewed: not due any more');
    assert.equal((await server.services.store.listJobs({ type: 'auto_renew' })).length, 1);
  });

  it('queues one renewal per card and expiry, however often the scheduler runs', async () => {
    const card = (await server.services.store.getCard(cardId))!;
    clock.advance(card.expiresAt - clock.now() - DAY);
    const passes = await Promise.all([server.services.scheduler.runOnce(), server.services.scheduler.runOnce()]);
    const again = await server.services.scheduler.runOnce();
    assert.equal(passes[0].autoRenewQueued + again.autoRenewQueued, 1);
    const jobs = await server.services.store.listJobs({ type: 'auto_renew' });
    assert.equal(jobs.filter((j) => j.payload.expiresAt === card.expiresAt).length, 1);
    for (let i = 0; (await offSessionOrders()).some((o) => o.status !== 'completed'); i++) {
      assert.ok(i < 200);
      await new Promise((r) => setTimeout(r, 25));
    }
    assert.equal((await offSessionOrders()).length, 2);
  });

  it('leaves cards alone once auto-renew is turned off', async () => {
    const { cardToken } = await server.api.verify(CARDS.expiring);
    const off = await server.api.ok('setAutoRenew', { cardToken, body: { enabled: false } });
    assert.equal(off.card.autoRenew.enabled, false);
    await server.api.ok('setAutoRenew', { cardToken, body: { enabled: false } });
    const disabled = (await server.services.store.listEvents({ partnerId: 'ptr_demo', limit: 100 })).filter(
      (e) => e.type === 'auto_renew.disabled',
    );
    assert.equal(disabled.length, 1, 'auto_renew.disabled once, when it was on');
    clock.advance(Date.parse(off.card.expiresAt) - clock.now() - DAY);
    assert.equal((await server.services.scheduler.runOnce()).autoRenewQueued, 0);
    assert.equal((await offSessionOrders()).length, 2);
  });
});
