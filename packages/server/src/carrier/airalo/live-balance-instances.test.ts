import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Child } from '../../test-support/child-server.ts';
import { kill, spawnServer } from '../../test-support/child-server.ts';
import type { FreshDatabase } from '../../test-support/databases.ts';
import { freshDatabase, openTestStore, TEST_ENGINE } from '../../test-support/databases.ts';
import type { FakeAiralo } from '../../test-support/fake-airalo/index.ts';
import {
  fakeAiraloChildEnv,
  fakeAiraloServerSettings,
  fakePackage,
  startFakeAiralo,
  stillClock,
} from '../../test-support/fake-airalo/index.ts';
import type { TestServer } from '../../test-support/harness.ts';
import { Api, CARDS, startTestServer, until } from '../../test-support/harness.ts';

const USAGE = /^\/v2\/sims\/[^/]+\/usage$/;

// Two server processes (each its own memory and single flight) on one database, as two instances behind a load
// balancer. The interval itself is tested in live-balance.test.ts with a clock the test moves; here the default
// interval (5 minutes) is far longer than the test.
describe(`Airalo live balance: two instances on one database (${TEST_ENGINE})`, () => {
  let dir: string;
  let database: FreshDatabase;
  let fake: FakeAiralo;
  let children: Child[] = [];

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'urcard-live-balance-'));
    database = await freshDatabase(dir);
    fake = await startFakeAiralo();
    fake.addSim(CARDS.active, [fakePackage('basic-30')], { remaining: 900 });
    const env = fakeAiraloChildEnv(fake.url, {
      URCARD_AIRALO_USAGE_BUDGET_MS: '300',
      URCARD_VERIFY_RATE_LIMIT: '10000',
    });
    const started = await Promise.allSettled([0, 1].map(() => spawnServer(database.flags, env)));
    children = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
  });
  after(async () => {
    await Promise.all(children.map(kill));
    await fake.close();
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  });

  const usageCalls = () => fake.requestsTo('GET', USAGE).length;

  it('make one call for a card between them: a claim in the database, the reading shared', async () => {
    const [a, b] = children.map((child) => new Api(child.url)) as [Api, Api];
    // The carrier is slow: the first view claims the read and answers within its budget, without a reading yet.
    const held = fake.schedule('GET', USAGE, { kind: 'slow' });
    const session = await a.verify(CARDS.active);
    assert.deepEqual([session.card.balance.stale, session.card.balance.asOf], [true, null]);
    await held.arrived;
    const { cardToken } = session;
    // Views on the other instance while the read runs: its claim fails, it does not call.
    const during = await Promise.all([b, b, a].map((api) => api.ok('currentCard', { cardToken })));
    assert.deepEqual(
      during.map((r) => r.card.balance.stale),
      [true, true, true],
    );
    assert.equal(usageCalls(), 1, 'one call while it runs, from either instance');

    held.release();
    await until('the reading is stored', async () => !(await b.ok('currentCard', { cardToken })).card.balance.stale);
    const views = await Promise.all(
      Array.from({ length: 8 }, (_, i) => (i % 2 ? a : b).ok('currentCard', { cardToken })),
    );
    const asOf = views[0]!.card.balance.asOf;
    assert.ok(asOf !== null);
    for (const { card } of views)
      assert.deepEqual([card.balance.dataMb, card.balance.asOf, card.balance.stale], [900, asOf, false]);
    assert.equal(usageCalls(), 1, 'both instances serve the one reading within the interval');
  });
});

// Across intervals, with a clock the test moves: two servers in this process, each with its own LiveBalances,
// on one store (one SQLite connection cannot be shared by two in one process without blocking each other).
describe(`Airalo live balance: two servers on one store, interval after interval (${TEST_ENGINE})`, () => {
  const REFRESH_MS = 60_000;
  const clock = stillClock();
  let dir: string;
  let store: Awaited<ReturnType<typeof openTestStore>>;
  let fake: FakeAiralo;
  const servers: TestServer[] = [];

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'urcard-live-balance-rounds-'));
    store = await openTestStore(dir);
    fake = await startFakeAiralo({ now: clock.now });
    fake.addSim(CARDS.active, [fakePackage('basic-30')], { remaining: 900 });
    const settings = fakeAiraloServerSettings(fake.url, { airaloUsageRefreshMs: REFRESH_MS, airaloUsageBudgetMs: 250 });
    for (let i = 0; i < 2; i++) servers.push(await startTestServer({ clock, store, ...settings }, dir));
  });
  after(async () => {
    for (const server of servers) await server.stop();
    await store.close();
    await fake.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('make exactly one call per refresh interval between them', async () => {
    const [a, b] = servers as [TestServer, TestServer];
    const { cardToken } = await a.api.verify(CARDS.active);
    const calls = () => fake.requestsTo('GET', USAGE).length;
    assert.equal(calls(), 1);
    for (let round = 1; round <= 5; round++) {
      clock.advance(REFRESH_MS / 2);
      await Promise.all([a, b].map((s) => s.api.ok('currentCard', { cardToken })));
      assert.equal(calls(), round, `half an interval later (round ${round}): no call`);
      clock.advance(REFRESH_MS / 2);
      const views = await Promise.all([a, b, b, a].map((s) => s.api.ok('currentCard', { cardToken })));
      assert.equal(calls(), round + 1, `a whole interval later (round ${round}): one call`);
      assert.ok(views.every((v) => v.card.balance.dataMb === 900));
    }
  });
});
