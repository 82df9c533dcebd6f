import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kill } from '../../test-support/child-server.ts';
import { airaloCrashSuite } from '../../test-support/fake-airalo/crash-world.ts';
import { FAKE_AIRALO_CREDENTIALS, FAKE_AIRALO_WEBHOOK_SECRET } from '../../test-support/fake-airalo/index.ts';
import { Api, CARDS, until } from '../../test-support/harness.ts';

describe('Airalo low-data top-ups: crash safety', () => {
  const suite = airaloCrashSuite('airalo-low-data-crash');

  it('a server killed (SIGKILL) while the low-data top-up is in flight completes it once after a restart', async () => {
    await suite.run(
      { URCARD_AIRALO_WEBHOOK_SECRET: FAKE_AIRALO_WEBHOOK_SECRET },
      async ({ fake, store, spawn, hold }) => {
        const first = await spawn();
        const api = new Api(first.url);
        const { order, session, quote } = await api.order(CARDS.active, { planId: 'basic-30' }, { autoRenew: true });
        await api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
        await api.waitForOrder(order.id, (o) => o.status === 'completed', 10_000);
        await api.ok('setAutoRenew', {
          cardToken: session.cardToken,
          body: { enabled: true, lowData: { enabled: true, monthlyCap: quote.total } },
        });
        const token = await fetch(`${fake.url}/v2/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            grant_type: 'client_credentials',
            client_id: FAKE_AIRALO_CREDENTIALS.airaloClientId,
            client_secret: FAKE_AIRALO_CREDENTIALS.airaloClientSecret,
          }),
        }).then((r) => r.json() as Promise<{ data: { access_token: string } }>);
        const optIn = await fetch(`${fake.url}/v2/notifications/opt-in`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token.data.access_token}` },
          body: JSON.stringify({ type: 'webhook_low_data', webhook_url: `${first.url}/v1/webhooks/airalo` }),
        });
        assert.equal(optIn.status, 200);

        // Airalo applies the low-data top-up at once but the answer never reaches the first server: it dies waiting.
        const held = hold('POST', /^\/v2\/orders\/topups$/);
        const notice = await fake.notifyLowData(CARDS.active, {
          level: '90%',
          package_name: 'Basic 30 days',
          remaining_percentage: 10,
        });
        assert.equal(notice.status, 200);
        await held.arrived;
        await kill(first);
        assert.equal(fake.topUps(CARDS.active).length, 2, 'the purchase, and the low-data top-up unknown to us');

        const second = await spawn();
        const lowData = async () =>
          (await store.listOrders({ cardId: 'card_test0018' })).filter((o) => o.origin === 'low_data');
        await until('the low-data order completes', async () => (await lowData())[0]?.status === 'completed', 20_000);
        const [topUp, ...more] = await lowData();
        assert.equal(more.length, 0, 'one low-data order');
        assert.equal(fake.topUps(CARDS.active).length, 2, 'exactly one low-data top-up');
        assert.deepEqual(
          (await store.listPayments(topUp!.id)).map((p) => p.kind),
          ['charge'],
          'charged once, no refund',
        );
        second.process.kill('SIGTERM');
        assert.equal(await second.exited, 0);
      },
    );
  });
});
