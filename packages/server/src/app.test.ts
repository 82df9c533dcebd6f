import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { HEADERS } from '@urcard/sdk';
import { createApp } from './app.ts';
import { CORS_ALLOWED_HEADERS } from './http/cors.ts';
import { SECURITY_HEADERS } from './http/security.ts';
import { createServices } from './services.ts';
import type { TestServer } from './test-support/harness.ts';
import { CARDS, PIN, SK, startTestServer } from './test-support/harness.ts';
import { VERSION } from './version.ts';

describe('HTTP hygiene', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ bodyLimitBytes: 1024 });
  });
  after(() => server.stop());

  it('answers health without a key, with version and payment mode', async () => {
    const health = await server.api.ok('health', { key: null });
    assert.deepEqual(health, { ok: true, version: health.version, payments: 'sandbox' });
    assert.match(health.version, /^\d+\.\d+\.\d+/);
  });

  it('sends security headers and a Request-Id on every answer, errors included', async () => {
    for (const response of [await server.api.raw('GET', '/v1/health'), await server.api.raw('GET', '/nowhere')]) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        assert.equal(response.headers.get(name), value, name);
      assert.match(response.headers.get(HEADERS.requestId) ?? '', /^req_[A-Za-z0-9]{16}$/);
    }
  });

  it('answers unknown routes and methods with not_found', async () => {
    const response = await server.api.raw('GET', '/v1/nothing-here');
    assert.equal(response.status, 404);
    const body = (await response.json()) as { error: { code: string; requestId: string } };
    assert.equal(body.error.code, 'not_found');
    assert.equal(body.error.requestId, response.headers.get(HEADERS.requestId));
    assert.equal((await server.api.raw('DELETE', '/v1/health')).status, 404);
  });

  it('refuses calls without a key, with an unknown key, or with a publishable key on a secret route', async () => {
    await server.api.fails('verifyCard', 'unauthorized', { key: null, body: { cardNumber: CARDS.active, pin: PIN } });
    await server.api.fails('verifyCard', 'unauthorized', {
      key: 'pk_test_nobody',
      body: { cardNumber: CARDS.active, pin: PIN },
    });
    await server.api.fails('verifyCard', 'unauthorized', { key: 'abc', body: { cardNumber: CARDS.active, pin: PIN } });
    await server.api.fails('verifyCard', 'unauthorized', {
      key: null,
      headers: { Authorization: 'Basic pk_test_demo' },
      body: { cardNumber: CARDS.active, pin: PIN },
    });
    await server.api.fails('createCustomerSession', 'forbidden', { body: { customerId: 'c1' } });
    await server.api.ok('createCustomerSession', { key: SK, body: { customerId: 'c1' } });
  });

  it('lets a secret key call publishable routes too', async () => {
    const session = await server.api.verify(CARDS.active, PIN, { key: SK });
    assert.equal(session.card.last4, '0018');
  });

  it('rejects bodies that are not JSON, have the wrong content type, or are too large', async () => {
    const first = await server.api.fails('verifyCard', 'invalid_request', { rawBody: '{"cardNumber":' });
    assert.match(first.error.message, /not valid JSON/);
    const typed = await server.api.fails('verifyCard', 'invalid_request', {
      rawBody: JSON.stringify({ cardNumber: CARDS.active, pin: PIN }),
      headers: { 'Content-Type': 'text/plain' },
    });
    assert.equal(typed.error.field, 'Content-Type');
    await server.api.fails('verifyCard', 'invalid_request', { rawBody: '' });
    await server.api.fails('verifyCard', 'payload_too_large', {
      body: { cardNumber: CARDS.active, pin: 'x'.repeat(2000) },
    });
  });

  it('names the wrong field of a body', async () => {
    const unknown = await server.api.fails('verifyCard', 'invalid_request', {
      body: { cardNumber: CARDS.active, pin: PIN, x: 1 },
    });
    assert.equal(unknown.error.field, 'x');
    const pin = await server.api.fails('verifyCard', 'invalid_request', {
      body: { cardNumber: CARDS.active, pin: '12' },
    });
    assert.equal(pin.error.field, 'pin');
    assert.doesNotMatch(pin.error.message, /"12"/, 'the value is not echoed');
    const missing = await server.api.fails('verifyCard', 'invalid_request', { body: { cardNumber: CARDS.active } });
    assert.equal(missing.error.field, 'pin');
  });

  describe('CORS', () => {
    const preflight = (origin: string) =>
      server.api.raw('OPTIONS', '/v1/cards/verify', {
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization, content-type, urcard-card-token',
        },
      });

    it('answers preflights from the partner origins, allowing the API headers', async () => {
      for (const origin of ['http://localhost:5173', 'http://127.0.0.1:8080', 'http://localhost']) {
        const response = await preflight(origin);
        assert.equal(response.status, 204, origin);
        assert.equal(response.headers.get('Access-Control-Allow-Origin'), origin);
        const allowed = (response.headers.get('Access-Control-Allow-Headers') ?? '').toLowerCase();
        for (const header of [...CORS_ALLOWED_HEADERS, HEADERS.customerSession, HEADERS.idempotencyKey]) {
          assert.ok(allowed.includes(header.toLowerCase()), header);
        }
        assert.equal(response.headers.get('Access-Control-Allow-Credentials'), null);
      }
    });

    it('refuses preflights from other origins', async () => {
      for (const origin of [
        'https://evil.example',
        'http://localhost.evil.example:5173',
        'https://localhost:5173',
        'null',
      ]) {
        const response = await preflight(origin);
        assert.equal(response.status, 403, origin);
        assert.equal(response.headers.get('Access-Control-Allow-Origin'), null);
      }
    });

    it('lets an allowed origin read answers and the Request-Id', async () => {
      const response = await server.api.raw('GET', '/v1/health', { headers: { Origin: 'http://localhost:3000' } });
      assert.equal(response.headers.get('Access-Control-Allow-Origin'), 'http://localhost:3000');
      assert.match(response.headers.get('Access-Control-Expose-Headers') ?? '', /Request-Id/);
      assert.match(response.headers.get('Vary') ?? '', /Origin/);
    });

    it("refuses an origin the key's partner does not allow", async () => {
      const response = await server.api.call('verifyCard', {
        headers: { Origin: 'https://shop.example' },
        body: { cardNumber: CARDS.active, pin: PIN },
      });
      assert.equal(response.status, 403);
      assert.equal(response.headers.get('Access-Control-Allow-Origin'), null);
    });
  });

  it('writes one JSON line per request with its id, and never a secret', async () => {
    const before = server.logs.length;
    const { session, order } = await server.api.order(CARDS.expiring);
    await server.api.call('verifyCard', { body: { cardNumber: CARDS.active, pin: '9999' } });
    const lines = server.logs.slice(before).filter((l) => l.msg === 'request');
    assert.equal(lines.length, 4);
    for (const line of lines) {
      assert.match(String(line.requestId), /^req_/);
      assert.equal(typeof line.status, 'number');
      assert.equal(typeof line.durationMs, 'number');
    }
    const all = server.rawLogs.join('\n');
    for (const secret of [CARDS.expiring, CARDS.active, session.cardToken, '"1234"', '9999']) {
      assert.ok(!all.includes(secret), `log leaks ${secret}`);
    }
    assert.ok(all.includes('"path":"/v1/orders"'), 'the order request is logged');
    assert.ok(order.id.startsWith('ord_'));
  });
});

describe('createApp', () => {
  it('serves the same app in process, without a socket (app.request)', async () => {
    const services = await createServices({ db: ':memory:', log: false, scryptCost: 1024 });
    try {
      const app = createApp(services);
      const health = await app.request('/v1/health');
      assert.equal(health.status, 200);
      assert.deepEqual(await health.json(), { ok: true, version: VERSION, payments: 'sandbox' });
      const verify = await app.request('/v1/cards/verify', {
        method: 'POST',
        headers: { Authorization: 'Bearer pk_test_demo', 'Content-Type': 'application/json' },
        body: JSON.stringify({ cardNumber: CARDS.active, pin: PIN }),
      });
      assert.equal(verify.status, 200);
    } finally {
      await services.store.close();
    }
  });
});
