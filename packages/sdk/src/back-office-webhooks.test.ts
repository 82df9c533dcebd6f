// The back office's events and webhook-endpoint clients against the real reference server (@urcard/server) over
// HTTP on 127.0.0.1, with a real SQLite file and a real HTTP receiver for the webhooks.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { RunningServer } from '@urcard/server';
import { startServer } from '@urcard/server';
import type { BackOfficeClient } from './back-office.ts';
import { createBackOfficeClient } from './back-office.ts';
import type { UrcardClient } from './client.ts';
import { createClient } from './client.ts';
import { UrcardError } from './errors.ts';
import { verifyWebhook } from './webhooks.ts';

const PIN = '1234';
const ACTIVE = '8986010000000000018';

interface Received {
  body: string;
  headers: IncomingHttpHeaders;
}

let dir: string;
let server: RunningServer;
let urcard: UrcardClient;
let admin: BackOfficeClient;
const received: Received[] = [];
const receiver = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers });
    res.writeHead(204).end();
  });
});
let hookUrl: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'urcard-sdk-webhooks-'));
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    db: join(dir, 'urcard.db'),
    payments: 'sandbox',
    log: false,
    carrierDelayMs: 20,
    jobPollMs: 20,
    scryptCost: 1024,
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  urcard = createClient({ apiBase: server.url, publishableKey: 'pk_test_demo', retryBaseDelayMs: 5 });
  admin = createBackOfficeClient({ apiBase: server.url, secretKey: 'sk_test_demo', retryBaseDelayMs: 5 });
});
after(async () => {
  await new Promise((resolve) => receiver.close(resolve));
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

async function rejection(promise: Promise<unknown>): Promise<UrcardError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof UrcardError, `expected UrcardError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the call to fail');
}

/** Polls `probe` every 20 ms, at most 250 times (5 s). */
async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined): Promise<T> {
  for (let i = 0; i < 250; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
  assert.fail(`timed out waiting for ${what}`);
}

/** A paid order of the active test card, completed. */
async function completedOrder() {
  const { cardToken } = await urcard.cards.verify({ cardNumber: ACTIVE, pin: PIN });
  const quote = await urcard.quotes.create({ cardToken, planId: 'basic-7', currency: 'USD' });
  const order = await urcard.orders.create({ cardToken, quoteId: quote.id, autoRenew: false });
  await urcard.sandbox.pay(order.id, 'succeeded');
  return urcard.orders.waitForCompletion(order.id, { intervalMs: 20, slowIntervalMs: 20, timeoutMs: 10_000 });
}

describe('back office: webhook endpoints and events, against the reference server', () => {
  it('creates an endpoint, delivers signed events to it, lists and gets them, redelivers, rotates, deletes', async () => {
    const created = await admin.webhookEndpoints.create({
      url: hookUrl,
      enabledEvents: ['renewal.completed'],
      description: 'sdk test',
    });
    assert.match(created.id, /^we_/);
    assert.match(created.secret, /^whsec_/);
    assert.deepEqual(created.enabledEvents, ['renewal.completed']);
    assert.equal(created.status, 'enabled');
    assert.ok(
      (await admin.webhookEndpoints.list()).some((e) => e.id === created.id && !('secret' in e)),
      'listed, without its secret',
    );
    const got = await admin.webhookEndpoints.get(created.id);
    assert.equal(got.description, 'sdk test');
    assert.equal('secret' in got, false);

    const order = await completedOrder();
    const delivery = await until('the renewal.completed webhook', () =>
      received.find((r) => (JSON.parse(r.body) as { data: { id: string } }).data.id === order.id),
    );
    const event = await verifyWebhook(delivery.body, delivery.headers as Record<string, string>, created.secret);
    assert.equal(event.type, 'renewal.completed');

    // The same event through the events API.
    assert.deepEqual(await admin.events.get(event.id), event);
    const page = await admin.events.list({ type: 'renewal.completed', limit: 1 });
    assert.equal(page.data.length, 1);
    assert.equal(page.data[0]!.id, event.id, 'newest first');
    const orderCreated = await admin.events.list({ type: 'order.created', limit: 1 });
    assert.ok(orderCreated.data.every((e) => e.type === 'order.created'));

    const deliveries = await until('the delivery recorded as succeeded', async () => {
      const list = await admin.webhookEndpoints.deliveries(created.id);
      return list.some((d) => d.eventId === event.id && d.status === 'succeeded') ? list : undefined;
    });
    assert.ok(deliveries.every((d) => d.eventType === 'renewal.completed'));

    const before = received.length;
    const queued = await admin.events.redeliver(event.id);
    assert.equal(queued.length, 1);
    assert.equal(queued[0]!.eventId, event.id);
    await until('the redelivery', () => (received.length > before ? true : undefined));
    assert.equal(received.at(-1)!.headers['webhook-id'], event.id, 'the same webhook-id: receivers deduplicate on it');

    const updated = await admin.webhookEndpoints.update(created.id, { enabledEvents: ['*'], description: null });
    assert.deepEqual(updated.enabledEvents, ['*']);
    assert.equal(updated.description, null);

    const rotated = await admin.webhookEndpoints.rotateSecret(created.id);
    assert.match(rotated.secret, /^whsec_/);
    assert.notEqual(rotated.secret, created.secret);

    assert.deepEqual(await admin.webhookEndpoints.delete(created.id), { id: created.id, deleted: true });
    assert.equal((await rejection(admin.webhookEndpoints.get(created.id))).code, 'not_found');
    assert.equal((await rejection(admin.events.get('evt_nothing'))).code, 'not_found');
  });

  it('checks ids and bodies before sending anything', async () => {
    const wrong = await rejection(admin.webhookEndpoints.get('ord_notanendpoint'));
    assert.equal(wrong.code, 'invalid_request');
    assert.equal(wrong.field, 'endpointId');
    assert.equal((await rejection(admin.events.redeliver('we_notanevent'))).field, 'eventId');
    const invalidUrl = await rejection(admin.webhookEndpoints.create({ url: 'not a url' }));
    assert.equal(invalidUrl.code, 'invalid_request');
    assert.equal(invalidUrl.field, 'url');
  });

  it('events.listAll walks every page (more than 100 events), newest first, each once', async () => {
    const { cardToken } = await urcard.cards.verify({ cardNumber: ACTIVE, pin: PIN });
    const quote = await urcard.quotes.create({ cardToken, planId: 'basic-7', currency: 'USD' });
    for (let i = 0; i < 101; i++) await urcard.orders.create({ cardToken, quoteId: quote.id, autoRenew: false });
    const all = [];
    for await (const event of admin.events.listAll({ type: 'order.created' })) all.push(event);
    assert.ok(all.length >= 101, `${all.length} order.created events`);
    assert.equal(new Set(all.map((e) => e.id)).size, all.length, 'none twice');
    const times = all.map((e) => Date.parse(e.timestamp));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
      'newest first',
    );
    const first = await admin.events.list({ type: 'order.created', limit: 100 });
    assert.equal(first.hasMore, true);
    assert.deepEqual(
      all.slice(0, 100).map((e) => e.id),
      first.data.map((e) => e.id),
    );
  });
});
