import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openStore } from './store/open.ts';
import type { Child } from './test-support/child-server.ts';
import { kill, spawnServer } from './test-support/child-server.ts';
import { freshDatabase } from './test-support/databases.ts';
import { Api, CARDS, DAY, until } from './test-support/harness.ts';

describe('crash safety', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'urcard-crash-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('a server killed (SIGKILL) mid-provisioning, twice, completes the order exactly once with one payment', async () => {
    const database = await freshDatabase(dir);
    const db = database.flags;
    const store = await openStore(database.settings);
    let orderId = '';
    const provisionJob = async () =>
      (await store.listJobs({ type: 'provision_order' })).find((j) => j.uniqueKey === `provision:${orderId}`);
    const env = {
      URCARD_JOB_LEASE_MS: '3000',
      URCARD_CARRIER_DELAY_MS: '10000',
      URCARD_JOB_POLL_MS: '50',
      URCARD_SCRYPT_COST: '1024',
      URCARD_SCHEDULER_INTERVAL_MS: '3600000',
    };
    const servers: Child[] = [];
    try {
      const first = await spawnServer(db, env);
      servers.push(first);
      const api = new Api(first.url);
      const { order, session } = await api.order(CARDS.active, { planId: 'basic-30' });
      orderId = order.id;
      const before = (await api.ok('currentCard', { cardToken: session.cardToken })).card;
      await api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
      await api.waitForOrder(order.id, (o) => o.status === 'provisioning');
      await new Promise((r) => setTimeout(r, 200));
      await kill(first);

      // Restarted on the same database: the job resumes once its lease lapses; killed again before the carrier answers.
      const second = await spawnServer(db, env);
      servers.push(second);
      assert.equal((await provisionJob())?.attempts, 1, 'a start takes no job over: it waits for the lease');
      await until('the second server resumes the job', async () => (await provisionJob())?.attempts === 2, 15_000);
      const status = (await new Api(second.url).ok('getOrder', { params: { orderId: order.id } })).status;
      assert.equal(status, 'provisioning');
      await new Promise((r) => setTimeout(r, 300));
      await kill(second);

      const third = await spawnServer(db, env);
      servers.push(third);
      const thirdApi = new Api(third.url);
      const done = await thirdApi.waitForOrder(order.id, (o) => o.status === 'completed', 20_000);
      assert.equal(done.receipt?.previousExpiresAt, before.expiresAt);
      assert.equal(Date.parse(done.receipt!.newExpiresAt) - Date.parse(before.expiresAt), 30 * DAY, 'extended once');
      const { cardToken } = await thirdApi.verify(CARDS.active);
      assert.equal((await thirdApi.ok('currentCard', { cardToken })).card.expiresAt, done.receipt!.newExpiresAt);
      third.process.kill('SIGTERM');
      assert.equal(await third.exited, 0, 'a graceful stop exits 0');

      const payments = await store.listPayments(order.id);
      assert.deepEqual(
        payments.map((p) => p.kind),
        ['charge'],
        'one payment, no refund',
      );
      assert.ok(await store.getCarrierRequest(order.id), 'provisioned once (one request per reference)');
      const events = await store.listOrderEvents(order.id);
      assert.equal(events.filter((e) => e.to === 'completed').length, 1);
      assert.equal(events.filter((e) => e.to === 'paid').length, 1);
      const job = await provisionJob();
      assert.deepEqual({ status: job?.status, attempts: job?.attempts }, { status: 'done', attempts: 3 });
      const logs = servers.flatMap((s) => s.output).join('\n');
      assert.ok(!logs.includes(CARDS.active) && !logs.includes(session.cardToken), 'no secrets in the logs');
    } finally {
      for (const server of servers) if (server.process.exitCode === null) await kill(server);
      await store.close();
      await database.drop();
    }
  });
});
