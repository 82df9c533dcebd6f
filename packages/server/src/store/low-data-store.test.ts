import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openTestStore, TEST_ENGINE } from '../test-support/databases.ts';
import { orderRecord } from '../test-support/records.ts';
import { seedSandbox } from './seed.ts';
import type { LowDataTriggerRecord, Store } from './types.ts';

const CARD = 'card_test0018';

describe(`store conformance: low-data choice and triggers (${TEST_ENGINE})`, () => {
  let dir: string;
  let store: Store;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'urcard-low-data-store-'));
    store = await openTestStore(dir);
    await seedSandbox(store, { cardHashKey: 'k', scryptCost: 1024, resetTestCards: true, now: Date.now() });
  });
  after(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps the card’s choice and cap; a card written without one reads as off', async () => {
    assert.deepEqual((await store.getCard(CARD))!.lowData, { enabled: false, monthlyCap: null });
    const cap = { amount: 5000, currency: 'USD' };
    await store.updateCard(CARD, { lowData: { enabled: true, monthlyCap: cap } }, 2);
    assert.deepEqual((await store.getCard(CARD))!.lowData, { enabled: true, monthlyCap: cap });
    await store.updateCard(CARD, { autoRenew: true }, 3);
    assert.deepEqual((await store.getCard(CARD))!.lowData, { enabled: true, monthlyCap: cap }, 'other patches keep it');
    const { lowData: _, ...without } = (await store.getCard(CARD))!;
    await store.putCard(without);
    assert.deepEqual((await store.getCard(CARD))!.lowData, { enabled: false, monthlyCap: null });
  });

  it('records one trigger per card, package and level, and sums what this month’s cost', async () => {
    const trigger = (level: string, orderId: string | null, createdAt: number): LowDataTriggerRecord => ({
      cardId: CARD,
      packageName: 'Basic 30 days',
      level,
      outcome: orderId ? 'ordered' : 'cap_reached',
      orderId,
      createdAt,
    });
    await store.insertOrder({ ...orderRecord('ord_ld1', 'completed'), origin: 'low_data' });
    await store.insertOrder({ ...orderRecord('ord_ld2', 'failed'), origin: 'low_data' });
    await store.insertOrder({ ...orderRecord('ord_ld3', 'paid'), origin: 'low_data' });
    assert.equal(await store.insertLowDataTrigger(trigger('90%', 'ord_ld1', 1000)), true);
    assert.equal(await store.insertLowDataTrigger(trigger('90%', 'ord_ld9', 1001)), false, 'the same level again');
    assert.equal(await store.insertLowDataTrigger(trigger('1days', 'ord_ld2', 1002)), true);
    assert.equal(
      await store.insertLowDataTrigger({ ...trigger('90%', 'ord_ld3', 1003), packageName: 'Another package' }),
      true,
    );
    assert.equal(await store.insertLowDataTrigger({ ...trigger('3days', null, 1004) }), true);
    assert.deepEqual(await store.getLowDataTrigger(CARD, 'Basic 30 days', '90%'), trigger('90%', 'ord_ld1', 1000));
    assert.equal(await store.getLowDataTrigger(CARD, 'Basic 30 days', '75%'), null);
    assert.equal((await store.getOrder('ord_ld1'))!.origin, 'low_data', 'the order keeps its origin');

    // Completed and paid count; failed does not; nor anything before `since` or in another currency.
    assert.equal(await store.lowDataSpent(CARD, 0, 'USD'), 1999 * 2);
    assert.equal(await store.lowDataSpent(CARD, 1001, 'USD'), 1999);
    assert.equal(await store.lowDataSpent(CARD, 0, 'EUR'), 0);
    assert.equal(await store.lowDataSpent('card_other', 0, 'USD'), 0);
  });
});
