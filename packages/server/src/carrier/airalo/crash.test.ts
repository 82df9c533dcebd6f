import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openStore } from '../../store/open.ts';
import type { Child } from '../../test-support/child-server.ts';
import { kill, spawnServer } from '../../test-support/child-server.ts';
import { freshDatabase } from '../../test-support/databases.ts';
import {
  CRASH_TEST_ENV,
  FAKE_AIRALO_CREDENTIALS,
  fakeAiraloChildEnv,
  fakePackage,
  startFakeAiralo,
} from '../../test-support/fake-airalo/index.ts';
import { Api, CARDS } from '../../test-support/harness.ts';

describe('Airalo carrier: crash safety', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'urcard-airalo-crash-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('a server killed (SIGKILL) while a top-up request is in flight tops the eSIM up once after a restart', async () => {
    const fake = await startFakeAiralo();
    fake.addSim(CARDS.active, [fakePackage('basic-30')]);
    const database = await freshDatabase(dir);
    const store = await openStore(database.settings);
    const env = fakeAiraloChildEnv(fake.url, CRASH_TEST_ENV);
    const servers: Child[] = [];
    // Airalo applies the top-up at once but the answer never reaches the first server: it dies waiting.
    const held = fake.schedule('POST', /^\/v2\/orders\/topups$/, { kind: 'slow' });
    try {
      const first = await spawnServer(database.flags, env);
      servers.push(first);
      const api = new Api(first.url);
      const { order } = await api.order(CARDS.active, { planId: 'basic-30' });
      await api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
      await held.arrived;
      await kill(first);
      assert.equal(fake.topUps(CARDS.active).length, 1, 'applied by Airalo, unknown to us');

      const second = await spawnServer(database.flags, env);
      servers.push(second);
      const done = await new Api(second.url).waitForOrder(order.id, (o) => o.status !== 'provisioning', 20_000);
      assert.equal(done.status, 'completed');
      assert.equal(fake.topUps(CARDS.active).length, 1, 'exactly one top-up');
      assert.equal(fake.requestsTo('POST', '/v2/orders/topups').length, 1, 'not sent again: found in the order list');
      assert.deepEqual(
        (await store.listPayments(order.id)).map((p) => p.kind),
        ['charge'],
        'one payment, no refund',
      );
      second.process.kill('SIGTERM');
      assert.equal(await second.exited, 0);
      const logs = servers.flatMap((s) => s.output).join('\n');
      for (const token of fake.tokens) assert.ok(!logs.includes(token), 'no token in the logs');
      assert.ok(!logs.includes(FAKE_AIRALO_CREDENTIALS.airaloClientSecret), 'no client secret in the logs');
    } finally {
      held.release();
      for (const server of servers) if (server.process.exitCode === null) await kill(server);
      await store.close();
      await database.drop();
      await fake.close();
    }
  });
});
