import assert from 'node:assert/strict';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';
import type { TestServer } from '../test-support/harness.ts';
import { CARDS, PIN, PK, startTestServer } from '../test-support/harness.ts';
import { clientAddress } from './client-address.ts';

async function listen(server: ReturnType<typeof createServer> | ReturnType<typeof createAdaptorServer>) {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('clientAddress, over HTTP', () => {
  const app = new Hono();
  app.get('/who', (c) => c.text(clientAddress(c, Number(c.req.query('hops')))));
  const server = createAdaptorServer({ fetch: app.fetch, overrideGlobalObjects: false });
  let base = '';
  before(async () => {
    base = await listen(server);
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const who = async (hops: number, forwarded?: string) =>
    (await fetch(`${base}/who?hops=${hops}`, { headers: forwarded ? { 'X-Forwarded-For': forwarded } : {} })).text();

  it('counts trusted hops from the right, the socket being the last one', async () => {
    assert.equal(await who(0, '198.51.100.1'), '127.0.0.1', 'no proxy trusted: the socket');
    assert.equal(await who(1), '127.0.0.1', 'no header: the socket');
    assert.equal(await who(1, '203.0.113.9, 198.51.100.1'), '198.51.100.1', 'what our one proxy saw');
    assert.equal(await who(1, ' 203.0.113.9 ,198.51.100.1 '), '198.51.100.1');
    assert.equal(await who(2, '203.0.113.9, 198.51.100.1, 192.0.2.5'), '198.51.100.1', 'two proxies');
    assert.equal(await who(3, '198.51.100.1'), '198.51.100.1', 'fewer entries than hops: the left end');
  });
});

describe('the verify rate limit behind one trusted proxy', () => {
  let api: TestServer;
  let proxyBase = '';
  // A proxy as nginx's `proxy_add_x_forwarded_for` does it: the client's header, then the address it saw.
  const proxy = createServer((incoming, outgoing) => {
    const target = new URL(incoming.url ?? '/', api.url);
    const seen = incoming.socket.remoteAddress ?? '';
    const forwarded = incoming.headers['x-forwarded-for'];
    const upstream = httpRequest(
      target,
      {
        method: incoming.method,
        headers: { ...incoming.headers, 'x-forwarded-for': forwarded ? `${forwarded}, ${seen}` : seen },
      },
      (response) => {
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(outgoing);
      },
    );
    incoming.pipe(upstream);
  });
  before(async () => {
    api = await startTestServer({ trustProxy: 1, verifyRateLimit: 3, verifyRateWindowMs: 60_000 });
    proxyBase = await listen(proxy);
  });
  after(async () => {
    await new Promise<void>((resolve) => proxy.close(() => resolve()));
    await api.stop();
  });

  it('counts every request of one client once, whatever X-Forwarded-For it writes', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      const response = await fetch(`${proxyBase}/v1/cards/verify`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${PK}`,
          'Content-Type': 'application/json',
          'X-Forwarded-For': `10.0.${i}.${i + 1}`,
        },
        body: JSON.stringify({ cardNumber: CARDS.active, pin: PIN }),
      });
      statuses.push(response.status);
      await response.arrayBuffer();
    }
    assert.equal(statuses.filter((s) => s === 200).length, 3, statuses.join(','));
    assert.equal(statuses.filter((s) => s === 429).length, 37);
  });
});
