import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DAY_MS } from '../clock.ts';
import { TEST_CARDS, testCardId } from '../domain/test-cards.ts';
import { kill, spawnServer } from '../test-support/child-server.ts';
import { freshDatabase, openTestStore, TEST_ENGINE } from '../test-support/databases.ts';
import { orderRecord } from '../test-support/records.ts';
import { openStore } from './open.ts';
import { seedSandbox } from './seed.ts';

const SEED = { cardHashKey: 'k', scryptCost: 1024, resetTestCards: true };

describe(`store lifecycle: migrations and the sandbox seed (${TEST_ENGINE})`, () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'urcard-store-life-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('applies the migrations once when several server processes start together, and keeps data across reopening', async () => {
    const database = await freshDatabase(await mkdtemp(join(dir, 'm-')));
    const env = { URCARD_SCRYPT_COST: '1024', URCARD_SCHEDULER_INTERVAL_MS: '3600000' };
    const started = await Promise.allSettled([1, 2, 3].map(() => spawnServer(database.flags, env)));
    const servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    try {
      for (const s of started) if (s.status === 'rejected') throw s.reason;
      const healths = await Promise.all(servers.map((s) => fetch(`${s.url}/v1/health`).then((r) => r.status)));
      assert.deepEqual(healths, [200, 200, 200]);
    } finally {
      await Promise.all(servers.map(kill));
    }
    const again = await openStore(database.settings);
    assert.equal((await again.listPartners()).length, 1, 'seeded once');
    assert.equal((await again.getCard(testCardId(TEST_CARDS[0]!.number)))?.testCard, true);
    await again.close();
    await database.drop();
  });

  it('refuses a broken migration whole and names it', async () => {
    const database = await freshDatabase(await mkdtemp(join(dir, 'b-')));
    await assert.rejects(
      openStore({
        ...database.settings,
        migrations: {
          '9999-broken': {
            up: async (db) => {
              await db.schema.createTable('t3').addColumn('x', 'integer').execute();
              await db.schema.createTable('partners').addColumn('y', 'integer').execute();
            },
          },
        },
      }),
      /Migration 9999-broken failed/,
    );
    const ok = await openStore(database.settings);
    await assert.rejects(
      ok.transaction(async () => {
        throw new Error('x');
      }),
      /x/,
    );
    await ok.close();
    await database.drop();
  });

  it('seeds the sandbox idempotently and re-anchors the test cards to now, except one with an order in flight', async () => {
    const seeded = await openTestStore(await mkdtemp(join(dir, 's-')));
    const weekAgo = Date.now() - 7 * DAY_MS;
    assert.deepEqual(await seedSandbox(seeded, { ...SEED, now: weekAgo }), { created: 6, reset: 0 });
    const id = testCardId(TEST_CARDS[1]!.number);
    const { pinHash, numberHash } = (await seeded.getCard(id))!;
    await seeded.updateCard(id, { autoRenew: true, expiresAt: 0 }, weekAgo);
    await seeded.countPinAttempt(numberHash, { now: weekAgo, memoryMs: DAY_MS });
    const now = Date.now();
    assert.deepEqual(await seedSandbox(seeded, { ...SEED, now }), { created: 0, reset: 6 });
    const card = (await seeded.getCard(id))!;
    assert.equal(card.expiresAt, now + TEST_CARDS[1]!.expiresInDays * DAY_MS, '"expiring in 3 days" stays true');
    assert.deepEqual([card.autoRenew, card.pinHash], [false, pinHash]);
    assert.equal(await seeded.getPinAttempts(numberHash), null, 'lockouts are cleared');
    await seedSandbox(seeded, { ...SEED, now: now + 1000, resetTestCards: false });
    assert.equal((await seeded.getCard(id))!.expiresAt, card.expiresAt, 'no reset when turned off');
    await seeded.insertOrder({ ...orderRecord('ord_inflight', 'provisioning'), cardId: id });
    assert.deepEqual(await seedSandbox(seeded, { ...SEED, now: now + 5000 }), { created: 0, reset: 5 });
    assert.equal(
      (await seeded.getCard(id))!.expiresAt,
      card.expiresAt,
      'the card with an order in flight is left alone',
    );
    await seeded.close();
  });
});
