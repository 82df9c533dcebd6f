import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { OrderStatus } from '@urcard/sdk';
import { ORDER_STATUSES, TERMINAL_ORDER_STATUSES } from '@urcard/sdk';
import { seedSandbox } from '../store/seed.ts';
import type { Store } from '../store/types.ts';
import { openTestStore } from '../test-support/databases.ts';
import { orderRecord as order } from '../test-support/records.ts';
import { canTransition, forbiddenTransitions, ORDER_TRANSITIONS, OrderStateError } from './order-machine.ts';
import { transitionOrder } from './orders.ts';

describe('order state machine', () => {
  let dir: string;
  let store: Store;
  let n = 0;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'urcard-machine-'));
    store = await openTestStore(dir);
    await seedSandbox(store, { now: Date.now(), cardHashKey: 'k', scryptCost: 1024, resetTestCards: true });
  });
  after(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  const stored = async (status: OrderStatus) => {
    const record = order(`ord_m${++n}`, status);
    await store.insertOrder(record);
    return record;
  };

  it('allows exactly the reviewed transitions (adding one, e.g. paid → canceled, must change this test)', () => {
    // Written out by hand on purpose: a transition that moves money or skips the carrier is a reviewed change.
    const allowed = Object.entries(ORDER_TRANSITIONS).flatMap(([from, tos]) => tos.map((to) => `${from} → ${to}`));
    assert.deepEqual(allowed.sort(), [
      'completed → refunded',
      'failed → refunded',
      'paid → provisioning',
      'paid → refunded',
      'processing → canceled',
      'processing → failed',
      'processing → paid',
      'processing → requires_payment',
      'provisioning → completed',
      'provisioning → failed',
      'requires_payment → canceled',
      'requires_payment → failed',
      'requires_payment → paid',
      'requires_payment → processing',
    ]);
  });

  it('has terminal states with no way out, and every other state reachable', () => {
    // The one way out of a terminal state is a support refund of a completed order (back office, secret key).
    for (const status of TERMINAL_ORDER_STATUSES) {
      assert.deepEqual(ORDER_TRANSITIONS[status], status === 'completed' ? ['refunded'] : []);
    }
    const reachable = new Set<OrderStatus>(['requires_payment']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const from of reachable) {
        for (const to of ORDER_TRANSITIONS[from]) {
          if (!reachable.has(to)) {
            reachable.add(to);
            grew = true;
          }
        }
      }
    }
    assert.deepEqual([...reachable].sort(), [...ORDER_STATUSES].sort());
  });

  it('refuses every forbidden transition and leaves the order as it was', async () => {
    const forbidden = forbiddenTransitions();
    assert.equal(forbidden.length, ORDER_STATUSES.length ** 2 - Object.values(ORDER_TRANSITIONS).flat().length);
    for (const [from, to] of forbidden) {
      const record = await stored(from);
      await assert.rejects(
        store.transaction((tx) => transitionOrder(tx, record, to, {}, 'test', Date.now())),
        (error: unknown) => error instanceof OrderStateError && error.from === from && error.to === to,
        `${from} → ${to}`,
      );
      assert.equal((await store.getOrder(record.id))?.status, from);
      assert.equal((await store.listOrderEvents(record.id)).length, 0);
    }
  });

  it('makes every allowed transition, with a history line', async () => {
    for (const from of ORDER_STATUSES) {
      for (const to of ORDER_TRANSITIONS[from]) {
        assert.ok(canTransition(from, to));
        const record = await stored(from);
        const moved = await store.transaction((tx) => transitionOrder(tx, record, to, {}, 'test', Date.now()));
        assert.equal(moved.status, to);
        assert.equal((await store.getOrder(record.id))?.status, to);
        const events = await store.listOrderEvents(record.id);
        assert.deepEqual(
          events.map((e) => [e.from, e.to]),
          [[from, to]],
        );
      }
    }
  });

  it('refuses a transition from a stale copy of the order (someone moved it meanwhile)', async () => {
    const record = await stored('paid');
    await store.transaction((tx) => transitionOrder(tx, record, 'provisioning', {}, 'first', Date.now()));
    await assert.rejects(
      store.transaction((tx) => transitionOrder(tx, record, 'provisioning', {}, 'second', Date.now())),
      OrderStateError,
    );
    assert.equal((await store.listOrderEvents(record.id)).length, 1);
  });
});
