import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { testCardId } from './domain/test-cards.ts';
import { openStore } from './store/open.ts';
import type { Child } from './test-support/child-server.ts';
import { kill, spawnServer } from './test-support/child-server.ts';
import { freshDatabase, TEST_ENGINE } from './test-support/databases.ts';
import { Api, CARDS, until } from './test-support/harness.ts';

/** Where these orders end: a carrier rejection goes on from `failed` to `refunded`. */
const SETTLED = new Set(['completed', 'refunded', 'canceled']);

describe(`three instances on one database (${TEST_ENGINE})`, () => {
  it('a stream of renewals across instances, one SIGKILLed while it provisions and one restarted overlapping', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'urcard-multi-'));
    const database = await freshDatabase(dir);
    const env = {
      URCARD_SCRYPT_COST: '1024',
      URCARD_SCHEDULER_INTERVAL_MS: '500',
      URCARD_CARRIER_DELAY_MS: '1500',
      URCARD_JOB_LEASE_MS: '2000',
      URCARD_JOB_POLL_MS: '200',
      URCARD_VERIFY_RATE_LIMIT: '10000',
      // A sandbox start puts idle test cards back to their story; here the cards must keep what the orders did.
      URCARD_RESET_TEST_CARDS: 'false',
    };
    // Started together, as a deploy does; whatever starts is stopped at the end, whatever fails.
    const started = await Promise.allSettled([0, 1, 2].map(() => spawnServer(database.flags, env)));
    const all: Child[] = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const failedToStart = started.find((s) => s.status === 'rejected');
    if (failedToStart) {
      await Promise.all(all.map(kill));
      throw failedToStart.reason;
    }
    const servers: (Child | null)[] = [...all];
    const cards = [CARDS.active, CARDS.expiring, CARDS.expired, CARDS.rejected];
    const orderIds: string[] = [];
    try {
      let turn = 0;
      const nextApi = () => {
        for (;;) {
          const server = servers[turn++ % servers.length];
          if (server) return new Api(server.url);
        }
      };
      for (let i = 0; i < 12; i++) {
        const { order } = await nextApi().order(cards[i % cards.length]!, { planId: i % 2 ? 'basic-7' : 'basic-30' });
        await nextApi().ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
        orderIds.push(order.id);
        if (i === 4) {
          // Instance 1 dies while provisioning runs (its claimed jobs come back when their leases lapse).
          await kill(servers[1]!);
          servers[1] = null;
        }
        if (i === 7) {
          // Instance 2 is replaced the way a rolling deploy does it: the new one starts before the old one stops.
          const replacement = await spawnServer(database.flags, env);
          all.push(replacement);
          servers[2]!.process.kill('SIGTERM');
          assert.equal(await servers[2]!.exited, 0);
          servers[2] = replacement;
        }
      }
      const api = new Api(servers[0]!.url);
      await until(
        'every order to be settled',
        async () => {
          const orders = await Promise.all(orderIds.map((orderId) => api.ok('getOrder', { params: { orderId } })));
          return orders.every((o) => SETTLED.has(o.status));
        },
        30_000,
      );
    } finally {
      await Promise.all(all.map(kill));
    }

    const store = await openStore(database.settings);
    try {
      const orders = await Promise.all(orderIds.map(async (id) => (await store.getOrder(id))!));
      for (const order of orders) {
        const payments = await store.listPayments(order.id);
        const kinds = payments.map((p) => p.kind).sort();
        const rejected = order.cardId === testCardId(CARDS.rejected);
        assert.equal(order.status, rejected ? 'refunded' : 'completed', order.id);
        assert.deepEqual(kinds, rejected ? ['charge', 'refund'] : ['charge'], `one charge for ${order.id}`);
        assert.ok(await store.getCarrierRequest(order.id), `the carrier was asked for ${order.id}`);
      }
      // Each completed order extended its card once, from where the one before left it: no renewal lost or doubled.
      for (const card of [CARDS.active, CARDS.expiring, CARDS.expired]) {
        const cardId = testCardId(card);
        const receipts = orders
          .filter((o) => o.cardId === cardId)
          .map((o) => o.receipt!)
          .sort((a, b) => a.issuedAt.localeCompare(b.issuedAt) || a.newExpiresAt.localeCompare(b.newExpiresAt));
        assert.equal(receipts.length, 3);
        for (let i = 1; i < receipts.length; i++) {
          assert.equal(receipts[i]!.previousExpiresAt, receipts[i - 1]!.newExpiresAt, `${card}: chained renewals`);
        }
        const stored = (await store.getCard(cardId))!;
        assert.equal(new Date(stored.expiresAt).toISOString(), receipts.at(-1)!.newExpiresAt);
      }
      const jobs = await store.listJobs({ type: 'provision_order' });
      assert.equal(jobs.length, 12);
      assert.ok(jobs.every((j) => j.status === 'done'));
    } finally {
      await store.close();
      await database.drop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
