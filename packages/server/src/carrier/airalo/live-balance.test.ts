import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { Card } from '@urcard/sdk';
import { ConfigError, resolveConfig } from '../../config.ts';
import { CATALOGUE_TEXT } from '../../domain/catalogue-text/index.ts';
import { TEST_CARDS } from '../../domain/test-cards.ts';
import type { FakeAiralo } from '../../test-support/fake-airalo/index.ts';
import {
  fakeAiraloServerSettings,
  fakePackage,
  startFakeAiralo,
  stillClock,
} from '../../test-support/fake-airalo/index.ts';
import type { TestServer } from '../../test-support/harness.ts';
import { CARDS, DAY, SK, startTestServer, until } from '../../test-support/harness.ts';

const ICCID = CARDS.active;
const USAGE = /^\/v2\/sims\/[^/]+\/usage$/;
const REFRESH_MS = 60_000;
const BUDGET_MS = 250;
/** What the fake's eSIM reports (Airalo's field names). */
const REPORTED = {
  remaining: 700,
  total: 3072,
  remaining_voice: 12,
  total_voice: 60,
  remaining_text: 5,
  expired_at: '2027-01-01 00:00:00',
};
const REPORTED_BALANCE = { dataMb: 700, dataTotalMb: 3072, minutes: 12, minutesTotal: 60, sms: 5 };
/** Airalo's expiry, read as UTC. */
const REPORTED_EXPIRY = '2027-01-01T00:00:00.000Z';

describe('Airalo carrier: live balance from the usage endpoint', () => {
  let clock: ReturnType<typeof stillClock>;
  let fake: FakeAiralo;
  let server: TestServer;

  beforeEach(async () => {
    clock = stillClock();
    fake = await startFakeAiralo({ now: clock.now });
    fake.addSim(ICCID, [fakePackage('basic-30')], REPORTED);
    server = await startTestServer({
      clock,
      ...fakeAiraloServerSettings(fake.url, { airaloUsageRefreshMs: REFRESH_MS, airaloUsageBudgetMs: BUDGET_MS }),
    });
  });
  afterEach(async () => {
    await server.stop();
    await fake.close();
  });

  const usageCalls = () => fake.requestsTo('GET', USAGE).length;
  const current = async (cardToken: string, headers: Record<string, string> = {}) =>
    (await server.api.ok('currentCard', { cardToken, headers })).card;
  const values = ({ balance }: Card) => {
    const { asOf: _asOf, stale: _stale, ...rest } = balance;
    return rest;
  };

  it('shows what the carrier reports, asks again only after the refresh interval, and renews from its expiry', async () => {
    const readAt = new Date(clock.now()).toISOString();
    const customer = await server.api.ok('createCustomerSession', { key: SK, body: { customerId: 'traveller-1' } });
    const session = await server.api.verify(ICCID, undefined, { session: customer.token });
    assert.deepEqual(session.card.balance, { ...REPORTED_BALANCE, asOf: readAt, stale: false });
    assert.equal(session.card.expiresAt, REPORTED_EXPIRY);
    assert.equal(usageCalls(), 1);

    clock.advance(REFRESH_MS - 1_000);
    const again = await current(session.cardToken);
    assert.deepEqual(again.balance, session.card.balance, 'within the interval: the stored reading');
    const { cards } = await server.api.ok('listBoundCards', { session: customer.token });
    assert.deepEqual(
      cards.map((card) => [card.id, card.balance, card.expiresAt]),
      [[session.card.id, session.card.balance, REPORTED_EXPIRY]],
      'the bound cards list shows the same reading',
    );
    assert.equal(usageCalls(), 1, 'no second call within the interval');

    clock.advance(2_000);
    const later = await current(session.cardToken);
    assert.equal(usageCalls(), 2, 'one call once the interval has passed');
    assert.equal(later.balance.asOf, new Date(clock.now()).toISOString());
    assert.equal(later.balance.stale, false);

    // The reading is the card's: a renewal extends the carrier's expiry.
    const { order } = await server.api.order(ICCID, { planId: 'basic-30' });
    await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    const done = await server.api.waitForOrder(order.id, (o) => o.status === 'completed' || o.status === 'failed');
    assert.equal(done.status, 'completed');
    assert.equal(done.receipt?.previousExpiresAt, REPORTED_EXPIRY);
    const renewedUntil = new Date(Date.parse(REPORTED_EXPIRY) + 30 * DAY).toISOString();
    assert.equal(done.receipt?.newExpiresAt, renewedUntil);

    // Airalo's usage may show the eSIM from before the top-up for 20 minutes: the renewal's values stay that long.
    const calls = usageCalls();
    clock.advance(3 * REFRESH_MS);
    const renewed = await current(session.cardToken);
    assert.equal(renewed.expiresAt, renewedUntil);
    assert.equal(renewed.balance.stale, false);
    assert.equal(usageCalls(), calls, 'not read again while the carrier may lag');
    clock.advance(20 * 60_000);
    await current(session.cardToken);
    assert.equal(usageCalls(), calls + 1);
  });

  it('a renewal completed while a read runs keeps its expiry: the late answer is not applied', async () => {
    const { cardToken } = await server.api.verify(ICCID);
    clock.advance(REFRESH_MS);
    const held = fake.schedule('GET', USAGE, { kind: 'slow' });
    assert.equal((await current(cardToken)).balance.stale, true);
    await held.arrived;
    const { order } = await server.api.order(ICCID, { planId: 'basic-30' });
    await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    const done = await server.api.waitForOrder(order.id, (o) => o.status === 'completed' || o.status === 'failed');
    assert.equal(done.status, 'completed');
    held.release();
    await until(
      'the read is over',
      async () => (await server.services.store.getCardReading(`card_test${ICCID.slice(-4)}`))?.refreshingUntil === 0,
    );
    const view = await current(cardToken);
    assert.equal(view.expiresAt, done.receipt?.newExpiresAt);
    assert.equal(view.balance.stale, false);
  });

  it('a slow carrier: every view answers within its budget with the last reading, stale, and one call is made', {
    timeout: 20_000,
  }, async () => {
    const readAt = new Date(clock.now()).toISOString();
    const { cardToken } = await server.api.verify(ICCID);
    clock.advance(REFRESH_MS);
    fake.setUsage(ICCID, { remaining: 100 });
    clock.advance(20 * 60_000); // past Airalo's own cache: the next answer says 100 MB
    const held = fake.schedule('GET', USAGE, { kind: 'slow' });
    // The fake holds its answer until release(): these views can only come back through the budget.
    const views = await Promise.all([current(cardToken), current(cardToken), current(cardToken)]);
    for (const view of views) {
      assert.deepEqual(view.balance, { ...REPORTED_BALANCE, asOf: readAt, stale: true });
    }
    assert.equal(usageCalls(), 2, 'the three views shared one call (single flight)');
    held.release();
    await until('the late answer is stored', async () => !(await current(cardToken)).balance.stale);
    const fresh = await current(cardToken);
    assert.equal(fresh.balance.dataMb, 100);
    assert.equal(usageCalls(), 2, 'the late answer was kept, not asked for again');
  });

  it('views that come together on one instance share one call and its answer (single flight)', async () => {
    const { cardToken } = await server.api.verify(ICCID);
    clock.advance(REFRESH_MS);
    const held = fake.schedule('GET', USAGE, { kind: 'slow' });
    const views = Promise.all([current(cardToken), current(cardToken), current(cardToken)]);
    await held.arrived;
    held.release();
    // Each view waited on the one call (or came after it): none answers stale.
    assert.deepEqual(
      (await views).map((view) => [view.balance.stale, view.balance.asOf]),
      Array(3).fill([false, new Date(clock.now()).toISOString()]),
    );
    assert.equal(usageCalls(), 2);
  });

  it('no reading yet and the carrier down: the stored values, stale, asOf null; no call before the minimum gap', async () => {
    fake.schedule('GET', USAGE, { kind: 'fail', status: 503 });
    const session = await server.api.verify(ICCID);
    const seeded = TEST_CARDS.find((card) => card.number === ICCID)!.balance;
    assert.deepEqual(session.card.balance, { ...seeded, asOf: null, stale: true });
    assert.equal(usageCalls(), 1);

    clock.advance(5_000);
    assert.equal((await current(session.cardToken)).balance.stale, true);
    assert.equal(usageCalls(), 1, 'never more than 10 a minute: no call within 6 s of a failure');

    clock.advance(1_500);
    const view = await current(session.cardToken);
    assert.deepEqual(values(view), REPORTED_BALANCE);
    assert.equal(view.balance.stale, false);
    assert.equal(usageCalls(), 2);

    // Down again later: the last reading, with its time.
    clock.advance(REFRESH_MS);
    fake.schedule('GET', USAGE, { kind: 'fail', status: 500 });
    const down = await current(session.cardToken);
    assert.deepEqual(down.balance, { ...REPORTED_BALANCE, asOf: view.balance.asOf, stale: true });
    assert.equal(usageCalls(), 3);
    assert.ok(!server.rawLogs.join('\n').includes(ICCID), 'the card number is never logged');
  });

  it('429 with Retry-After: the last reading, stale, and no call before Retry-After has passed', async () => {
    const readAt = new Date(clock.now()).toISOString();
    const { cardToken } = await server.api.verify(ICCID);
    clock.advance(REFRESH_MS);
    fake.schedule('GET', USAGE, { kind: 'fail', status: 429, retryAfterS: 120 });
    const limited = await current(cardToken);
    assert.deepEqual(limited.balance, { ...REPORTED_BALANCE, asOf: readAt, stale: true });
    assert.equal(usageCalls(), 2);

    clock.advance(119_000);
    assert.equal((await current(cardToken)).balance.stale, true);
    assert.equal(usageCalls(), 2, 'not asked before Retry-After');

    clock.advance(2_000);
    assert.equal((await current(cardToken)).balance.stale, false);
    assert.equal(usageCalls(), 3);
    assert.ok(server.logs.some((l) => l.msg === 'carrier usage unavailable: the last known balance is shown'));
    assert.ok(!server.rawLogs.join('\n').includes(ICCID), 'the card number is never logged');
  });

  it('a recycled eSIM (status RECYCLED, or 422 code 73) ends the card: not renewable, the reason localised', async () => {
    fake.setUsage(ICCID, { status: 'RECYCLED' });
    fake.addSim(CARDS.expiring, [fakePackage('basic-30')]);
    fake.recycle(CARDS.expiring);
    for (const number of [ICCID, CARDS.expiring]) {
      const session = await server.api.verify(number, undefined, { headers: { 'Accept-Language': 'ja' } });
      assert.equal(session.card.renewable, false, number);
      assert.deepEqual(session.card.notRenewableReason, {
        code: 'terminated',
        message: CATALOGUE_TEXT.ja.reasons.simRecycled,
      });
      assert.equal(
        (await current(session.cardToken)).notRenewableReason?.message,
        CATALOGUE_TEXT.en.reasons.simRecycled,
      );
      await server.api.fails('createQuote', 'card_not_renewable', {
        cardToken: session.cardToken,
        body: { planId: 'basic-30', currency: 'USD' },
      });
    }
    assert.equal(fake.topUps(ICCID).length, 0);
  });
});

describe('live balance settings', () => {
  it('refuses a refresh interval under 6 s (Airalo allows 10 usage requests a minute per eSIM)', () => {
    assert.throws(
      () => resolveConfig({}, { URCARD_AIRALO_USAGE_REFRESH_MS: '5999' }),
      (error: unknown) =>
        error instanceof ConfigError && /URCARD_AIRALO_USAGE_REFRESH_MS must be at least 6000/.test(error.message),
    );
    assert.equal(resolveConfig({}, { URCARD_AIRALO_USAGE_REFRESH_MS: '6000' }).airaloUsageRefreshMs, 6000);
    assert.deepEqual([resolveConfig().airaloUsageRefreshMs, resolveConfig().airaloUsageBudgetMs], [300_000, 1_500]);
  });
});

describe('Airalo carrier: live balance at the shortest refresh interval', () => {
  it("a view every second for three minutes stays within Airalo's 10 requests a minute (no 429)", async () => {
    const clock = stillClock();
    const fake = await startFakeAiralo({ now: clock.now });
    fake.addSim(ICCID, [fakePackage('basic-30')], REPORTED);
    const server = await startTestServer({
      clock,
      ...fakeAiraloServerSettings(fake.url, { airaloUsageRefreshMs: 6_000, airaloUsageBudgetMs: BUDGET_MS }),
    });
    try {
      const { cardToken } = await server.api.verify(ICCID);
      for (let second = 0; second < 180; second++) {
        clock.advance(1_000);
        const { card } = await server.api.ok('currentCard', { cardToken });
        assert.equal(card.balance.stale, false, `second ${second}`);
      }
      const calls = fake.requestsTo('GET', USAGE);
      assert.deepEqual(
        calls.filter((r) => r.status !== 200),
        [],
        'Airalo never had to refuse one',
      );
      assert.equal(calls.length, 31, 'one call every 6 s');
    } finally {
      await server.stop();
      await fake.close();
    }
  });
});
