import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openTestStore, TEST_ENGINE } from '../test-support/databases.ts';
import { openStore } from './open.ts';
import type { Store } from './types.ts';

const FRESH_MS = 60_000;
const LEASE_MS = 10_000;

describe(`store conformance: live-balance readings (${TEST_ENGINE})`, () => {
  let dir: string;
  let store: Store & Awaited<ReturnType<typeof openTestStore>>;
  /** A second store on the same database: another instance. */
  let other: Store;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'urcard-readings-store-'));
    store = await openTestStore(dir);
    other = await openStore(store.database.settings);
  });
  after(async () => {
    await other.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  const claim = (s: Store, cardId: string, now: number) => s.claimCardReading(cardId, { now, leaseMs: LEASE_MS });

  it('one claim at a time; a finished reading is fresh for freshMs; notBefore holds the next claim back', async () => {
    assert.equal(await store.getCardReading('card_a'), null);
    assert.equal(await claim(store, 'card_a', 1_000), true, 'the first claim creates the row');
    assert.equal(await claim(other, 'card_a', 1_001), false, 'claimed by the first');
    assert.deepEqual(await store.getCardReading('card_a'), {
      cardId: 'card_a',
      fetchedAt: null,
      freshUntil: 0,
      refreshingUntil: 1_000 + LEASE_MS,
      notBefore: 0,
    });

    await store.finishCardReading('card_a', {
      reading: { fetchedAt: 2_000, freshUntil: 2_000 + FRESH_MS },
      notBefore: 0,
    });
    assert.equal(await claim(other, 'card_a', 2_000 + FRESH_MS - 1), false, 'still fresh');
    assert.equal(await claim(other, 'card_a', 2_000 + FRESH_MS), true, 'stale: claimable');

    // A failure keeps the last reading and sets the next earliest read.
    await other.finishCardReading('card_a', { reading: null, notBefore: 200_000 });
    assert.deepEqual(await store.getCardReading('card_a'), {
      cardId: 'card_a',
      fetchedAt: 2_000,
      freshUntil: 2_000 + FRESH_MS,
      refreshingUntil: 0,
      notBefore: 200_000,
    });
    assert.equal(await claim(store, 'card_a', 199_999), false, 'not before notBefore');
    assert.equal(await claim(store, 'card_a', 200_000), true);
  });

  it("a renewal's values are a reading of their own: fresh until they say, kept while a read runs", async () => {
    assert.equal(await claim(store, 'card_r', 1_000), true);
    await other.putCardReading('card_r', { fetchedAt: 1_500, freshUntil: 100_000 });
    assert.deepEqual(await store.getCardReading('card_r'), {
      cardId: 'card_r',
      fetchedAt: 1_500,
      freshUntil: 100_000,
      refreshingUntil: 1_000 + LEASE_MS,
      notBefore: 0,
    });
    await store.finishCardReading('card_r', { reading: null, notBefore: 0 });
    assert.equal(await claim(store, 'card_r', 99_999), false, 'fresh until the renewal said');
    assert.equal(await claim(store, 'card_r', 100_000), true);
    await store.putCardReading('card_new', { fetchedAt: 5, freshUntil: 10 });
    assert.equal((await store.getCardReading('card_new'))?.freshUntil, 10, 'created when missing');
  });

  it('a claim whose instance died lapses after its lease', async () => {
    assert.equal(await claim(store, 'card_b', 5_000), true);
    assert.equal(await claim(other, 'card_b', 5_000 + LEASE_MS - 1), false);
    assert.equal(await claim(other, 'card_b', 5_000 + LEASE_MS), true);
  });

  it('of many concurrent claims from two instances exactly one wins', async () => {
    for (let round = 0; round < 5; round++) {
      const cardId = `card_race_${round}`;
      const now = 10_000 + round;
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) => claim(i % 2 === 0 ? store : other, cardId, now)),
      );
      assert.equal(results.filter(Boolean).length, 1, `round ${round}: ${results.join(',')}`);
      // The same for a row that exists already and is stale.
      await store.finishCardReading(cardId, { reading: { fetchedAt: now, freshUntil: now + FRESH_MS }, notBefore: 0 });
      const again = await Promise.all(
        Array.from({ length: 12 }, (_, i) => claim(i % 2 === 0 ? other : store, cardId, now + FRESH_MS)),
      );
      assert.equal(again.filter(Boolean).length, 1, `round ${round}, stale row: ${again.join(',')}`);
    }
  });
});
