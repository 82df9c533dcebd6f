import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SANDBOX_PARTNER } from '../domain/test-cards.ts';
import type { TestServer } from '../test-support/harness.ts';
import { CARDS, DAY, movableClock, startTestServer } from '../test-support/harness.ts';

// What the customer is told before and after paying (quote, order, receipt, card) is what the server then does.
describe('the whole picture: new expiry, price breakdown, seller and the next auto-renewal', () => {
  const clock = movableClock();
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ clock });
  });
  after(() => server.stop());

  it('announces before paying the expiry and the next charge that the renewal and the scheduler then make', async () => {
    const before = await server.api.verify(CARDS.expiring);
    const { quote, order, session } = await server.api.order(
      CARDS.expiring,
      { planId: 'basic-30', currency: 'HKD', promoCode: 'TRAVEL10' },
      { autoRenew: true },
    );
    const expected = Date.parse(before.card.expiresAt) + 30 * DAY;
    assert.equal(Date.parse(quote.newExpiresAt), expected, 'the quote: 30 days after the current expiry');
    assert.equal(order.newExpiresAt, quote.newExpiresAt, 'the order repeats it');
    assert.ok(quote.autoRenewal, 'basic-30 renews itself');
    assert.equal(Date.parse(quote.autoRenewal.chargeAt), expected - 3 * DAY, '3 days before the new expiry');
    assert.equal(quote.autoRenewal.leadDays, 3);
    assert.deepEqual(order.autoRenewal, quote.autoRenewal);
    assert.ok(quote.discount.amount > 0, 'TRAVEL10 applies');
    assert.ok(
      quote.autoRenewal.amount.amount > quote.total.amount,
      'the promo code is for this purchase only: the next charge is the full price',
    );

    await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    const done = await server.api.waitForOrder(order.id, (o) => o.status === 'completed');
    const receipt = done.receipt!;
    assert.equal(receipt.newExpiresAt, quote.newExpiresAt, 'the receipt: the expiry shown before paying');
    assert.equal(receipt.seller, SANDBOX_PARTNER.name);
    assert.deepEqual(receipt.subtotal, quote.subtotal);
    assert.deepEqual(receipt.discount, quote.discount);
    assert.equal(receipt.promoCode, 'TRAVEL10');
    assert.deepEqual(receipt.autoRenewal, quote.autoRenewal);

    const { card } = await server.api.ok('currentCard', { cardToken: session.cardToken });
    assert.deepEqual(card.autoRenew.nextCharge, quote.autoRenewal, 'the card says the same');

    // The scheduler charges exactly that, on that day.
    clock.advance(Date.parse(quote.autoRenewal.chargeAt) - clock.now() - 60_000);
    assert.equal((await server.services.scheduler.runOnce()).autoRenewQueued, 0, 'not before the day announced');
    clock.advance(2 * 60_000);
    assert.equal((await server.services.scheduler.runOnce()).autoRenewQueued, 1, 'on the day announced');
    let renewal = (await server.services.store.listOrders({ cardId: card.id })).find((o) => o.offSession);
    for (let i = 0; !renewal; i++) {
      assert.ok(i < 200, 'the auto-renewal order was not created');
      await new Promise((r) => setTimeout(r, 25));
      renewal = (await server.services.store.listOrders({ cardId: card.id })).find((o) => o.offSession);
    }
    assert.deepEqual(renewal.total, quote.autoRenewal.amount, 'the amount announced');
  });

  it('counts from today for an expired card, and has no next charge without auto-renew or for custom plans', async () => {
    const { quote, order } = await server.api.order(CARDS.expired, { planId: 'basic-7' });
    const now = clock.now();
    const newExpiry = Date.parse(quote.newExpiresAt);
    assert.ok(Math.abs(newExpiry - (now + 7 * DAY)) < 60_000, 'an expired card: 7 days from today');
    assert.equal(order.autoRenewal, null, 'auto-renew off: no next charge on the order');

    const custom = await server.api.order(CARDS.active, {
      custom: { dataMb: 5120, minutes: 100, validityDays: 30, addOns: [] },
    });
    assert.equal(custom.quote.autoRenewal, null, 'custom plans do not renew themselves');
  });

  it('shows no next charge on a card once auto-renew is off', async () => {
    const { cardToken } = await server.api.verify(CARDS.active);
    const off = await server.api.ok('setAutoRenew', { cardToken, body: { enabled: false } });
    assert.equal(off.card.autoRenew.nextCharge, null);
  });
});
