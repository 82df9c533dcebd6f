import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';
import type { ApiError } from '../errors.ts';
import type { AppEnv } from './env.ts';
import { errorResponse } from './errors.ts';
import { MemoryRateLimitStore, rateLimit } from './rate-limit.ts';

describe('MemoryRateLimitStore', () => {
  it('counts hits per key in fixed windows and starts a new window once one ends', async () => {
    const store = new MemoryRateLimitStore();
    assert.deepEqual(await store.hit('a', 1000, 5000), { count: 1, resetAt: 6000 });
    assert.deepEqual(await store.hit('a', 1000, 5999), { count: 2, resetAt: 6000 });
    assert.deepEqual(await store.hit('b', 1000, 5999), { count: 1, resetAt: 6999 });
    assert.deepEqual(await store.hit('a', 1000, 6000), { count: 1, resetAt: 7000 });
  });

  it('drops windows that ended once it holds many keys, and keeps the live ones', async () => {
    const store = new MemoryRateLimitStore({ maxKeys: 3 });
    for (const key of ['a', 'b', 'c']) await store.hit(key, 1000, 0);
    await store.hit('live', 5000, 500);
    assert.equal(store.size, 4, 'nothing had ended yet');
    await store.hit('d', 1000, 1500);
    assert.equal(store.size, 2, 'a, b and c ended at 1000');
    assert.equal((await store.hit('live', 5000, 1600)).count, 2);
  });
});

describe('rateLimit middleware, over HTTP', () => {
  let now = 1_000_000;
  const store = new MemoryRateLimitStore();
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set('requestId', 'req_test');
    await next();
  });
  app.post(
    '/limited',
    rateLimit<AppEnv>({
      store,
      limit: 3,
      windowMs: 60_000,
      key: (c) => `test:${c.req.header('X-Who')}`,
      clock: { now: () => now },
      message: 'Slow down',
    }),
    (c) => c.json({ ok: true }),
  );
  app.onError((error, c) => errorResponse(c, error as ApiError));
  const server = createAdaptorServer({ fetch: app.fetch, overrideGlobalObjects: false });
  let base = '';
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const post = (who: string) => fetch(`${base}/limited`, { method: 'POST', headers: { 'X-Who': who } });

  it('lets `limit` requests through, then answers rate_limited with Retry-After the seconds left', async () => {
    for (let i = 0; i < 3; i++) assert.equal((await post('alice')).status, 200, `request ${i + 1}`);
    now += 20_500;
    const refused = await post('alice');
    assert.equal(refused.status, 429);
    assert.equal(refused.headers.get('Retry-After'), '40');
    const body = (await refused.json()) as { error: { code: string; message: string; retryAfterSeconds: number } };
    assert.deepEqual(body.error, {
      code: 'rate_limited',
      message: 'Slow down',
      requestId: 'req_test',
      retryAfterSeconds: 40,
    });
    assert.equal((await post('bob')).status, 200, 'another key has its own count');
    now += 39_400;
    assert.equal((await post('alice')).headers.get('Retry-After'), '1', 'at least one second');
    now += 100;
    assert.equal((await post('alice')).status, 200, 'a new window');
  });
});
