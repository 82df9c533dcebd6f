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
  fakeAiraloChildEnv,
  fakePackage,
  startFakeAiralo,
} from '../../test-support/fake-airalo/index.ts';
import { Api, CARDS, SK } from '../../test-support/harness.ts';

describe('Airalo carrier: a refund request in flight when the server dies', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'urcard-airalo-refund-crash-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('is not sent again by the restarted server: the refund settles, the reversal unconfirmed', async () => {
    const fake = await startFakeAiralo();
    fake.addSim(CARDS.active, [fakePackage('basic-30')]);
    const database = await freshDatabase(dir);
    const store = await openStore(database.settings);
    const env = fakeAiraloChildEnv(fake.url, CRASH_TEST_ENV);
    const servers: Child[] = [];
    // Airalo takes the refund request at once but its answer never reaches the first server: it dies waiting.
    const held = fake.schedule('POST', /^\/v2\/refund$/, { kind: 'slow' });
    try {
      const first = await spawnServer(database.flags, env);
      servers.push(first);
      const api = new Api(first.url);
      const { order } = await api.order(CARDS.active, { planId: 'basic-30' });
      await api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
      await api.waitForOrder(order.id, (o) => o.status === 'completed', 10_000);
      await api.ok('refundOrder', {
        key: SK,
        params: { orderId: order.id },
        body: { reason: 'trip cancelled' },
        idempotencyKey: `refund-${order.id}`,
      });
      await held.arrived;
      await kill(first);
      assert.equal(fake.refundRequests.length, 1, 'taken by Airalo, unknown to us');

      const second = await spawnServer(database.flags, env);
      servers.push(second);
      const api2 = new Api(second.url);
      await api2.waitForOrder(order.id, (o) => o.refund?.settledAt != null, 20_000);
      const settled = await api2.ok('getOrder', { key: SK, params: { orderId: order.id } });
      assert.equal(settled.refund?.carrier?.status, 'unconfirmed');
      assert.equal(fake.requestsTo('POST', '/v2/refund').length, 1, 'not sent again');
      assert.deepEqual(
        (await store.listPayments(order.id)).map((p) => p.kind),
        ['charge', 'refund'],
        'the traveller is refunded',
      );
      second.process.kill('SIGTERM');
      assert.equal(await second.exited, 0);
    } finally {
      held.release();
      for (const server of servers) if (server.process.exitCode === null) await kill(server);
      await store.close();
      await database.drop();
      await fake.close();
    }
  });
});
