import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { Webhook } from 'standardwebhooks';
import { verifyWebhook, WebhookVerificationError } from './webhooks.ts';

// Messages signed by the official `standardwebhooks` package, verified by ours (and the other way round is the
// server suite: the server signs, `standardwebhooks` verifies).
describe('verifyWebhook', () => {
  const secret = `whsec_${randomBytes(32).toString('base64')}`;
  const event = {
    id: 'evt_0123456789abcdefghij',
    type: 'renewal.completed',
    timestamp: '2026-12-01T10:00:00.000Z',
    data: { object: 'order', id: 'ord_x' },
  };
  const body = JSON.stringify(event);
  const signed = (at = new Date(), payload = body, id = event.id) => {
    const signature = new Webhook(secret).sign(id, at, payload);
    return {
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': signature,
    };
  };

  it('accepts what standardwebhooks signed, from a plain object, Headers or bytes', async () => {
    const headers = signed();
    assert.deepEqual(await verifyWebhook(body, headers, secret), event);
    assert.deepEqual(await verifyWebhook(body, new Headers(headers), secret), event);
    assert.deepEqual(await verifyWebhook(new TextEncoder().encode(body), headers, secret), event);
    const upper = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toUpperCase(), v]));
    assert.deepEqual(await verifyWebhook(body, upper, secret), event);
  });

  it('accepts any one of several signatures (a secret being rotated)', async () => {
    const headers = signed();
    const other = new Webhook(`whsec_${randomBytes(32).toString('base64')}`).sign(event.id, new Date(), body);
    headers['webhook-signature'] = `${other} ${headers['webhook-signature']}`;
    assert.equal((await verifyWebhook(body, headers, secret)).id, event.id);
  });

  it('refuses another secret, a changed body, id or timestamp, an old message and missing headers', async () => {
    const headers = signed();
    const reject = (p: Promise<unknown>) => assert.rejects(p, WebhookVerificationError);
    await reject(verifyWebhook(body, headers, `whsec_${randomBytes(32).toString('base64')}`));
    await reject(verifyWebhook(body.replace('completed', 'failed'), headers, secret));
    await reject(verifyWebhook(body, { ...headers, 'webhook-id': 'evt_other' }, secret));
    await reject(
      verifyWebhook(
        body,
        { ...headers, 'webhook-timestamp': String(Number(headers['webhook-timestamp']) + 1) },
        secret,
      ),
    );
    const old = new Date(Date.now() - 10 * 60_000);
    await reject(verifyWebhook(body, signed(old), secret));
    assert.equal((await verifyWebhook(body, signed(old), secret, { toleranceSeconds: 3600 })).id, event.id);
    await reject(verifyWebhook(body, { 'webhook-id': event.id }, secret));
    await reject(
      verifyWebhook(
        body,
        { ...headers, 'webhook-signature': headers['webhook-signature'].replace('v1,', 'v2,') },
        secret,
      ),
    );
  });
});
