import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FakeAiralo } from '../../test-support/fake-airalo/index.ts';
import { FAKE_AIRALO_CREDENTIALS, fakePackage, startFakeAiralo } from '../../test-support/fake-airalo/index.ts';
import type { TestServer } from '../../test-support/harness.ts';
import { DAY, movableClock, SK, startTestServer } from '../../test-support/harness.ts';
import { iccid } from '../../test-support/iccids.ts';

const PACKAGE = 'moshi-moshi-30days-3gb-topup';

describe('Airalo carrier: auto-renewal of an imported card', () => {
  const clock = movableClock();
  const card = iccid(910_001);
  let fake: FakeAiralo;
  let server: TestServer;
  let sim: ReturnType<FakeAiralo['addSim']>;

  before(async () => {
    fake = await startFakeAiralo();
    sim = fake.addSim(card, [fakePackage(PACKAGE, { price: 19.99 })]);
    server = await startTestServer({
      carrierName: 'airalo',
      airaloBaseUrl: fake.url,
      ...FAKE_AIRALO_CREDENTIALS,
      airaloTimeoutMs: 300,
      clock,
    });
    await server.api.ok('importCards', { key: SK, body: { cards: [{ cardNumber: card, pin: '8080' }] } });
  });
  after(async () => {
    await server.stop();
    await fake.close();
  });

  const offSession = async (cardId: string) =>
    (await server.services.store.listOrders({ cardId })).filter((o) => o.offSession);
  /** To 3 days before the card's expiry (plus a minute), past the plans' cache, and one scheduler pass. */
  async function schedulerAtRenewalTime(cardId: string) {
    const expiresAt = (await server.services.store.getCard(cardId))!.expiresAt;
    clock.advance(expiresAt - clock.now() - 3 * DAY + 60_000);
    return server.services.scheduler.runOnce();
  }

  it('shows the next charge at the package’s price, renews with it, and fails cleanly once it is gone', async () => {
    const session = await server.api.verify(card, '8080');
    const cardId = session.card.id;
    const quote = await server.api.ok('createQuote', {
      cardToken: session.cardToken,
      body: { planId: PACKAGE, currency: 'USD' },
    });
    assert.equal(quote.autoRenewAllowed, true);
    assert.deepEqual(quote.autoRenewal?.amount, { amount: 1999, currency: 'USD' }, 'the next charge is disclosed');
    const order = await server.api.ok('createOrder', {
      cardToken: session.cardToken,
      idempotencyKey: crypto.randomUUID(),
      body: { quoteId: quote.id, autoRenew: true },
    });
    await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    await server.api.waitForOrder(order.id, (o) => o.status === 'completed');
    const current = await server.api.ok('currentCard', { cardToken: session.cardToken });
    assert.deepEqual(current.card.autoRenew.nextCharge?.amount, { amount: 1999, currency: 'USD' });

    // Renewal time: the package is still offered, so the same package is bought again, off-session.
    assert.equal((await schedulerAtRenewalTime(cardId)).autoRenewQueued, 1);
    await server.api.waitForOrder(
      await until(async () => (await offSession(cardId))[0]?.id),
      (o) => o.status === 'completed',
    );
    assert.deepEqual(
      fake.topUps(card).map((o) => o.package_id),
      [PACKAGE, PACKAGE],
    );

    // Next time Airalo no longer sells it: no order, no charge, no top-up, and the partner hears of it.
    sim.packages = [fakePackage('moshi-moshi-7days-1gb-topup')];
    assert.equal((await schedulerAtRenewalTime(cardId)).autoRenewQueued, 1);
    const events = async () =>
      (await server.services.store.listEvents({ partnerId: 'ptr_demo', limit: 100 })).filter(
        (e) => e.cardId === cardId && e.type === 'auto_renew.failed',
      );
    await until(async () => ((await events()).length === 1 ? true : undefined));
    assert.equal((await offSession(cardId)).length, 1, 'no second off-session order');
    assert.equal(fake.topUps(card).length, 2);
    assert.equal((await events())[0]!.orderId, null);
    assert.ok(server.logs.some((l) => l.msg === 'auto-renew skipped: the last plan is no longer offered'));
  });
});

/** Polls `probe` (bounded) until it answers something. */
async function until<T>(probe: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('gave up waiting');
}
