import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DAY_MS } from '../clock.ts';
import { TEST_CARDS, testCardId } from '../domain/test-cards.ts';
import { openTestStore, TEST_ENGINE } from '../test-support/databases.ts';
import { idempotencyRecord, orderRecord } from '../test-support/records.ts';
import { seedSandbox } from './seed.ts';
import { StoreMisuseError } from './store.ts';
import type { Store } from './types.ts';

const SEED = { cardHashKey: 'k', scryptCost: 1024, resetTestCards: true };

describe(`store conformance (${TEST_ENGINE})`, () => {
  let dir: string;
  let store: Store;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'urcard-store-'));
    store = await openTestStore(dir);
    await seedSandbox(store, { ...SEED, now: Date.now() });
  });
  after(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('returns times and amounts as numbers, JSON as objects, flags as booleans', async () => {
    const card = (await store.getCard(testCardId(TEST_CARDS[0]!.number)))!;
    assert.equal(typeof card.expiresAt, 'number');
    assert.equal(typeof card.balance, 'object');
    assert.equal(card.testCard, true);
    await store.insertOrder(orderRecord('ord_numbers', 'requires_payment'));
    const order = (await store.getOrder('ord_numbers'))!;
    assert.deepEqual(order, orderRecord('ord_numbers', 'requires_payment'));
    assert.equal(typeof order.total.amount, 'number');
  });

  it('updates a card by patch and finds auto-renew candidates', async () => {
    const id = testCardId(TEST_CARDS[0]!.number);
    const method = {
      provider: 'sandbox' as const,
      id: 'pm_x',
      summary: { type: 'sandbox' as const, brand: 'visa', last4: '4242' },
    };
    await store.updateCard(id, { autoRenew: true, savedPaymentMethod: method, expiresAt: 5_000 }, 10);
    const card = (await store.getCard(id))!;
    assert.deepEqual(
      [card.autoRenew, card.savedPaymentMethod, card.expiresAt, card.updatedAt],
      [true, method, 5_000, 10],
    );
    assert.deepEqual(
      (await store.listAutoRenewCandidates(6_000)).map((c) => c.id),
      [id],
    );
    assert.deepEqual(await store.listAutoRenewCandidates(5_000), []);
    await store.updateCard(id, { autoRenew: false, savedPaymentMethod: null }, 11);
    assert.equal((await store.getCardByNumberHash(card.numberHash))?.autoRenew, false);
  });

  it('keeps tokens, sessions and bound cards', async () => {
    const cardId = testCardId(TEST_CARDS[0]!.number);
    await store.insertCardToken({ tokenHash: 'th', cardId, partnerId: 'ptr_demo', expiresAt: 100, createdAt: 1 });
    assert.deepEqual(await store.getCardToken('th'), {
      tokenHash: 'th',
      cardId,
      partnerId: 'ptr_demo',
      expiresAt: 100,
      createdAt: 1,
    });
    await store.insertCustomerSession({
      id: 'cus_1',
      partnerId: 'ptr_demo',
      customerId: 'c1',
      expiresAt: 100,
      createdAt: 1,
    });
    await store.insertCustomerSessionToken('sh', 'cus_1', 1);
    assert.equal((await store.getCustomerSessionByTokenHash('sh'))?.customerId, 'c1');
    assert.equal((await store.getCustomerSession('cus_1'))?.expiresAt, 100);
    await store.bindCard('ptr_demo', 'c1', cardId, 1);
    await store.bindCard('ptr_demo', 'c1', cardId, 2);
    assert.equal(await store.isCardBound('ptr_demo', 'c1', cardId), true);
    assert.equal(await store.isCardBound('ptr_demo', 'c2', cardId), false);
    assert.deepEqual(
      (await store.listBoundCards('ptr_demo', 'c1')).map((c) => c.id),
      [cardId],
    );
  });

  it('moves orders by compare-and-set, lists them by filter, and keeps one charge per order', async () => {
    await store.insertOrder({
      ...orderRecord('ord_cas', 'requires_payment'),
      providerPaymentId: 'sbpi_cas',
      createdAt: 50,
    });
    assert.equal(await store.updateOrder('ord_cas', { status: 'processing' }, 'paid', 60), false);
    assert.equal(
      await store.updateOrder('ord_cas', { status: 'processing', lastPaymentError: null }, 'requires_payment', 60),
      true,
    );
    assert.equal((await store.getOrderByProviderPaymentId('sandbox', 'sbpi_cas'))?.status, 'processing');
    const listed = await store.listOrders({ statuses: ['processing'], createdBefore: 51 });
    assert.deepEqual(
      listed.map((o) => o.id),
      ['ord_cas'],
    );
    assert.deepEqual(await store.listOrders({ statuses: [] }), []);
    await store.insertOrderEvent({
      orderId: 'ord_cas',
      from: 'requires_payment',
      to: 'processing',
      reason: 'r',
      at: 60,
    });
    assert.deepEqual(
      (await store.listOrderEvents('ord_cas')).map((e) => e.to),
      ['processing'],
    );
    const charge = {
      id: 'pay_1',
      orderId: 'ord_cas',
      kind: 'charge' as const,
      provider: 'sandbox' as const,
      providerRef: null,
      amount: { amount: 1999, currency: 'USD' },
      createdAt: 61,
    };
    assert.equal(await store.insertPayment(charge), true);
    assert.equal(await store.insertPayment({ ...charge, id: 'pay_2' }), false, 'one charge per order');
    assert.deepEqual(
      (await store.listPayments('ord_cas')).map((p) => p.id),
      ['pay_1'],
    );
    assert.equal(await store.recordProviderEvent('sandbox', 'ev1', 1), true);
    assert.equal(await store.recordProviderEvent('sandbox', 'ev1', 2), false);
  });

  it('pages a partner’s orders by keyset, newest first, ties broken by id; keeps locale and refund', async () => {
    // Five orders of one partner, three created in the same millisecond, and one of another partner.
    const times = [1000, 1000, 1000, 1001, 999];
    for (const [i, createdAt] of times.entries()) {
      await store.insertOrder({
        ...orderRecord(`ord_page${i}`, 'completed'),
        createdAt,
        locale: i === 0 ? 'zh-CN' : null,
      });
    }
    await store.upsertPartner({
      id: 'ptr_pages',
      name: 'Pages',
      publishableKey: 'pk_test_pages',
      secretKeyHash: 'h',
      allowedOrigins: [],
      createdAt: 1,
    });
    await store.insertOrder({ ...orderRecord('ord_pageother', 'completed'), partnerId: 'ptr_pages', createdAt: 1002 });
    const seen: string[] = [];
    let after: { createdAt: number; id: string } | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = await store.listOrders({
        partnerId: 'ptr_demo',
        newestFirst: true,
        limit: 2,
        createdBefore: 2000,
        ...(after ? { after } : {}),
      });
      const mine = page.filter((o) => o.id.startsWith('ord_page'));
      seen.push(...mine.map((o) => o.id));
      if (page.length < 2) break;
      const last = page.at(-1)!;
      after = { createdAt: last.createdAt, id: last.id };
    }
    assert.deepEqual(seen, ['ord_page3', 'ord_page2', 'ord_page1', 'ord_page0', 'ord_page4']);
    const oldestFirst = await store.listOrders({
      partnerId: 'ptr_demo',
      after: { createdAt: 1000, id: 'ord_page0' },
      createdBefore: 1001,
    });
    assert.deepEqual(
      oldestFirst.map((o) => o.id).filter((id) => id.startsWith('ord_page')),
      ['ord_page1', 'ord_page2'],
    );
    assert.equal((await store.getOrder('ord_page0'))?.locale, 'zh-CN');
    assert.equal((await store.getOrder('ord_page1'))?.locale, null);
    const refund = {
      reason: 'r',
      amount: { amount: 1999, currency: 'USD' },
      reversal: true,
      requestedAt: 5,
      settledAt: null,
    };
    assert.equal(await store.updateOrder('ord_page1', { status: 'refunded', refund }, 'completed', 6), true);
    assert.deepEqual((await store.getOrder('ord_page1'))?.refund, refund);
  });

  it('runs a transaction whole or not at all, runs it again after a conflict, and refuses store.* inside it', async () => {
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
    await assert.rejects(
      store.transaction(async () => store.getPartnerByPublishableKey('pk_t')),
      (error: unknown) => error instanceof StoreMisuseError && /tx\.getPartnerByPublishableKey/.test(error.message),
    );
    await assert.rejects(
      store.transaction(() => store.transaction(async () => 1)),
      StoreMisuseError,
    );
    await store.transaction((tx) => tx.upsertPartner(partner));
    assert.equal((await store.getPartnerByPublishableKey('pk_t'))?.id, 'ptr_t');
  });

  it('queues jobs once per unique key, and claims, renews, finishes, retries and releases them by owner', async () => {
    const now = Date.now();
    assert.equal(await store.enqueueJob({ type: 'refund_order', uniqueKey: 'u1', payload: { a: 1 } }, now), true);
    assert.equal(await store.enqueueJob({ type: 'refund_order', uniqueKey: 'u1', payload: { a: 2 } }, now), false);
    await store.enqueueJob({ type: 'provision_order', uniqueKey: 'u2', payload: {} }, now);
    const refunds = await store.claimJobs({ now, limit: 5, leaseMs: 1000, owner: 'w1', types: ['refund_order'] });
    assert.deepEqual(
      refunds.map((j) => [j.uniqueKey, j.attempts, j.owner, j.payload]),
      [['u1', 1, 'w1', { a: 1 }]],
    );
    assert.deepEqual(await store.claimJobs({ now, limit: 5, leaseMs: 1000, owner: 'w2', types: ['refund_order'] }), []);
    await store.renewJobLeases([refunds[0]!.id], 'w1', now + 5000);
    assert.deepEqual(
      await store.claimJobs({ now: now + 2000, limit: 5, leaseMs: 1000, owner: 'w2', types: ['refund_order'] }),
      [],
    );
    await store.retryJob(refunds[0]!.id, 'w1', { runAt: now + 10, error: 'boom', dead: false, now });
    const again = await store.claimJobs({
      now: now + 10,
      limit: 5,
      leaseMs: 1000,
      owner: 'w2',
      types: ['refund_order'],
    });
    assert.deepEqual(
      again.map((j) => [j.attempts, j.lastError]),
      [[2, 'boom']],
    );
    assert.equal(await store.releaseJobs('w1', now), 0, 'only the owner releases');
    assert.equal(await store.releaseJobs('w2', now), 1);
    const [last] = await store.claimJobs({
      now: now + 20,
      limit: 1,
      leaseMs: 1000,
      owner: 'w3',
      types: ['refund_order'],
    });
    await store.finishJob(last!.id, 'w3', now + 30);
    assert.equal((await store.listJobs({ type: 'refund_order', status: 'done' })).length, 1);
    assert.equal((await store.listJobs({ type: 'provision_order', status: 'pending' })).length, 1);
  });

  it('claims an idempotency key once, takes over a lapsed claim of the same request, and stores the answer', async () => {
    const now = Date.now();
    assert.equal((await store.claimIdempotency(idempotencyRecord('k1', now), now)).claimed, true);
    const second = await store.claimIdempotency(idempotencyRecord('k1', now + 1), now + 1);
    assert.deepEqual([second.claimed, second.record.createdAt], [false, now]);
    const later = now + 31_000;
    assert.equal(
      (await store.claimIdempotency(idempotencyRecord('k1', later, 'other'), later)).claimed,
      false,
      'not another request',
    );
    const taken = await store.claimIdempotency(idempotencyRecord('k1', later), later);
    assert.deepEqual([taken.claimed, taken.record.createdAt], [true, now], 'taken over, same seed');
    await store.finishIdempotency('ptr_demo', 'k1', { status: 200, body: '{"ok":true}' });
    const done = await store.claimIdempotency(idempotencyRecord('k1', later + 1_000_000), later + 1_000_000);
    assert.deepEqual([done.claimed, done.record.status, done.record.responseBody], [false, 'done', '{"ok":true}']);
    const expired = now + 2 * 86_400_000;
    assert.equal(
      (await store.claimIdempotency(idempotencyRecord('k1', expired), expired)).claimed,
      true,
      'expired keys start again',
    );
    await store.deleteIdempotency('ptr_demo', 'k1');
    assert.equal(await store.getIdempotency('ptr_demo', 'k1'), null);
  });

  it('counts PIN attempts, locks, lets a lock run out, and forgets after a right PIN', async () => {
    const now = 1_000_000;
    for (let i = 1; i <= 5; i++)
      assert.equal((await store.countPinAttempt('pin_a', { now, memoryMs: DAY_MS })).failures, i);
    assert.equal(await store.lockPinAttempts('pin_a', { now, until: now + 900, maxAttempts: 5 }), true);
    assert.equal(await store.lockPinAttempts('pin_a', { now, until: now + 900, maxAttempts: 5 }), false, 'locked once');
    const locked = await store.countPinAttempt('pin_a', { now: now + 1, memoryMs: DAY_MS });
    assert.deepEqual([locked.failures, locked.lockedUntil, locked.lockouts], [5, now + 900, 1]);
    assert.equal(await store.clearPinAttempts('pin_a', now + 2), now + 900, 'a running lock is not cleared');
    const after = await store.countPinAttempt('pin_a', { now: now + 1000, memoryMs: DAY_MS });
    assert.deepEqual(
      [after.failures, after.lockedUntil, after.lockouts],
      [1, null, 1],
      'count starts again, lockouts kept',
    );
    assert.equal(await store.clearPinAttempts('pin_a', now + 1001), null);
    assert.equal(await store.getPinAttempts('pin_a'), null);
  });

  it('keeps the first carrier request of a reference, answers and forgets pending ones, counts rate-limit windows, and purges what expired', async () => {
    const request = {
      reference: 'ord_c',
      cardId: 'card_x',
      requestedAt: 1,
      completesAt: 2,
      outcome: 'accepted' as const,
      reason: null,
    };
    assert.deepEqual(await store.putCarrierRequestOnce(request), request);
    assert.deepEqual(await store.putCarrierRequestOnce({ ...request, outcome: 'rejected', reason: 'x' }), request);
    const answer = { outcome: 'rejected' as const, reason: 'no', completesAt: 3 };
    assert.equal(await store.answerCarrierRequest('ord_c', answer), false, 'answered already');
    await store.forgetPendingCarrierRequest('ord_c');
    assert.deepEqual(await store.getCarrierRequest('ord_c'), request, 'an answered request is not forgotten');
    const pending = { ...request, reference: 'refund_c', outcome: 'pending' as const, reason: 'claim-1' };
    assert.deepEqual(await store.putCarrierRequestOnce(pending), pending);
    assert.equal(await store.answerCarrierRequest('refund_c', answer), true);
    assert.equal(await store.answerCarrierRequest('refund_c', { ...answer, reason: 'again' }), false);
    assert.deepEqual(await store.getCarrierRequest('refund_c'), { ...pending, ...answer });
    await store.putCarrierRequestOnce({ ...pending, reference: 'refund_d' });
    await store.forgetPendingCarrierRequest('refund_d');
    assert.equal(await store.getCarrierRequest('refund_d'), null, 'a pending request is forgotten');
    assert.deepEqual(await store.hitRateLimit('ip:1', 1000, 5000), { count: 1, windowStart: 5000 });
    assert.deepEqual(await store.hitRateLimit('ip:1', 1000, 5500), { count: 2, windowStart: 5000 });
    assert.deepEqual(await store.hitRateLimit('ip:1', 1000, 6000), { count: 1, windowStart: 6000 });
    assert.ok((await store.purgeExpired(Date.now() + 40 * DAY_MS)) > 0);
    assert.equal(await store.getCardToken('th'), null);
  });

  it('runs an exclusive section in one holder at a time', async () => {
    let release!: () => void;
    const first = store.exclusive(
      'test-lock',
      'a',
      () =>
        new Promise<string>((r) => {
          release = () => r('a');
        }),
    );
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(await store.exclusive('test-lock', 'b', async () => 'b'), null);
    release();
    assert.equal(await first, 'a');
    assert.equal(await store.exclusive('test-lock', 'b', async () => 'b'), 'b');
  });
});
