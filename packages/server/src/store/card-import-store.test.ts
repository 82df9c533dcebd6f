import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openTestStore, TEST_ENGINE } from '../test-support/databases.ts';
import type { CardRecord, Store } from './types.ts';

const importedCard = (id: string, numberHash: string): CardRecord => ({
  id,
  numberHash,
  last4: '0017',
  pinHash: 'scrypt$1024$8$1$salt$key',
  state: 'active',
  stateReason: null,
  expiresAt: 1_000,
  currentPlan: null,
  balance: { dataMb: 0, dataTotalMb: 0, minutes: 0, minutesTotal: 0, sms: 0 },
  coverage: [],
  autoRenew: false,
  savedPaymentMethod: null,
  providerCustomerId: null,
  lastPurchase: null,
  carrierProfile: 'normal',
  testCard: false,
  sealedIccid: `whenc:v1:abcd1234:${id}`,
  importedBy: 'ptr_a',
  lowData: { enabled: false, monthlyCap: null },
  createdAt: 1_000,
  updatedAt: 1_000,
});

describe(`store: imported cards (${TEST_ENGINE})`, () => {
  let dir: string;
  let store: Store;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'urcard-store-import-'));
    store = await openTestStore(dir);
  });
  after(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps the sealed ICCID and the importing partner', async () => {
    const card = importedCard('card_kept', 'hash_kept');
    assert.equal(await store.insertCardIfAbsent(card), true);
    assert.deepEqual(await store.getCard('card_kept'), card);
    assert.deepEqual(await store.getCardByNumberHash('hash_kept'), card);
  });

  it('of two inserts of one number at once, exactly one inserts; the other changes nothing', async () => {
    for (let round = 0; round < 5; round++) {
      const hash = `hash_race_${round}`;
      const cards = ['a', 'b', 'c'].map((who) => importedCard(`card_${who}${round}`, hash));
      const inserted = await Promise.all(cards.map((c) => store.insertCardIfAbsent(c)));
      assert.equal(inserted.filter(Boolean).length, 1, `round ${round}: ${inserted}`);
      const winner = cards[inserted.indexOf(true)]!;
      assert.deepEqual(await store.getCardByNumberHash(hash), winner);
      for (const loser of cards.filter((c) => c !== winner)) assert.equal(await store.getCard(loser.id), null);
    }
  });
});
