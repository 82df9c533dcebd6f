import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { CATALOGUE_TEXT } from '../../domain/catalogue-text/index.ts';
import type { FakeAiralo } from '../../test-support/fake-airalo/index.ts';
import { FAKE_AIRALO_CREDENTIALS, fakePackage, startFakeAiralo } from '../../test-support/fake-airalo/index.ts';
import type { TestServer } from '../../test-support/harness.ts';
import { CARDS, startTestServer } from '../../test-support/harness.ts';

/** The test card …0018 is, for the fake, an eSIM of the account with a top-up package named like our plan. */
const ICCID = CARDS.active;
const TOPUPS = /^\/v2\/orders\/topups$/;

describe('Airalo carrier: exactly one top-up per paid order', () => {
  let fake: FakeAiralo;
  let server: TestServer;
  let sim: ReturnType<FakeAiralo['addSim']>;

  beforeEach(async () => {
    fake = await startFakeAiralo();
    sim = fake.addSim(ICCID, [fakePackage('basic-30'), fakePackage('advanced-30', { amount: 10240 })]);
    server = await startTestServer({
      carrierName: 'airalo',
      airaloBaseUrl: fake.url,
      ...FAKE_AIRALO_CREDENTIALS,
      airaloTimeoutMs: 300,
    });
  });
  afterEach(async () => {
    await server.stop();
    await fake.close();
  });

  /** A sandbox order for `planId`, paid: provisioning starts. */
  async function paidOrder(planId = 'basic-30') {
    const { order } = await server.api.order(ICCID, { planId });
    await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    return order.id;
  }

  const completed = (orderId: string, timeoutMs = 8000) =>
    server.api.waitForOrder(orderId, (o) => o.status === 'completed' || o.status === 'failed', timeoutMs);

  function assertNoSecretsLogged() {
    const logs = server.rawLogs.join('\n');
    assert.ok(fake.tokens.length > 0);
    for (const token of fake.tokens) assert.ok(!logs.includes(token), 'the bearer token is never logged');
    assert.ok(!logs.includes(FAKE_AIRALO_CREDENTIALS.airaloClientSecret), 'the client secret is never logged');
  }

  it('tops the eSIM up with the plan as package and our order id as description', async () => {
    const orderId = await paidOrder();
    const order = await completed(orderId);
    assert.equal(order.status, 'completed');
    assert.deepEqual(
      fake.topUps(ICCID).map((o) => [o.package_id, o.description]),
      [['basic-30', orderId]],
    );
    assertNoSecretsLogged();
  });

  it('a top-up applied but not answered in time is found in the order list, not sent again', async () => {
    const held = fake.schedule('POST', TOPUPS, { kind: 'slow' });
    const orderId = await paidOrder();
    await held.arrived;
    const order = await completed(orderId);
    held.release();
    assert.equal(order.status, 'completed');
    assert.equal(fake.topUps(ICCID).length, 1, 'one top-up');
    assert.equal(fake.requestsTo('POST', TOPUPS).length, 1, 'sent once');
    const lookups = fake.requestsTo('GET', '/v2/orders').filter((r) => r.query['filter[description]'] === orderId);
    assert.ok(lookups.length >= 2, 'looked up before sending and before the retry');
    assertNoSecretsLogged();
  });

  it('a top-up applied and the connection closed unanswered is found, not sent again', async () => {
    fake.schedule('POST', TOPUPS, { kind: 'hang-up' });
    const order = await completed(await paidOrder());
    assert.equal(order.status, 'completed');
    assert.equal(fake.topUps(ICCID).length, 1);
  });

  it('a 5xx (nothing applied) is retried once the order list shows no top-up: one top-up', async () => {
    fake.schedule('POST', TOPUPS, { kind: 'fail', status: 503 });
    const order = await completed(await paidOrder());
    assert.equal(order.status, 'completed');
    assert.equal(fake.topUps(ICCID).length, 1);
    assert.deepEqual(
      fake.requestsTo('POST', TOPUPS).map((r) => r.status),
      [503, 200],
    );
  });

  it('a 422 (a package the eSIM no longer offers) fails the order and refunds it: no top-up', async () => {
    // Ordered while the package was in the eSIM's list; Airalo dropped it before the top-up was placed.
    const { order } = await server.api.order(ICCID, { planId: 'advanced-30' });
    sim.packages = sim.packages.filter((p) => p.id !== 'advanced-30');
    await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    const orderId = order.id;
    const failed = await server.api.waitForOrder(orderId, (o) => o.failure?.refunded === true, 8000);
    assert.equal(failed.status, 'refunded');
    assert.equal(failed.failure?.code, 'carrier_rejected');
    assert.match(failed.failure?.message ?? '', /package_id: The selected package is invalid/);
    // The carrier's own words are English: another locale gets the catalogue's general refusal instead.
    const inJapanese = await server.api.ok('getOrder', { params: { orderId }, headers: { 'Accept-Language': 'ja' } });
    assert.equal(inJapanese.failure?.message, CATALOGUE_TEXT.ja.reasons.carrierRefused);
    assert.equal(fake.topUps(ICCID).length, 0);
    assert.deepEqual(
      (await server.services.store.listPayments(orderId)).map((p) => p.kind),
      ['charge', 'refund'],
    );
    const events = (await server.services.store.listOrderEvents(orderId)).map((e) => e.to);
    assert.deepEqual(events.slice(-3), ['provisioning', 'failed', 'refunded']);
  });

  it('a 422 for the purchase limit fails the order and refunds it', async () => {
    fake.purchaseLimit = 0;
    const failed = await server.api.waitForOrder(await paidOrder(), (o) => o.failure?.refunded === true, 8000);
    assert.match(failed.failure?.message ?? '', /purchase limit/);
    assert.equal(fake.topUps(ICCID).length, 0);
  });

  it('a card that is no eSIM of the account has no plans: nothing is quoted, nothing sent', async () => {
    const { cardToken } = await server.api.verify(CARDS.expiring);
    const refused = await server.api.fails('listPlans', 'card_not_renewable', {
      cardToken,
      query: { currency: 'USD' },
    });
    assert.match(refused.error.message, /not a SIM of the airalo account/);
    await server.api.fails('createQuote', 'card_not_renewable', {
      cardToken,
      body: { planId: 'basic-30', currency: 'USD' },
    });
    assert.equal(fake.orders.length, 0);
  });

  it('a 429 is waited out through Retry-After, by the client then by the job queue: one top-up', async () => {
    // Three 429s: the client waits out two (1 s each), then the job is put back for the third's 3 s, longer than
    // its own first back-off (1 s): the queue was told the delay.
    fake.schedule('POST', TOPUPS, { kind: 'fail', status: 429, retryAfterS: 1 }, 2);
    fake.schedule('POST', TOPUPS, { kind: 'fail', status: 429, retryAfterS: 3 }, 1);
    const orderId = await paidOrder();
    const order = await completed(orderId, 12_000);
    assert.equal(order.status, 'completed');
    assert.equal(fake.topUps(ICCID).length, 1);
    const posts = fake.requestsTo('POST', TOPUPS);
    assert.deepEqual(
      posts.map((r) => r.status),
      [429, 429, 429, 200],
    );
    const waits = posts.slice(1).map((r, i) => r.at - posts[i]!.at);
    assert.ok(waits[0]! >= 1000 && waits[1]! >= 1000, `the client waited Retry-After: ${waits}`);
    assert.ok(waits[2]! >= 3000, `the job queue waited Retry-After, not its 1 s back-off: ${waits}`);
    const job = (await server.services.store.listJobs({ type: 'provision_order' })).find(
      (j) => j.uniqueKey === `provision:${orderId}`,
    );
    assert.equal(job?.attempts, 2, 'the job ran again once, after Retry-After');
  });
});
