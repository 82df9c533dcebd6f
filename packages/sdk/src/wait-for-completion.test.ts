import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Order, OrderStatus } from './contract/orders.ts';
import { ORDER_STATUSES } from './contract/orders.ts';
import type { UrcardError } from './errors.ts';
import { errorBody, ORDER_ID, order } from './test-support/fixtures.ts';
import { setup } from './test-support/setup.ts';
import { isSettledOrderStatus } from './wait-for-completion.ts';

const fast = { intervalMs: 5, slowIntervalMs: 5, slowAfterMs: 60_000, timeoutMs: 5_000 };

/** Answers GET /v1/orders/:id with the given statuses in turn, repeating the last one. */
function statuses(...list: OrderStatus[]) {
  let i = 0;
  return () => ({ json: order(list[Math.min(i++, list.length - 1)]) });
}

describe('orders.waitForCompletion', () => {
  it('settles on completed and reports each status change once', async () => {
    const { server, client } = await setup();
    server.handle(statuses('processing', 'processing', 'paid', 'provisioning', 'provisioning', 'completed'));
    const seen: OrderStatus[] = [];
    const done = await client.orders.waitForCompletion(ORDER_ID, { ...fast, onUpdate: (o) => seen.push(o.status) });
    assert.equal(done.status, 'completed');
    assert.deepEqual(seen, ['processing', 'paid', 'provisioning', 'completed']);
    assert.equal(server.requests.length, 6);
    assert.ok(server.requests.every((r) => r.method === 'GET' && r.path === `/v1/orders/${ORDER_ID}`));
  });

  it('returns at once when the order already settled', async () => {
    const { server, client } = await setup();
    server.handle(statuses('completed'));
    assert.equal((await client.orders.waitForCompletion(ORDER_ID, fast)).status, 'completed');
    assert.equal(server.requests.length, 1);
  });

  for (const end of ['failed', 'refunded', 'canceled'] as const) {
    it(`settles on ${end}`, async () => {
      const { server, client } = await setup();
      server.handle(statuses('provisioning', end));
      assert.equal((await client.orders.waitForCompletion(ORDER_ID, fast)).status, end);
    });
  }

  it('settles exactly on completed, failed, refunded and canceled', () => {
    assert.deepEqual(
      ORDER_STATUSES.filter((s) => isSettledOrderStatus(s)),
      ['completed', 'failed', 'refunded', 'canceled'],
    );
  });

  it('gives up after timeoutMs with a timeout carrying the last order', async () => {
    const { server, client } = await setup();
    server.handle(statuses('provisioning'));
    const started = performance.now();
    const error = (await client.orders
      .waitForCompletion(ORDER_ID, { ...fast, intervalMs: 20, timeoutMs: 150 })
      .catch((e: unknown) => e)) as UrcardError;
    const took = performance.now() - started;
    assert.equal(error.code, 'timeout');
    assert.equal(error.order?.status, 'provisioning');
    assert.match(error.message, /still provisioning/);
    assert.ok(took >= 140 && took < 1_000, `took ${took} ms`);
    assert.ok(server.requests.length >= 5 && server.requests.length <= 10, `${server.requests.length} polls`);
  });

  it('polls every intervalMs, then every slowIntervalMs after slowAfterMs', async () => {
    const { server, client } = await setup();
    server.handle(statuses('processing'));
    await client.orders
      .waitForCompletion(ORDER_ID, { intervalMs: 20, slowAfterMs: 200, slowIntervalMs: 150, timeoutMs: 700 })
      .catch(() => undefined);
    const times = server.requests.map((r) => r.at - (server.requests[0]?.at ?? 0));
    // The last gap is cut short by the deadline (one final poll at timeoutMs), so it is left out.
    const gaps = times.slice(1, -1).map((t, i) => t - (times[i] ?? 0));
    const early = gaps.filter((_, i) => (times[i] ?? 0) < 180);
    const late = gaps.filter((_, i) => (times[i] ?? 0) > 220);
    assert.ok(early.length >= 6, `early gaps ${early.join(', ')}`);
    assert.ok(
      early.every((g) => g >= 15 && g < 80),
      `early gaps ${early.join(', ')}`,
    );
    assert.ok(late.length >= 2, `late gaps ${late.join(', ')}`);
    assert.ok(
      late.every((g) => g >= 140),
      `late gaps ${late.join(', ')}`,
    );
  });

  it('keeps polling through transient failures', async () => {
    const { server, client } = await setup({ retries: 0 });
    server.reply(
      { json: order('processing') },
      { status: 503, json: errorBody('service_unavailable') },
      { destroy: true },
      { json: order('completed') },
    );
    const seen: string[] = [];
    const done = await client.orders.waitForCompletion(ORDER_ID, { ...fast, onUpdate: (o) => seen.push(o.status) });
    assert.equal(done.status, 'completed');
    assert.deepEqual(seen, ['processing', 'completed']);
    assert.equal(server.requests.length, 4);
  });

  it('stops on an error that will not go away', async () => {
    const { server, client } = await setup();
    server.reply({ json: order('processing') }, { status: 404, json: errorBody('not_found') });
    await assert.rejects(client.orders.waitForCompletion(ORDER_ID, fast), { code: 'not_found' });
    assert.equal(server.requests.length, 2);
  });

  it('aborts while waiting between polls', async () => {
    const { server, client } = await setup();
    server.handle(statuses('provisioning'));
    const controller = new AbortController();
    const started = performance.now();
    setTimeout(() => controller.abort(), 50);
    await assert.rejects(
      client.orders.waitForCompletion(ORDER_ID, { ...fast, intervalMs: 10_000, signal: controller.signal }),
      { code: 'aborted' },
    );
    assert.ok(performance.now() - started < 1_000);
    assert.equal(server.requests.length, 1);
  });

  it('aborts a poll in flight', async () => {
    const { server, client } = await setup();
    server.handle(() => ({ hang: true }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    await assert.rejects(client.orders.waitForCompletion(ORDER_ID, { ...fast, signal: controller.signal }), {
      code: 'aborted',
    });
  });

  it('passes the updated order, not just its status', async () => {
    const { server, client } = await setup();
    const completed = order('completed', {
      receipt: {
        number: 'R-1',
        planName: 'Basic 30 days',
        tier: 'basic',
        amount: { amount: 1500, currency: 'USD' },
        paymentMethod: { type: 'sandbox', brand: null, last4: null },
        maskedCardNumber: '•••• •••• 0018',
        previousExpiresAt: '2026-08-01T00:00:00Z',
        newExpiresAt: '2026-08-31T00:00:00Z',
        issuedAt: '2026-07-12T10:01:00Z',
        seller: 'Demo Travel',
        subtotal: { amount: 1500, currency: 'USD' },
        discount: { amount: 0, currency: 'USD' },
        promoCode: null,
        autoRenewal: null,
      },
    });
    server.reply({ json: order('paid') }, { json: completed });
    const updates: Order[] = [];
    await client.orders.waitForCompletion(ORDER_ID, { ...fast, onUpdate: (o) => updates.push(o) });
    assert.equal(updates.at(-1)?.receipt?.newExpiresAt, '2026-08-31T00:00:00Z');
  });
});
