import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, before, describe, it } from 'node:test';
import { DAY_MS } from '../clock.ts';
import { TEST_CARDS, testCardId } from '../domain/test-cards.ts';
import { MIGRATIONS } from './migrations.ts';
import { seedSandbox } from './seed.ts';
import { openSqliteStore } from './sqlite.ts';

describe('SQLite store', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'urcard-store-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('applies the numbered migrations once, in WAL mode, and keeps data across reopening', async () => {
    const path = join(dir, 'a', 'nested', 'urcard.db');
    const store = openSqliteStore(path);
    assert.equal(store.schemaVersion(), MIGRATIONS.at(-1)!.version);
    await store.upsertPartner({
      id: 'ptr_x',
      name: 'X',
      publishableKey: 'pk_x',
      secretKeyHash: 'h',
      allowedOrigins: [],
      createdAt: 1,
    });
    await store.close();

    const raw = new DatabaseSync(path);
    assert.equal((raw.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode, 'wal');
    assert.equal(
      (raw.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as { n: number }).n,
      MIGRATIONS.length,
    );
    raw.close();

    const again = openSqliteStore(path);
    assert.equal((await again.getPartnerByPublishableKey('pk_x'))?.name, 'X');
    await again.close();
  });

  it('applies only the migrations a database does not have yet, and refuses a broken one whole', async () => {
    const path = join(dir, 'migrate.db');
    await openSqliteStore(path, {
      migrations: [{ version: 1, name: 'one', sql: 'CREATE TABLE t1 (x INTEGER)' }],
    }).close();
    const store = openSqliteStore(path, {
      migrations: [
        { version: 1, name: 'one', sql: 'CREATE TABLE t1 (x INTEGER)' },
        { version: 2, name: 'two', sql: 'CREATE TABLE t2 (x INTEGER)' },
      ],
    });
    assert.equal(store.schemaVersion(), 2);
    await store.close();
    assert.throws(
      () =>
        openSqliteStore(path, {
          migrations: [{ version: 3, name: 'broken', sql: 'CREATE TABLE t3 (x INTEGER); CREATE TABLE t1 (y INTEGER)' }],
        }),
      /Migration 3 \(broken\) failed/,
    );
    const raw = new DatabaseSync(path);
    assert.equal(raw.prepare("SELECT name FROM sqlite_master WHERE name = 't3'").get(), undefined, 'rolled back');
    raw.close();
  });

  it('commits a transaction whole or not at all', async () => {
    const store = openSqliteStore(join(dir, 'tx.db'));
    const partner = {
      id: 'ptr_t',
      name: 'T',
      publishableKey: 'pk_t',
      secretKeyHash: 'ht',
      allowedOrigins: [],
      createdAt: 1,
    };
    await assert.rejects(
      store.transaction(async (tx) => {
        await tx.upsertPartner(partner);
        throw new Error('halfway');
      }),
      /halfway/,
    );
    assert.equal(await store.getPartnerByPublishableKey('pk_t'), null);
    await store.transaction(async (tx) => tx.upsertPartner(partner));
    assert.equal((await store.getPartnerByPublishableKey('pk_t'))?.id, 'ptr_t');
    // Concurrent transactions do not interleave on the one connection.
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.transaction(async (tx) => {
          const attempts = await tx.getPinAttempts('n');
          await new Promise((r) => setImmediate(r));
          await tx.putPinAttempts({
            numberHash: 'n',
            failures: (attempts?.failures ?? 0) + 1,
            lockedUntil: null,
            updatedAt: i,
          });
        }),
      ),
    );
    assert.equal((await store.getPinAttempts('n'))?.failures, 20);
    await store.close();
  });

  it('seeds the sandbox idempotently and re-anchors the test cards to now, except one with an order in flight', async () => {
    const store = openSqliteStore(join(dir, 'seed.db'));
    const options = { cardHashKey: 'k', scryptCost: 1024, resetTestCards: true };
    const weekAgo = Date.now() - 7 * DAY_MS;
    assert.deepEqual(await seedSandbox(store, { ...options, now: weekAgo }), { created: 6, reset: 0 });
    const id = testCardId(TEST_CARDS[1]!.number);
    const pinHash = (await store.getCard(id))!.pinHash;
    await store.updateCard(id, { autoRenew: true, expiresAt: 0 }, weekAgo);
    await store.putPinAttempts({
      numberHash: (await store.getCard(id))!.numberHash,
      failures: 3,
      lockedUntil: null,
      updatedAt: 1,
    });

    const now = Date.now();
    assert.deepEqual(await seedSandbox(store, { ...options, now }), { created: 0, reset: 6 });
    const card = (await store.getCard(id))!;
    assert.equal(card.expiresAt, now + TEST_CARDS[1]!.expiresInDays * DAY_MS, '"expiring in 3 days" stays true');
    assert.equal(card.autoRenew, false);
    assert.equal(card.pinHash, pinHash, 'the PIN hash is kept');
    assert.equal(await store.getPinAttempts(card.numberHash), null, 'lockouts are cleared');
    assert.equal((await store.listPartners()).length, 1);

    await seedSandbox(store, { ...options, now: now + 1000, resetTestCards: false });
    assert.equal((await store.getCard(id))!.expiresAt, card.expiresAt, 'no reset when turned off');

    const money = { amount: 100, currency: 'USD' };
    await store.insertOrder({
      id: 'ord_inflight',
      partnerId: 'ptr_demo',
      cardId: id,
      quoteId: 'quo_x',
      status: 'provisioning',
      maskedCardNumber: card.last4,
      plan: { planId: 'basic-7', tier: 'basic', name: 'B', dataMb: 1, minutes: 1, sms: 1, validityDays: 7, addOns: [] },
      lineItems: [],
      subtotal: money,
      discount: money,
      total: money,
      promoCode: null,
      autoRenew: false,
      offSession: false,
      email: null,
      partnerRef: null,
      provider: 'sandbox',
      providerPaymentId: null,
      providerData: {},
      paymentMethod: null,
      lastPaymentError: null,
      failure: null,
      receipt: null,
      lastPaymentEventAt: null,
      createdAt: now,
      updatedAt: now,
    });
    assert.deepEqual(await seedSandbox(store, { ...options, now: now + 5000 }), { created: 0, reset: 5 });
    assert.equal(
      (await store.getCard(id))!.expiresAt,
      card.expiresAt,
      'the card with an order in flight is left alone',
    );
    await store.close();
  });
});
