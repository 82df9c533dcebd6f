import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';
import type { ApiError } from '../errors.ts';
import type { TestServer } from '../test-support/harness.ts';
import { startTestServer } from '../test-support/harness.ts';
import type { AppEnv } from './env.ts';
import { errorResponse } from './errors.ts';
import { newRequestId } from './request-id.ts';
import { sandboxOnly } from './sandbox-only.ts';
import { SECURITY_HEADERS } from './security.ts';

/** One small Hono app served on 127.0.0.1, for a middleware alone. */
async function serve(app: Hono<AppEnv>) {
  app.onError((error, c) => errorResponse(c, error as ApiError));
  const server = createAdaptorServer({ fetch: app.fetch, overrideGlobalObjects: false });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('sandboxOnly', () => {
  it('lets a sandbox server through and answers sandbox_unavailable otherwise', async () => {
    const config = { payments: 'sandbox' as 'sandbox' | 'stripe' };
    const app = new Hono<AppEnv>();
    app.get('/pay', sandboxOnly(config), (c) => c.json({ ok: true }));
    const { base, close } = await serve(app);
    try {
      assert.equal((await fetch(`${base}/pay`)).status, 200);
      config.payments = 'stripe';
      const refused = await fetch(`${base}/pay`);
      assert.equal(refused.status, 404);
      assert.equal(((await refused.json()) as { error: { code: string } }).error.code, 'sandbox_unavailable');
    } finally {
      await close();
    }
  });
});

describe('request ids', () => {
  it('are req_ and 16 base62 characters, and do not repeat', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      const id = newRequestId();
      assert.match(id, /^req_[A-Za-z0-9]{16}$/);
      seen.add(id);
    }
    assert.equal(seen.size, 20_000);
  });
});

describe('the app middleware', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ bodyLimitBytes: 64 });
  });
  after(() => server.stop());

  it('sends exactly our security headers, none of Hono secureHeaders other defaults', async () => {
    const response = await fetch(`${server.url}/v1/health`);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.equal(response.headers.get(name), value, name);
    for (const name of [
      'X-XSS-Protection',
      'Origin-Agent-Cluster',
      'Cross-Origin-Resource-Policy',
      'X-DNS-Prefetch-Control',
      'X-Download-Options',
      'X-Permitted-Cross-Domain-Policies',
    ]) {
      assert.equal(response.headers.get(name), null, name);
    }
  });

  it('never takes a Request-Id from the client', async () => {
    const response = await fetch(`${server.url}/v1/health`, { headers: { 'Request-Id': 'req_mine' } });
    assert.match(response.headers.get('Request-Id') ?? '', /^req_[A-Za-z0-9]{16}$/);
  });
});
