import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kill } from '../../test-support/child-server.ts';
import { airaloCrashSuite } from '../../test-support/fake-airalo/crash-world.ts';
import { FAKE_AIRALO_CREDENTIALS } from '../../test-support/fake-airalo/index.ts';
import { Api, CARDS } from '../../test-support/harness.ts';

describe('Airalo carrier: crash safety', () => {
  const suite = airaloCrashSuite('airalo-crash');

  it('a server killed (SIGKILL) while a top-up request is in flight tops the eSIM up once after a restart', async () => {
    await suite.run({}, async ({ fake, store, servers, spawn, hold }) => {
      // Airalo applies the top-up at once but the answer never reaches the first server: it dies waiting.
      const held = hold('POST', /^\/v2\/orders\/topups$/);
      const first = await spawn();
      const api = new Api(first.url);
      const { order } = await api.order(CARDS.active, { planId: 'basic-30' });
      await api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
      await held.arrived;
      await kill(first);
      assert.equal(fake.topUps(CARDS.active).length, 1, 'applied by Airalo, unknown to us');

      const second = await spawn();
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
    });
  });
});
