import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Order } from '@urcard/sdk';
import { reversalReference } from '../carrier/simulated.ts';
import { sha256 } from '../ids.ts';
import type { TestServer } from '../test-support/harness.ts';
import { CARDS, DAY, SK, startTestServer } from '../test-support/harness.ts';

describe('back office (secret key)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await server.services.store.upsertPartner({
      id: 'ptr_other',
      name: 'Other',
      publishableKey: 'pk_test_other',
      secretKeyHash: sha256('sk_test_other'),
      allowedOrigins: [],
      createdAt: Date.now(),
    });
  });
  after(() => server.stop());

  const pay = (orderId: string) => server.api.ok('sandboxPay', { params: { orderId }, body: { outcome: 'succeeded' } });
  const completed = async (card: string, email?: string) => {
    const { order, session } = await server.api.order(card, {}, email ? { email } : {});
    await pay(order.id);
    return { order: await server.api.waitForOrder(order.id, (o) => o.status === 'completed'), session };
  };

  it('lists the partner’s orders newest first, a page at a time, filtered by status and card', async () => {
    const made: Order[] = [];
    for (let i = 0; i < 5; i++) made.push((await server.api.order(CARDS.active)).order);
    const page1 = await server.api.ok('listOrders', { key: SK, query: { limit: '2' } });
    assert.ok(
      page1.data.every((o) => made.slice(3).some((m) => m.id === o.id)),
      'the newest two first',
    );
    assert.equal(page1.hasMore, true);
    const seen = [...page1.data.map((o) => o.id)];
    let cursor = page1.data.at(-1)!.id;
    for (let pages = 0; pages < 20; pages++) {
      const page = await server.api.ok('listOrders', { key: SK, query: { limit: '2', starting_after: cursor } });
      seen.push(...page.data.map((o) => o.id));
      if (!page.hasMore) break;
      cursor = page.data.at(-1)!.id;
    }
    assert.equal(new Set(seen).size, seen.length, 'no order twice');
    for (const o of made) assert.ok(seen.includes(o.id), `${o.id} listed`);
    const all = await server.api.ok('listOrders', { key: SK, query: { limit: '100' } });
    assert.deepEqual(
      all.data.map((o) => o.id),
      seen,
      'pages add up to the whole list',
    );
    const times = all.data.map((o) => Date.parse(o.createdAt));
    assert.deepEqual(
      times,
      [...times].sort((x, y) => y - x),
      'newest first',
    );

    const cardId = made[0]!.cardId;
    const byCard = await server.api.ok('listOrders', {
      key: SK,
      query: { cardId: cardId!, status: 'requires_payment' },
    });
    assert.ok(
      byCard.data.length >= 5 && byCard.data.every((o) => o.cardId === cardId && o.status === 'requires_payment'),
    );
    const none = await server.api.ok('listOrders', { key: SK, query: { status: 'refunded', cardId: 'card_nothing' } });
    assert.deepEqual(none, { data: [], hasMore: false });
    const other = await server.api.ok('listOrders', { key: 'sk_test_other' });
    assert.deepEqual(other.data, [], 'another partner sees none of them');
    await server.api.fails('listOrders', 'not_found', { key: 'sk_test_other', query: { starting_after: made[0]!.id } });
  });

  it('filters by creation time', async () => {
    const { order } = await server.api.order(CARDS.active);
    const created = Date.parse(order.createdAt);
    const iso = (t: number) => new Date(t).toISOString();
    const around = await server.api.ok('listOrders', {
      key: SK,
      query: { createdAfter: iso(created), createdBefore: iso(created + 1), limit: '100' },
    });
    assert.ok(around.data.some((o) => o.id === order.id));
    assert.ok(around.data.every((o) => Date.parse(o.createdAt) === created));
    const later = await server.api.ok('listOrders', { key: SK, query: { createdAfter: iso(created + 3_600_000) } });
    assert.deepEqual(later.data, []);
    const earlier = await server.api.ok('listOrders', { key: SK, query: { createdBefore: iso(created - 3_600_000) } });
    assert.ok(earlier.data.every((o) => Date.parse(o.createdAt) < created - 3_600_000));
    await server.api.fails('listOrders', 'invalid_request', { key: SK, query: { createdAfter: 'yesterday' } });
  });

  it('refuses a publishable key and bad limits', async () => {
    await server.api.fails('listOrders', 'forbidden');
    await server.api.fails('refundOrder', 'forbidden', {
      params: { orderId: 'ord_x' },
      body: {},
      idempotencyKey: 'k1',
    });
    for (const limit of ['0', '101', 'ten', '2.5']) {
      await server.api.fails('listOrders', 'invalid_request', { key: SK, query: { limit } });
    }
  });

  it('hides the customer’s email, the partner reference and the card from a publishable key; the secret key sees them', async () => {
    const { order } = await server.api.order(CARDS.active, {}, { email: 'mei@example.com' });
    const publicView = await server.api.ok('getOrder', { params: { orderId: order.id } });
    assert.deepEqual([publicView.email, publicView.partnerRef, publicView.cardId], [null, null, null]);
    const backOffice = await server.api.ok('getOrder', { key: SK, params: { orderId: order.id } });
    assert.equal(backOffice.email, 'mei@example.com');
    assert.equal(backOffice.cardId, 'card_test0018');
    const listed = await server.api.ok('listOrders', { key: SK, query: { limit: '1' } });
    assert.equal(listed.data[0]!.email, 'mei@example.com');
  });

  it('lets support staff turn a card’s auto-renewal off, for cards of their own orders only', async () => {
    const { order } = await server.api.order(CARDS.slow, { planId: 'basic-7' }, { autoRenew: true });
    await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    const cardId = (await server.services.store.getOrder(order.id))!.cardId;
    assert.equal((await server.services.store.getCard(cardId))!.autoRenew, true);
    const off = await server.api.ok('supportSetAutoRenew', { key: SK, params: { cardId }, body: { enabled: false } });
    assert.equal(off.card.autoRenew.enabled, false);
    assert.equal((await server.services.store.getCard(cardId))!.autoRenew, false);
    const events = await server.api.ok('listEvents', { key: SK, query: { type: 'auto_renew.disabled' } });
    assert.ok(events.data.some((e) => e.data.object === 'card' && e.data.id === cardId));
    await server.api.fails('supportSetAutoRenew', 'not_found', {
      key: SK,
      params: { cardId: 'card_test0042' },
      body: { enabled: false },
    });
    await server.api.fails('supportSetAutoRenew', 'forbidden', {
      params: { cardId },
      body: { enabled: false },
    });
  });

  it('keeps order ids out of the request log', async () => {
    const { order } = await server.api.order(CARDS.active);
    await server.api.ok('getOrder', { params: { orderId: order.id } });
    await server.api.raw('GET', `/v1/nowhere/${order.id}`);
    const lines = server.rawLogs.filter((l) => l.includes('"request"'));
    assert.ok(
      lines.some((l) => l.includes('"/v1/orders/:orderId"')),
      'the route pattern is logged',
    );
    assert.ok(
      lines.some((l) => l.includes('"/v1/nowhere/:id"')),
      'an unmatched path without its id',
    );
    assert.ok(
      !server.rawLogs.some((l) => l.includes(order.id) && l.includes('"request"')),
      'no request line names the order',
    );
  });

  it('refunds a completed order: the renewal is reversed at the carrier and taken off the card, the money given back once', async () => {
    const { order, session } = await completed(CARDS.expiring);
    const before = await server.api.ok('currentCard', { cardToken: session.cardToken });
    assert.equal(before.card.expiresAt, order.receipt!.newExpiresAt);
    const refunded = await server.api.ok('refundOrder', {
      key: SK,
      params: { orderId: order.id },
      body: { reason: 'customer asked' },
      idempotencyKey: `refund-${order.id}`,
    });
    assert.equal(refunded.status, 'refunded');
    assert.equal(refunded.refund?.reason, 'customer asked');
    assert.equal(refunded.refund?.reversal, true);
    assert.deepEqual(refunded.refund?.amount, order.total);
    const settled = await server.api.waitForOrder(order.id, (o) => o.refund?.settledAt != null);
    assert.equal(settled.status, 'refunded');
    assert.deepEqual(settled.refund?.carrier, { status: 'reversed', detail: null }, 'what the carrier made of it');
    const after = await server.api.ok('currentCard', { cardToken: session.cardToken });
    assert.equal(Date.parse(before.card.expiresAt) - Date.parse(after.card.expiresAt), 30 * DAY);
    const reversal = await server.services.store.getCarrierRequest(reversalReference(order.id));
    assert.equal(reversal?.cardId, (await server.services.store.getOrder(order.id))!.cardId);
    const payments = await server.services.store.listPayments(order.id);
    assert.deepEqual(
      payments.map((p) => [p.kind, p.amount.amount]),
      [
        ['charge', order.total.amount],
        ['refund', order.total.amount],
      ],
    );
    const replay = await server.api.call('refundOrder', {
      key: SK,
      params: { orderId: order.id },
      body: { reason: 'customer asked' },
      idempotencyKey: `refund-${order.id}`,
    });
    assert.equal(replay.status, 200);
    await server.api.fails('refundOrder', 'order_state_invalid', {
      key: SK,
      params: { orderId: order.id },
      body: {},
      idempotencyKey: `again-${order.id}`,
    });
    assert.equal((await server.services.store.listPayments(order.id)).length, 2, 'refunded once');
  });

  it('refunds a paid order before the carrier applies it; refuses unpaid orders and other partners’ orders', async () => {
    const { order } = await server.api.order(CARDS.active);
    const refund = (key: string, idem: string) =>
      server.api.fails('refundOrder', key === SK ? 'order_state_invalid' : 'not_found', {
        key,
        params: { orderId: order.id },
        body: {},
        idempotencyKey: `${idem}-${order.id}`,
      });
    await refund(SK, 'unpaid');
    await server.services.worker.stop();
    try {
      assert.equal((await pay(order.id)).status, 'paid');
      await refund('sk_test_other', 'other');
      const refunded = await server.api.ok('refundOrder', {
        key: SK,
        params: { orderId: order.id },
        body: {},
        idempotencyKey: `paid-${order.id}`,
      });
      assert.equal(refunded.status, 'refunded');
      assert.equal(refunded.refund?.reversal, false);
      assert.equal(refunded.refund?.settledAt, null, 'the money goes back through the job queue');
    } finally {
      server.services.worker.start();
    }
    const settled = await server.api.waitForOrder(order.id, (o) => o.refund?.settledAt != null);
    assert.equal(settled.status, 'refunded');
    const steps = (await server.services.store.listOrderEvents(order.id)).map((e) => e.to);
    assert.ok(!steps.includes('provisioning'), `never sent to the carrier: ${steps.join(' ')}`);
    assert.equal(await server.services.store.getCarrierRequest(order.id), null);
  });
});
