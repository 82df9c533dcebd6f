import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UrcardError } from './errors.ts';
import { parseRetryAfter, retryDelayMs, sleep } from './retry.ts';
import { CARD_NUMBER, CARD_TOKEN, errorBody, ORDER_ID, order, PIN, QUOTE_ID, quote } from './test-support/fixtures.ts';
import { setup } from './test-support/setup.ts';

const unavailable = { status: 503, json: errorBody('service_unavailable') };

describe('retries only where safe', () => {
  it('a GET is retried after a 503 and succeeds', async () => {
    const { server, client } = await setup();
    server.reply(unavailable, { json: order('paid') });
    assert.equal((await client.orders.get(ORDER_ID)).status, 'paid');
    assert.equal(server.requests.length, 2);
  });

  it('a GET gives up after `retries` retries with the last error', async () => {
    const { server, client } = await setup({ retries: 2 });
    server.handle(() => unavailable);
    await assert.rejects(client.orders.get(ORDER_ID), { code: 'service_unavailable', status: 503 });
    assert.equal(server.requests.length, 3);
  });

  it('a per-call retries option overrides the client', async () => {
    const { server, client } = await setup({ retries: 2 });
    server.handle(() => unavailable);
    await assert.rejects(client.orders.get(ORDER_ID, { retries: 4 }), { code: 'service_unavailable' });
    assert.equal(server.requests.length, 5);
  });

  it('a GET is retried after a dropped connection (network_error)', async () => {
    const { server, client } = await setup();
    server.reply({ destroy: true }, { json: order() });
    await client.orders.get(ORDER_ID);
    assert.equal(server.requests.length, 2);
  });

  it('a network failure with nothing to retry is network_error', async () => {
    const { server, client } = await setup({ retries: 1 });
    server.handle(() => ({ destroy: true }));
    const error = await client.orders.get(ORDER_ID).catch((e: unknown) => e);
    assert.ok(error instanceof UrcardError);
    assert.equal(error.code, 'network_error');
    assert.equal(error.status, 0);
    assert.equal(error.retryable, true);
    assert.equal(server.requests.length, 2);
  });

  it('a closed port is network_error', async () => {
    const { server, client } = await setup({ retries: 0 });
    await server.close();
    await assert.rejects(client.health(), { code: 'network_error' });
  });

  it('a POST without an idempotency key is never retried (5xx)', async () => {
    const { server, client } = await setup();
    server.handle(() => unavailable);
    await assert.rejects(client.quotes.create({ cardToken: CARD_TOKEN, planId: 'basic-30', currency: 'USD' }), {
      code: 'service_unavailable',
    });
    assert.equal(server.requests.length, 1);
  });

  it('a POST without an idempotency key is never retried (network error, even with retries set)', async () => {
    const { server, client } = await setup({ retries: 5 });
    server.handle(() => ({ destroy: true }));
    await assert.rejects(client.cards.verify({ cardNumber: CARD_NUMBER, pin: PIN }), { code: 'network_error' });
    assert.equal(server.requests.length, 1);
  });

  it('4xx answers are not retried', async () => {
    const { server, client } = await setup();
    server.handle(() => ({ status: 404, json: errorBody('not_found') }));
    await assert.rejects(client.orders.get(ORDER_ID), { code: 'not_found' });
    server.handle(() => ({ status: 409, json: errorBody('request_in_progress') }));
    await assert.rejects(client.orders.create({ cardToken: CARD_TOKEN, quoteId: QUOTE_ID, autoRenew: false }), {
      code: 'request_in_progress',
    });
    assert.equal(server.requests.length, 2);
  });

  it('429 is retried after the Retry-After it carries', async () => {
    const { server, client } = await setup({ retryMaxDelayMs: 5_000 });
    server.reply({ status: 429, json: errorBody('rate_limited'), headers: { 'Retry-After': '1' } }, { json: order() });
    await client.orders.get(ORDER_ID);
    const [first, second] = server.requests;
    assert.ok(first && second);
    const waited = second.at - first.at;
    assert.ok(waited >= 950, `waited ${waited} ms, Retry-After asked for 1000`);
    assert.ok(waited < 2_000, `waited ${waited} ms`);
  });

  it('429 with a Retry-After longer than retryMaxDelayMs is thrown at once', async () => {
    const { server, client } = await setup({ retryMaxDelayMs: 5_000 });
    server.handle(() => ({ status: 429, json: errorBody('rate_limited', { retryAfterSeconds: 60 }) }));
    const started = performance.now();
    await assert.rejects(client.orders.get(ORDER_ID), { code: 'rate_limited', retryAfterSeconds: 60 });
    assert.equal(server.requests.length, 1);
    assert.ok(performance.now() - started < 1_000);
  });

  it('an invalid_response is not retried', async () => {
    const { server, client } = await setup();
    server.handle(() => ({ body: 'nope' }));
    await assert.rejects(client.orders.get(ORDER_ID), { code: 'invalid_response' });
    assert.equal(server.requests.length, 1);
  });
});

describe('idempotency keys', () => {
  it('orders.create reuses one generated key across its retries', async () => {
    const { server, client } = await setup();
    server.reply({ status: 500, json: errorBody('internal_error') }, { destroy: true }, { json: order() });
    await client.orders.create({ cardToken: CARD_TOKEN, quoteId: QUOTE_ID, autoRenew: false });
    assert.equal(server.requests.length, 3);
    const keys = new Set(server.requests.map((r) => r.headers['idempotency-key']));
    assert.equal(keys.size, 1);
    assert.ok([...keys][0]);
  });

  it('each orders.create call gets its own key', async () => {
    const { server, client } = await setup();
    server.handle(() => ({ json: order() }));
    const input = { cardToken: CARD_TOKEN, quoteId: QUOTE_ID, autoRenew: false };
    await client.orders.create(input);
    await client.orders.create(input);
    const [a, b] = server.requests.map((r) => r.headers['idempotency-key']);
    assert.ok(a && b);
    assert.notEqual(a, b);
  });

  it("the caller's key is sent on every attempt, and the final error carries it for a later retry", async () => {
    const { server, client } = await setup({ retries: 1 });
    server.handle(() => ({ status: 502, json: errorBody('payment_provider_error') }));
    await assert.rejects(
      client.orders.create(
        { cardToken: CARD_TOKEN, quoteId: QUOTE_ID, autoRenew: true },
        { idempotencyKey: 'order-attempt-7' },
      ),
      { code: 'payment_provider_error', idempotencyKey: 'order-attempt-7' },
    );
    assert.deepEqual(
      server.requests.map((r) => r.headers['idempotency-key']),
      ['order-attempt-7', 'order-attempt-7'],
    );
  });

  it('a generated key is reported on the error too', async () => {
    const { server, client } = await setup({ retries: 0 });
    server.handle(() => ({ destroy: true }));
    const error = await client.orders
      .create({ cardToken: CARD_TOKEN, quoteId: QUOTE_ID, autoRenew: false })
      .catch((e) => e);
    assert.equal(error.code, 'network_error');
    assert.equal(error.idempotencyKey, server.requests[0]?.headers['idempotency-key']);
  });

  it('sandbox.pay keeps its key across retries', async () => {
    const { server, client } = await setup();
    server.reply(unavailable, { json: order('processing') });
    await client.sandbox.pay(ORDER_ID, 'succeeded');
    const [a, b] = server.requests.map((r) => r.headers['idempotency-key']);
    assert.ok(a);
    assert.equal(a, b);
  });

  it('quotes.create sends no key (the route takes none)', async () => {
    const { server, client } = await setup();
    server.reply({ json: quote() });
    await client.quotes.create({ cardToken: CARD_TOKEN, planId: 'basic-30', currency: 'USD' });
    assert.equal(server.requests[0]?.headers['idempotency-key'], undefined);
  });
});

describe('timeouts', () => {
  it('an answer slower than timeoutMs is a timeout', async () => {
    const { server, client } = await setup({ timeoutMs: 50, retries: 0 });
    server.handle(() => ({ hang: true }));
    const started = performance.now();
    await assert.rejects(client.orders.get(ORDER_ID), (error: UrcardError) => {
      assert.equal(error.code, 'timeout');
      assert.equal(error.status, 0);
      assert.equal(error.retryable, true);
      assert.match(error.message, /50 ms/);
      return true;
    });
    assert.ok(performance.now() - started < 1_000);
  });

  it('the timeout also covers a body that stalls after the headers', async () => {
    const { server, client } = await setup({ retries: 0 });
    server.handle(() => ({ json: order(), stall: true }));
    await assert.rejects(client.orders.get(ORDER_ID, { timeoutMs: 80 }), { code: 'timeout' });
  });

  it('a GET that timed out is retried', async () => {
    const { server, client } = await setup({ timeoutMs: 60 });
    server.reply({ hang: true }, { json: order() });
    await client.orders.get(ORDER_ID);
    assert.equal(server.requests.length, 2);
  });

  it('a per-call timeoutMs overrides the client', async () => {
    const { server, client } = await setup({ timeoutMs: 10_000, retries: 0 });
    server.handle(() => ({ hang: true }));
    await assert.rejects(client.health({ timeoutMs: 30 }), { code: 'timeout' });
  });
});

describe('abort', () => {
  it('an already aborted signal sends nothing', async () => {
    const { server, client } = await setup();
    await assert.rejects(client.orders.get(ORDER_ID, { signal: AbortSignal.abort() }), { code: 'aborted', status: 0 });
    assert.equal(server.requests.length, 0);
  });

  it('aborting in flight rejects with aborted and is not retried', async () => {
    const { server, client } = await setup({ retries: 3 });
    server.handle(() => ({ hang: true }));
    const controller = new AbortController();
    const pending = client.cards.verify({ cardNumber: CARD_NUMBER, pin: PIN }, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user left')), 30);
    await assert.rejects(pending, (error: UrcardError) => {
      assert.equal(error.code, 'aborted');
      assert.equal(error.retryable, false);
      assert.equal((error.cause as Error).message, 'user left');
      return true;
    });
    assert.equal(server.requests.length, 1);
  });

  it('aborting a GET in flight is not retried either', async () => {
    const { server, client } = await setup({ retries: 3 });
    server.handle(() => ({ hang: true }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    await assert.rejects(client.orders.get(ORDER_ID, { signal: controller.signal }), { code: 'aborted' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.equal(server.requests.length, 1);
  });

  it('aborting during the backoff stops the retries', async () => {
    const { server, client } = await setup({ retries: 3, retryBaseDelayMs: 5_000, retryMaxDelayMs: 5_000 });
    server.handle(() => ({ status: 429, json: errorBody('rate_limited', { retryAfterSeconds: 5 }) }));
    const controller = new AbortController();
    const started = performance.now();
    setTimeout(() => controller.abort(), 50);
    await assert.rejects(client.orders.get(ORDER_ID, { signal: controller.signal }), { code: 'aborted' });
    assert.ok(performance.now() - started < 1_000);
    assert.equal(server.requests.length, 1);
  });
});

describe('backoff', () => {
  const policy = { retries: 5, baseDelayMs: 100, maxDelayMs: 1_000 };
  const failure = new UrcardError('service_unavailable', 'x', { status: 503 });

  it('is full jitter under an exponential cap', () => {
    assert.equal(
      retryDelayMs(0, failure, policy, () => 0),
      0,
    );
    assert.equal(
      retryDelayMs(0, failure, policy, () => 0.5),
      50,
    );
    assert.equal(
      retryDelayMs(2, failure, policy, () => 0.5),
      200,
    );
    assert.equal(
      retryDelayMs(10, failure, policy, () => 0.999),
      999,
    );
    for (let attempt = 0; attempt < 8; attempt++) {
      const delay = retryDelayMs(attempt, failure, policy) ?? -1;
      assert.ok(delay >= 0 && delay <= Math.min(1_000, 100 * 2 ** attempt));
    }
  });

  it('waits at least what the server asks, or not at all when it asks too much', () => {
    const limited = (s: number) => new UrcardError('rate_limited', 'x', { status: 429, retryAfterSeconds: s });
    assert.equal(
      retryDelayMs(0, limited(1), policy, () => 0),
      1_000,
    );
    assert.equal(
      retryDelayMs(0, limited(2), policy, () => 0),
      null,
    );
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-07-12T10:00:00Z');
    assert.equal(parseRetryAfter('120', now), 120);
    assert.equal(parseRetryAfter('Sun, 12 Jul 2026 10:00:30 GMT', now), 30);
    assert.equal(parseRetryAfter('Sun, 12 Jul 2026 09:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(null, now), undefined);
  });

  it('sleep resolves after the delay and rejects on abort', async () => {
    const started = performance.now();
    await sleep(20);
    assert.ok(performance.now() - started >= 15);
    await assert.rejects(sleep(10_000, AbortSignal.timeout(10)), { code: 'aborted' });
  });
});
