import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { systemClock } from '../clock.ts';
import { resolveConfig } from '../config.ts';
import type { Store } from '../store/types.ts';
import { openTestStore, TEST_ENGINE } from '../test-support/databases.ts';
import { iccid } from '../test-support/iccids.ts';
import { SecretBox } from '../webhooks/secret-box.ts';
import { CardImport } from './card-import.ts';

describe(`card import: sealed ICCIDs after a key rotation (${TEST_ENGINE})`, () => {
  let dir: string;
  let store: Store;
  const config = resolveConfig({ scryptCost: 1024 }, {});
  const partner = {
    id: 'ptr_a',
    name: 'A',
    publishableKey: 'pk_a',
    secretKeyHash: 'x',
    allowedOrigins: [],
    createdAt: 0,
  };
  const [oldKey, newKey, lostKey] = [randomBytes(32), randomBytes(32), randomBytes(32)];
  const importer = (keys: Buffer[]) =>
    new CardImport({ store, config, clock: systemClock, secrets: new SecretBox(keys) });

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'urcard-reseal-'));
    store = await openTestStore(dir);
  });
  after(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('seals again with the new key what the old one sealed, and names what no listed key opens', async () => {
    const numbers = [iccid(920_001), iccid(920_002), iccid(920_003)];
    const ids = (
      await importer([oldKey]).import(
        partner,
        numbers.slice(0, 2).map((n) => ({ cardNumber: n, pin: '1111' })),
      )
    ).map((c) => c.id);
    const [lost] = await importer([lostKey]).import(partner, [{ cardNumber: numbers[2]!, pin: '1111' }]);

    const result = await importer([newKey, oldKey]).resealIccids();
    assert.deepEqual(result, { resealed: 2, unreadable: [lost!.id] });
    const onlyNew = new SecretBox([newKey]);
    for (const [i, id] of ids.entries()) {
      const card = (await store.getCard(id))!;
      assert.equal(onlyNew.needsReseal(card.sealedIccid!), false);
      assert.equal(onlyNew.open(card.sealedIccid!, id), numbers[i], 'the new key alone opens it');
    }
    assert.deepEqual(await importer([newKey, oldKey]).resealIccids(), { resealed: 0, unreadable: [lost!.id] });
  });
});
