import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { recordEvent } from '../domain/events/record.ts';
import { openTestStore, TEST_ENGINE } from '../test-support/databases.ts';
import type { Store, WebhookDeliveryRecord, WebhookEndpointRecord } from './types.ts';

const cardData = (id: string) =>
  ({
    object: 'card',
    id,
    maskedCardNumber: '•••• 0018',
    expiresAt: new Date(0).toISOString(),
    autoRenew: false,
    orderId: null,
  }) as const;

describe(`store conformance: events and webhooks (${TEST_ENGINE})`, () => {
  let dir: string;
  let store: Store;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'urcard-webhooks-store-'));
    store = await openTestStore(dir);
  });
  after(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  const endpoint = (id: string, partnerId = 'ptr_a'): WebhookEndpointRecord => ({
    id,
    partnerId,
    url: 'https://partner.example/h',
    description: null,
    enabledEvents: ['*'],
    secret: 'whsec_c2VjcmV0',
    previousSecret: null,
    previousSecretUntil: null,
    status: 'enabled',
    disabledReason: null,
    failingSince: null,
    createdAt: 1,
    updatedAt: 1,
  });
  const delivery = (id: string, seq: number, chain = 'order:ord_1'): WebhookDeliveryRecord => ({
    id,
    endpointId: 'we_1',
    eventId: `evt_${seq}`,
    eventSeq: seq,
    eventType: 'order.paid',
    chain,
    status: 'pending',
    attempts: 0,
    responseStatus: null,
    lastError: null,
    lastAttemptAt: null,
    nextAttemptAt: null,
    sendingUntil: null,
    createdAt: 10,
    updatedAt: 10,
  });

  it('replaces the secrets only while they are as read, previous secret null or not; lists every partner', async () => {
    await store.insertWebhookEndpoint(endpoint('we_cas', 'ptr_cas'));
    const read = { secret: 'whsec_c2VjcmV0', previousSecret: null };
    const next = { secret: 'whenc:v1:aaaa:x', previousSecret: null };
    assert.equal(await store.replaceWebhookSecrets('we_cas', { ...read, previousSecret: 'other' }, next), false);
    assert.equal(await store.replaceWebhookSecrets('we_cas', { ...read, secret: 'other' }, next), false);
    assert.equal((await store.getWebhookEndpoint('we_cas'))!.secret, 'whsec_c2VjcmV0', 'unchanged');
    assert.equal(await store.replaceWebhookSecrets('we_cas', read, next), true);
    assert.equal(await store.replaceWebhookSecrets('we_cas', read, next), false, 'changed since');
    const rotated = { secret: 'whenc:v1:bbbb:y', previousSecret: 'whenc:v1:aaaa:x' };
    assert.equal(await store.replaceWebhookSecrets('we_cas', next, rotated), true);
    const third = { secret: 'whenc:v1:cccc:z', previousSecret: 'whenc:v1:cccc:w' };
    assert.equal(await store.replaceWebhookSecrets('we_cas', { ...rotated, previousSecret: null }, third), false);
    assert.equal(await store.replaceWebhookSecrets('we_cas', rotated, third), true);
    const stored = (await store.getWebhookEndpoint('we_cas'))!;
    assert.deepEqual({ secret: stored.secret, previousSecret: stored.previousSecret }, third);
    assert.equal(await store.replaceWebhookSecrets('we_none', read, next), false);
    await store.insertWebhookEndpoint(endpoint('we_cas2', 'ptr_other'));
    const all = (await store.listAllWebhookEndpoints()).map((e) => e.id);
    assert.ok(all.includes('we_cas') && all.includes('we_cas2'), 'both partners');
  });

  it('numbers events in order, records a fixed id once, and pages them newest first by partner and type', async () => {
    const base = { partnerId: 'ptr_a', orderId: null, cardId: 'card_1', data: cardData('card_1') };
    const a = await store.insertEvent({ ...base, id: 'evt_a', type: 'card.expiring_soon', createdAt: 100 });
    const b = await store.insertEvent({ ...base, id: 'evt_b', type: 'auto_renew.failed', createdAt: 101 });
    const c = await store.insertEvent({ ...base, id: 'evt_c', type: 'card.expiring_soon', createdAt: 102 });
    await store.insertEvent({
      ...base,
      id: 'evt_other',
      partnerId: 'ptr_b',
      type: 'card.expiring_soon',
      createdAt: 103,
    });
    assert.ok(a && b && c && a.seq < b.seq && b.seq < c.seq);
    assert.equal(typeof a.seq, 'number');
    assert.equal(await store.insertEvent({ ...base, id: 'evt_a', type: 'card.expiring_soon', createdAt: 200 }), null);
    const ids = async (f: Parameters<Store['listEvents']>[0]) => (await store.listEvents(f)).map((e) => e.id);
    assert.deepEqual(await ids({ partnerId: 'ptr_a', limit: 10 }), ['evt_c', 'evt_b', 'evt_a']);
    assert.deepEqual(await ids({ partnerId: 'ptr_a', limit: 10, beforeSeq: c.seq }), ['evt_b', 'evt_a']);
    assert.deepEqual(await ids({ partnerId: 'ptr_a', limit: 1, type: 'card.expiring_soon', beforeSeq: c.seq }), [
      'evt_a',
    ]);
    assert.deepEqual((await store.getEvent('evt_b'))?.data, cardData('card_1'));
  });

  it('marks an endpoint failing once (the first time counts), and patches it', async () => {
    await store.insertWebhookEndpoint(endpoint('we_1'));
    const [first, second] = [
      await store.markWebhookEndpointFailing('we_1', 500),
      await store.markWebhookEndpointFailing('we_1', 900),
    ];
    assert.deepEqual([first, second], [500, 500]);
    const patched = await store.updateWebhookEndpoint(
      'we_1',
      { failingSince: null, enabledEvents: ['order.paid'] },
      950,
    );
    assert.deepEqual([patched?.failingSince, patched?.enabledEvents, patched?.updatedAt], [null, ['order.paid'], 950]);
    assert.equal(await store.updateWebhookEndpoint('we_nope', { status: 'disabled' }, 1), null);
  });

  it('finds the pending delivery ahead and behind in a chain, lets one attempt claim it, and fails the rest', async () => {
    for (const [id, seq] of [
      ['whd_1', 1],
      ['whd_2', 2],
      ['whd_3', 3],
    ] as const)
      await store.insertWebhookDelivery(delivery(id, seq));
    await store.insertWebhookDelivery(delivery('whd_x', 0, 'order:ord_2'));
    const at = { endpointId: 'we_1', chain: 'order:ord_1', seq: 2 };
    assert.equal((await store.pendingWebhookDelivery(at, 'before'))?.id, 'whd_1');
    assert.equal((await store.pendingWebhookDelivery(at, 'after'))?.id, 'whd_3');

    const claims = await Promise.all([1, 2, 3, 4, 5].map(() => store.claimWebhookDelivery('whd_1', 1000, 2000)));
    assert.equal(claims.filter(Boolean).length, 1, 'one attempt at a time');
    assert.equal(await store.claimWebhookDelivery('whd_1', 1500, 2500), null, 'held until 2000');
    assert.ok(await store.claimWebhookDelivery('whd_1', 2001, 3000), 'an attempt that died lets go');
    await store.recordWebhookAttempt('whd_1', {
      status: 'succeeded',
      responseStatus: 204,
      error: null,
      nextAttemptAt: null,
      now: 2100,
    });
    const done = await store.getWebhookDelivery('whd_1');
    assert.deepEqual(
      [done?.status, done?.attempts, done?.responseStatus, done?.sendingUntil],
      ['succeeded', 1, 204, null],
    );
    assert.equal(await store.claimWebhookDelivery('whd_1', 2200, 3000), null, 'a sent delivery is not sent again');
    assert.equal(await store.pendingWebhookDelivery(at, 'before'), null);

    assert.equal(await store.failPendingWebhookDeliveries('we_1', 3000), 3);
    assert.deepEqual((await store.listWebhookDeliveries('we_1', 10)).map((d) => d.status).sort(), [
      'failed',
      'failed',
      'failed',
      'succeeded',
    ]);
    assert.equal(await store.deleteWebhookEndpoint('we_1'), true);
    assert.deepEqual(await store.listWebhookDeliveries('we_1', 10), []);
  });

  it('writes an event, its deliveries and their jobs in the transaction of the change, or none of them', async () => {
    await store.insertWebhookEndpoint(endpoint('we_tx', 'ptr_tx'));
    const event = {
      partnerId: 'ptr_tx',
      type: 'card.expiring_soon' as const,
      cardId: 'card_9',
      data: cardData('card_9'),
    };
    await assert.rejects(
      store.transaction(async (tx) => {
        await recordEvent(tx, { ...event, id: 'evt_rolled_back' }, 5000);
        throw new Error('the change failed');
      }),
      /the change failed/,
    );
    assert.equal(await store.getEvent('evt_rolled_back'), null);
    assert.deepEqual(await store.listWebhookDeliveries('we_tx', 10), []);
    const jobs = async () => (await store.listJobs({ type: 'deliver_webhook' })).length;
    const before = await jobs();
    await store.transaction((tx) => recordEvent(tx, { ...event, id: 'evt_kept' }, 5000));
    assert.equal((await store.listWebhookDeliveries('we_tx', 10)).length, 1);
    assert.equal(await jobs(), before + 1);
  });

  it('purges events and deliveries after 30 days', async () => {
    const day = 86_400_000;
    const now = 100 * day;
    const old = await store.insertEvent({
      id: 'evt_old',
      partnerId: 'ptr_p',
      type: 'card.expiring_soon',
      orderId: null,
      cardId: null,
      data: cardData('c'),
      createdAt: now - 31 * day,
    });
    await store.insertEvent({
      id: 'evt_new',
      partnerId: 'ptr_p',
      type: 'card.expiring_soon',
      orderId: null,
      cardId: null,
      data: cardData('c'),
      createdAt: now - 29 * day,
    });
    await store.insertWebhookDelivery({
      ...delivery('whd_old', old!.seq),
      endpointId: 'we_p',
      createdAt: now - 31 * day,
    });
    await store.purgeExpired(now);
    assert.equal(await store.getEvent('evt_old'), null);
    assert.ok(await store.getEvent('evt_new'));
    assert.equal(await store.getWebhookDelivery('whd_old'), null);
  });
});
