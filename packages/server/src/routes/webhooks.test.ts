import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { UrcardEvent } from '@urcard/sdk';
import { EVENT_TYPES, verifyWebhook } from '@urcard/sdk';
import { Webhook } from 'standardwebhooks';
import type { TestServer } from '../test-support/harness.ts';
import { CARDS, SK, startTestServer, until } from '../test-support/harness.ts';
import { WebhookReceiver } from '../test-support/webhook-receiver.ts';

const ORDER_FLOW = ['order.created', 'order.processing', 'order.paid', 'order.provisioning', 'renewal.completed'];

describe('events and webhooks', () => {
  let server: TestServer;
  const receiver = new WebhookReceiver();
  before(async () => {
    await receiver.start();
    server = await startTestServer({ webhookRetryBaseMs: 150 });
  });
  after(async () => {
    await server.stop();
    await receiver.stop();
  });

  let endpoints = 0;
  /** An endpoint with a path of its own on the receiver. */
  const createEndpoint = async (enabledEvents: string[] = ['*'], url?: string) => {
    const name = `ep${++endpoints}`;
    const endpoint = await server.api.ok('createWebhookEndpoint', {
      key: SK,
      body: { url: url ?? receiver.urlFor(name), enabledEvents },
    });
    const at = () => receiver.at(name);
    const accepted = () => at().filter((m) => m.status < 300);
    return { ...endpoint, name, at, accepted };
  };
  /** Verified with the official Standard Webhooks library: throws on a bad signature. */
  const verify = (secret: string, m: { headers: Record<string, unknown>; body: string }) =>
    new Webhook(secret).verify(m.body, m.headers as Record<string, string>) as UrcardEvent;
  const paidOrder = async () => {
    const { order } = await server.api.order(CARDS.active);
    await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    await server.api.waitForOrder(order.id, (o) => o.status === 'completed');
    return order;
  };
  const eventsOf = (endpoint: Awaited<ReturnType<typeof createEndpoint>>, orderId: string) =>
    endpoint
      .accepted()
      .map((m) => verify(endpoint.secret, m))
      .filter((e) => e.data.object === 'order' && e.data.id === orderId)
      .map((e) => e.type);

  it('signs every delivery per Standard Webhooks and delivers an order’s events in order', async () => {
    const endpoint = await createEndpoint();
    assert.match(endpoint.secret, /^whsec_[A-Za-z0-9+/]+=*$/);
    assert.equal(endpoint.status, 'enabled');
    const shown = await server.api.ok('getWebhookEndpoint', { key: SK, params: { endpointId: endpoint.id } });
    assert.equal('secret' in shown, false, 'the secret is shown once');
    const listed = await server.api.ok('listWebhookEndpoints', { key: SK });
    assert.ok(listed.data.every((e) => !('secret' in e)));

    const order = await paidOrder();
    await until('five events delivered', async () => eventsOf(endpoint, order.id).length === ORDER_FLOW.length);
    assert.deepEqual(eventsOf(endpoint, order.id), ORDER_FLOW);
    const message = endpoint.accepted().at(-1)!;
    assert.equal(message.headers['content-type'], 'application/json');
    assert.equal(verify(endpoint.secret, message).id, message.headers['webhook-id']);
    const viaSdk = await verifyWebhook(message.body, message.headers as Record<string, string>, endpoint.secret);
    assert.deepEqual(viaSdk, verify(endpoint.secret, message), '@urcard/sdk verifies what the server signed');
    assert.throws(() => verify(`whsec_${Buffer.from('another secret of 32 bytes!!!!!').toString('base64')}`, message));
    assert.throws(() => verify(endpoint.secret, { ...message, body: message.body.replace('order', 'ORDER') }));
    assert.ok(!server.rawLogs.some((line) => line.includes(endpoint.secret.slice(6))), 'the secret is never logged');
    await server.api.ok('deleteWebhookEndpoint', { key: SK, params: { endpointId: endpoint.id } });
  });

  it('lists events newest first with limit, starting_after and type, for the secret key only', async () => {
    await server.api.fails('listEvents', 'forbidden', {});
    await server.api.fails('listEvents', 'unauthorized', { key: null });
    const all = await server.api.ok('listEvents', { key: SK, query: { limit: '100' } });
    assert.ok(all.data.length >= 4);
    const seqs = all.data.map((e) => Date.parse(e.timestamp));
    assert.deepEqual(
      seqs,
      [...seqs].sort((a, b) => b - a),
      'newest first',
    );
    const first = await server.api.ok('listEvents', { key: SK, query: { limit: '2' } });
    assert.equal(first.data.length, 2);
    assert.equal(first.hasMore, true);
    const next = await server.api.ok('listEvents', {
      key: SK,
      query: { limit: '2', starting_after: first.data[1]!.id },
    });
    assert.deepEqual(
      [...first.data, ...next.data].map((e) => e.id),
      all.data.slice(0, 4).map((e) => e.id),
    );
    const completed = await server.api.ok('listEvents', { key: SK, query: { type: 'renewal.completed' } });
    assert.ok(completed.data.length >= 1 && completed.data.every((e) => e.type === 'renewal.completed'));
    const defaults = await server.api.ok('listEvents', { key: SK });
    assert.ok(defaults.data.length <= 20);
    await server.api.fails('listEvents', 'invalid_request', { key: SK, query: { limit: '0' } });
    await server.api.fails('listEvents', 'invalid_request', { key: SK, query: { limit: '101' } });
    await server.api.fails('listEvents', 'invalid_request', { key: SK, query: { type: 'order.exploded' } });
    const one = await server.api.ok('getEvent', { key: SK, params: { eventId: all.data[0]!.id } });
    assert.deepEqual(one, all.data[0]);
    assert.ok(EVENT_TYPES.includes(one.type));
  });

  it('retries a receiver that is down, then answers 500, and delivers once it is back, still in order', async () => {
    const endpoint = await createEndpoint(['order.created', 'order.paid', 'renewal.completed']);
    await receiver.stop(); // connections refused
    const { order } = await server.api.order(CARDS.active);
    await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    await server.api.waitForOrder(order.id, (o) => o.status === 'completed');
    await until('two refused attempts', async () => {
      const list = await server.api.ok('listWebhookDeliveries', { key: SK, params: { endpointId: endpoint.id } });
      return list.data.some((d) => d.attempts >= 2);
    });
    let answered500 = 0;
    receiver.answer = () => {
      if (answered500 === 2) return { status: 200 };
      answered500++;
      return { status: 500 };
    };
    await receiver.start();
    await until('three events delivered', async () => eventsOf(endpoint, order.id).length === 3, 15_000);
    assert.deepEqual(eventsOf(endpoint, order.id), ['order.created', 'order.paid', 'renewal.completed']);
    assert.equal(answered500, 2);
    const refused = endpoint
      .at()
      .filter((m) => m.status === 500)
      .map((m) => verify(endpoint.secret, m).type);
    assert.deepEqual(refused, ['order.created', 'order.created'], 'nothing later went out before the first');
    // The receiver has the third event before the sender has written its success: wait for the write.
    let deliveries = await server.api.ok('listWebhookDeliveries', { key: SK, params: { endpointId: endpoint.id } });
    await until('every delivery recorded as succeeded', async () => {
      deliveries = await server.api.ok('listWebhookDeliveries', { key: SK, params: { endpointId: endpoint.id } });
      return deliveries.data.every((d) => d.status === 'succeeded' && d.responseStatus === 200);
    });
    const created = deliveries.data.find((d) => d.eventType === 'order.created')!;
    assert.ok(created.attempts >= 4, `refused twice or more, 500 twice, then 200: ${created.attempts}`);
    assert.ok(!('body' in created));
    const shown = await server.api.ok('getWebhookEndpoint', { key: SK, params: { endpointId: endpoint.id } });
    assert.equal(shown.failingSince, null, 'a success clears the failure clock');
    receiver.answer = () => ({ status: 204 });
    await server.api.ok('deleteWebhookEndpoint', { key: SK, params: { endpointId: endpoint.id } });
  });

  it('follows no redirect, and redelivers an event on request', async () => {
    const endpoint = await createEndpoint(['order.created']);
    receiver.answer = (m) =>
      m.path.endsWith('/elsewhere')
        ? { status: 200 }
        : { status: 302, headers: { location: `${receiver.url}/elsewhere` } };
    const { order } = await server.api.order(CARDS.active);
    await until('a redirect answered', async () => endpoint.at().some((m) => m.status === 302));
    const [delivery] = (await server.api.ok('listWebhookDeliveries', { key: SK, params: { endpointId: endpoint.id } }))
      .data;
    await until('the redirect counted as a failure', async () => {
      const list = await server.api.ok('listWebhookDeliveries', { key: SK, params: { endpointId: endpoint.id } });
      return list.data[0]?.responseStatus === 302 && list.data[0].status === 'pending';
    });
    assert.ok(delivery);
    receiver.answer = () => ({ status: 200 });
    await until('delivered', async () => eventsOf(endpoint, order.id).length === 1, 10_000);
    const eventId = verify(endpoint.secret, endpoint.accepted().at(-1)!).id;
    const again = await server.api.ok('redeliverEvent', { key: SK, params: { eventId } });
    assert.equal(again.data.length, 1);
    await until('redelivered', async () => eventsOf(endpoint, order.id).length === 2);
    const ids = endpoint.accepted().map((m) => m.headers['webhook-id']);
    assert.ok(!receiver.received.some((m) => m.path.endsWith('/elsewhere')), 'the redirect was not followed');
    assert.deepEqual(ids, [eventId, eventId], 'the same webhook-id, for the receiver to deduplicate');
    await server.api.ok('deleteWebhookEndpoint', { key: SK, params: { endpointId: endpoint.id } });
  });

  it('rotates the secret: later deliveries are signed with the new one, and for a day with the old one too', async () => {
    const endpoint = await createEndpoint(['order.created']);
    const rotated = await server.api.ok('rotateWebhookSecret', { key: SK, params: { endpointId: endpoint.id } });
    assert.notEqual(rotated.secret, endpoint.secret);
    await server.api.order(CARDS.active);
    await until('delivered', async () => endpoint.accepted().length > 0);
    const message = endpoint.accepted().at(-1)!;
    assert.equal(verify(rotated.secret, message).type, 'order.created');
    assert.equal(verify(endpoint.secret, message).type, 'order.created', 'the old secret still works for a day');
    assert.equal(String(message.headers['webhook-signature']).split(' ').length, 2);
    await server.api.ok('deleteWebhookEndpoint', { key: SK, params: { endpointId: endpoint.id } });
    await server.api.fails('getWebhookEndpoint', 'not_found', { key: SK, params: { endpointId: endpoint.id } });
  });

  it('refuses plain http except to localhost in sandbox, and bad event names', async () => {
    await server.api.fails('createWebhookEndpoint', 'invalid_request', {
      key: SK,
      body: { url: 'http://partner.example/hooks', enabledEvents: ['*'] },
    });
    await server.api.fails('createWebhookEndpoint', 'invalid_request', {
      key: SK,
      body: { url: 'ftp://partner.example/hooks', enabledEvents: ['*'] },
    });
    await server.api.fails('createWebhookEndpoint', 'invalid_request', {
      key: SK,
      body: { url: receiver.url, enabledEvents: ['order.exploded'] },
    });
    await server.api.fails('createWebhookEndpoint', 'forbidden', {
      body: { url: receiver.url, enabledEvents: ['*'] },
    });
    await server.api.fails('createWebhookEndpoint', 'unauthorized', {
      key: null,
      body: { url: receiver.url, enabledEvents: ['*'] },
    });
    const https = await createEndpoint(['*'], 'https://partner.example/hooks');
    await server.api.ok('deleteWebhookEndpoint', { key: SK, params: { endpointId: https.id } });
  });
});
