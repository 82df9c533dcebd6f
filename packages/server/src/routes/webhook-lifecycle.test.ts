import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { verifyWebhook, WebhookVerificationError } from '@urcard/sdk';
import { WEBHOOK_GIVE_UP_MS } from '../domain/webhooks/deliveries.ts';
import { ROTATION_OVERLAP_MS } from '../domain/webhooks/endpoints.ts';
import type { TestServer } from '../test-support/harness.ts';
import { CARDS, DAY, movableClock, SK, startTestServer, until } from '../test-support/harness.ts';
import { WebhookReceiver } from '../test-support/webhook-receiver.ts';

describe('webhooks over days: backoff, disabling, card.expiring_soon, purge', () => {
  const clock = movableClock();
  const receiver = new WebhookReceiver();
  let server: TestServer;
  const BASE_MS = 40;
  before(async () => {
    await receiver.start();
    server = await startTestServer({ clock, webhookRetryBaseMs: BASE_MS });
  });
  after(async () => {
    await server.stop();
    await receiver.stop();
  });
  const deliveries = async (endpointId: string) =>
    (await server.api.ok('listWebhookDeliveries', { key: SK, params: { endpointId } })).data;

  it('signs with the secret before a rotation for 24 hours only', async () => {
    const endpoint = await server.api.ok('createWebhookEndpoint', {
      key: SK,
      body: { url: receiver.urlFor('rotated'), enabledEvents: ['order.created'] },
    });
    const rotated = await server.api.ok('rotateWebhookSecret', { key: SK, params: { endpointId: endpoint.id } });
    clock.advance(ROTATION_OVERLAP_MS + 60_000);
    await server.api.order(CARDS.active);
    await until('delivered', async () => receiver.at('rotated').some((m) => m.status < 300));
    const [message] = receiver.at('rotated');
    const headers = message!.headers as Record<string, string>;
    assert.equal(headers['webhook-signature']!.split(' ').length, 1);
    // Verified at the server's (moved) time: the timestamp is checked against now.
    const at = new Date(Number(headers['webhook-timestamp']) * 1000);
    assert.equal((await verifyWebhook(message!.body, headers, rotated.secret, { now: at })).type, 'order.created');
    await assert.rejects(verifyWebhook(message!.body, headers, endpoint.secret, { now: at }), WebhookVerificationError);
    await server.api.ok('deleteWebhookEndpoint', { key: SK, params: { endpointId: endpoint.id } });
  });

  it('backs off exponentially from the base delay and disables an endpoint failing for 3 days', async () => {
    const endpoint = await server.api.ok('createWebhookEndpoint', {
      key: SK,
      body: { url: receiver.urlFor('down'), enabledEvents: ['order.created', 'order.canceled'] },
    });
    await receiver.stop();
    const { order } = await server.api.order(CARDS.active);
    await until('three failed attempts', async () => ((await deliveries(endpoint.id))[0]?.attempts ?? 0) >= 3);
    const [failing] = await deliveries(endpoint.id);
    assert.ok(failing);
    assert.equal(failing.status, 'pending');
    assert.equal(failing.responseStatus, null, 'refused: no answer');
    const wait = Date.parse(failing.nextAttemptAt!) - Date.parse(failing.lastAttemptAt!);
    assert.equal(wait, BASE_MS * 2 ** (failing.attempts - 1), `attempt ${failing.attempts} waits base × 2^(n-1)`);
    const shown = await server.api.ok('getWebhookEndpoint', { key: SK, params: { endpointId: endpoint.id } });
    assert.equal(shown.status, 'enabled');
    assert.ok(shown.failingSince);

    clock.advance(WEBHOOK_GIVE_UP_MS + 60_000);
    server.services.worker.notify();
    await until('the endpoint disabled', async () => {
      const e = await server.api.ok('getWebhookEndpoint', { key: SK, params: { endpointId: endpoint.id } });
      return e.status === 'disabled';
    });
    const disabled = await server.api.ok('getWebhookEndpoint', { key: SK, params: { endpointId: endpoint.id } });
    assert.match(disabled.disabledReason ?? '', /3 days/);
    assert.deepEqual(
      (await deliveries(endpoint.id)).map((d) => d.status),
      ['failed'],
    );
    // A disabled endpoint is sent nothing new.
    await server.api.order(CARDS.active);
    await server.services.scheduler.runOnce(); // cancels the unpaid first order: order.canceled
    assert.equal((await deliveries(endpoint.id)).length, 1);
    assert.equal((await server.api.ok('getOrder', { params: { orderId: order.id } })).status, 'canceled');

    const enabled = await server.api.ok('updateWebhookEndpoint', {
      key: SK,
      params: { endpointId: endpoint.id },
      body: { status: 'enabled' },
    });
    assert.equal(enabled.status, 'enabled');
    assert.equal(enabled.failingSince, null);
    assert.equal(enabled.disabledReason, null);
    await server.api.ok('deleteWebhookEndpoint', { key: SK, params: { endpointId: endpoint.id } });
    await receiver.start();
  });

  it('announces card.expiring_soon once per card and expiry, 7 days ahead, and purges events after 30 days', async () => {
    const endpoint = await server.api.ok('createWebhookEndpoint', {
      key: SK,
      body: { url: receiver.urlFor('cards'), enabledEvents: ['card.expiring_soon'] },
    });
    const { order } = await server.api.order(CARDS.expiring, { planId: 'basic-30' });
    await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    const done = await server.api.waitForOrder(order.id, (o) => o.status === 'completed');
    const expiry = Date.parse(done.receipt!.newExpiresAt);
    const expiring = () => server.api.ok('listEvents', { key: SK, query: { type: 'card.expiring_soon' } });

    clock.advance(expiry - clock.now() - 7 * DAY - 60_000);
    assert.equal((await server.services.scheduler.runOnce()).expiringAnnounced, 0, 'just over 7 days: not yet');
    clock.advance(2 * 60_000);
    assert.equal((await server.services.scheduler.runOnce()).expiringAnnounced, 1);
    assert.equal((await server.services.scheduler.runOnce()).expiringAnnounced, 0, 'once per expiry');
    const [event] = (await expiring()).data;
    assert.ok(event && event.data.object === 'card');
    assert.equal(event.data.id, (await server.services.store.getOrder(done.id))!.cardId);
    assert.equal(event.data.expiresAt, done.receipt!.newExpiresAt);
    await until('delivered', async () => receiver.at('cards').some((m) => m.status < 300));

    clock.advance(31 * DAY);
    await server.services.scheduler.runOnce();
    assert.deepEqual((await expiring()).data, [], 'events go after 30 days');
    assert.deepEqual(await deliveries(endpoint.id), [], 'and their deliveries');
    const all = await server.api.ok('listEvents', { key: SK, query: { limit: '100' } });
    const cutoff = clock.now() - 30 * DAY;
    assert.ok(all.data.every((e) => Date.parse(e.timestamp) >= cutoff));
  });
});
