import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kill } from '../../test-support/child-server.ts';
import { airaloCrashSuite } from '../../test-support/fake-airalo/crash-world.ts';
import { Api, CARDS, SK } from '../../test-support/harness.ts';

describe('Airalo carrier: a refund request in flight when the server dies', () => {
  const suite = airaloCrashSuite('airalo-refund-crash');

  it('is not sent again by the restarted server: the refund settles, the reversal unconfirmed', async () => {
    await suite.run({}, async ({ fake, store, spawn, hold }) => {
      // Airalo takes the refund request at once but its answer never reaches the first server: it dies waiting.
      const held = hold('POST', /^\/v2\/refund$/);
      const first = await spawn();
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

      const second = await spawn();
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
    });
  });
});
