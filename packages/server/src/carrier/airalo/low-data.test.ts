import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { UrcardEvent } from '@urcard/sdk';
import { Webhook } from 'standardwebhooks';
import type { FakeAiralo } from '../../test-support/fake-airalo/index.ts';
import type { TestServer } from '../../test-support/harness.ts';
import { SK, until } from '../../test-support/harness.ts';
import { ICCID, lowDataSuite, NOTICE_1DAY, NOTICE_90 } from './low-data-suite.ts';

describe('Airalo low-data notifications: top-ups when data runs low', () => {
  const suite = lowDataSuite();
  const { optIn, cardWithLowData, lowDataOrders, lowDataJobs, settled, skippedEvents } = suite;
  let fake: FakeAiralo;
  let server: TestServer;
  const receiver = suite.ctx.receiver;
  beforeEach(() => {
    ({ fake, server } = suite.ctx);
  });

  it('a signed 90% notice renews the last plan once: one order, one more top-up at the carrier', async () => {
    assert.equal((await optIn()).status, 200, 'Airalo accepted the URL after its HEAD check');
    const { price, cardId, cardToken } = await cardWithLowData(3);
    const answer = await fake.notifyLowData(ICCID, NOTICE_90);
    assert.equal(answer.status, 200);
    assert.equal(JSON.parse(answer.body).outcome, 'queued');
    await until(
      'the low-data top-up completes',
      async () => (await lowDataOrders(cardId)).length === 1 && (await settled(cardId)),
      10_000,
    );
    const [order] = await lowDataOrders(cardId);
    assert.equal(order!.status, 'completed');
    assert.equal(order!.offSession, true);
    assert.deepEqual(order!.total, price);
    assert.deepEqual(
      fake.topUps(ICCID).map((t) => [t.package_id, t.description]),
      [
        ['basic-30', fake.topUps(ICCID)[0]!.description],
        ['basic-30', order!.id],
      ],
    );
    assert.deepEqual(
      (await server.services.store.listPayments(order!.id)).map((p) => p.kind),
      ['charge'],
      'charged off-session once',
    );
    const { card } = await server.api.ok('currentCard', { cardToken });
    assert.deepEqual(card.autoRenew.lowData?.spentThisMonth, price, 'the card shows what the month cost');

    // Airalo sends it again (or to two instances): nothing more.
    const [again, twice] = await Promise.all([
      fake.notifyLowData(ICCID, NOTICE_90),
      fake.notifyLowData(ICCID, NOTICE_90),
    ]);
    assert.deepEqual([again.status, twice.status], [200, 200]);
    await until('the repeated jobs are done', () => settled(cardId));
    assert.equal((await lowDataOrders(cardId)).length, 1, 'still one order');
    assert.equal(fake.topUps(ICCID).length, 2, 'still one top-up for the notice');
    // The job run again (resumed after a crash, or another instance's copy): it finds its decision, no new order.
    await server.services.orders.lowData.run({ cardId, packageName: NOTICE_90.package_name, level: '90%' });
    assert.equal((await lowDataOrders(cardId)).length, 1, 'a job run twice places one order');
    assert.equal((await server.services.store.listPayments(order!.id)).length, 1, 'and charges once');
  });

  it('refuses a missing or wrong signature with 401 and a bad body with 400, and does nothing', async () => {
    await optIn();
    const { cardId } = await cardWithLowData(3);
    const wrong = await fake.notifyLowData(ICCID, NOTICE_90, { signature: 'wrong' });
    const missing = await fake.notifyLowData(ICCID, NOTICE_90, { signature: 'missing' });
    assert.deepEqual([wrong.status, missing.status], [401, 401]);
    assert.equal(JSON.parse(wrong.body).error.code, 'unauthorized');
    const bad = await fake.notifyLowData(ICCID, NOTICE_90, { body: JSON.stringify({ level: '50%', iccid: ICCID }) });
    assert.equal(bad.status, 400);
    assert.equal(JSON.parse(bad.body).error.code, 'invalid_request');
    const head = await fetch(`${server.url}/v1/webhooks/airalo`, { method: 'HEAD' });
    assert.equal(head.status, 200, 'HEAD answers 200 (the opt-in check)');
    assert.deepEqual(await lowDataJobs(), [], 'no job queued');
    assert.deepEqual(await lowDataOrders(cardId), []);
    assert.equal(fake.topUps(ICCID).length, 1);
    assert.ok(server.rawLogs.some((l) => l.includes('missing or wrong signature refused')));
  });

  it('acknowledges 75% and 3 days left, and unknown ICCIDs, without a top-up', async () => {
    await optIn();
    const { cardId } = await cardWithLowData(3);
    for (const level of ['75%', '3days'] as const) {
      const answer = await fake.notifyLowData(ICCID, { ...NOTICE_90, level });
      assert.equal(answer.status, 200, level);
      assert.equal(JSON.parse(answer.body).outcome, 'ignored', level);
    }
    const stranger = await fake.notifyLowData('8986019999999999999', NOTICE_90);
    assert.equal(stranger.status, 200);
    assert.equal(JSON.parse(stranger.body).outcome, 'unknown_card');
    assert.deepEqual(await lowDataJobs(), []);
    assert.deepEqual(await lowDataOrders(cardId), []);
    assert.equal(fake.topUps(ICCID).length, 1);
  });

  it('two levels of one package top up twice within the cap; past the cap the partner hears it was skipped', async () => {
    await optIn();
    const endpoint = await server.api.ok('createWebhookEndpoint', {
      key: SK,
      body: { url: receiver.urlFor('skipped'), enabledEvents: ['card.low_data_top_up_skipped'] },
    });
    const { price, cardId } = await cardWithLowData(2);
    await fake.notifyLowData(ICCID, NOTICE_90);
    await until(
      'the first top-up',
      async () => (await lowDataOrders(cardId)).length === 1 && (await settled(cardId)),
      10_000,
    );
    await fake.notifyLowData(ICCID, NOTICE_1DAY);
    await until(
      'the second top-up',
      async () => (await lowDataOrders(cardId)).length === 2 && (await settled(cardId)),
      10_000,
    );
    assert.equal(fake.topUps(ICCID).length, 3, 'purchase + two low-data top-ups');
    assert.deepEqual(await skippedEvents(), []);

    // The next package's 90 %: 3 × price would pass the cap of 2 × price.
    await fake.notifyLowData(ICCID, { ...NOTICE_90, package_name: 'Basic 30 days (2)' });
    await until('the job is done', () => settled(cardId));
    assert.equal((await lowDataOrders(cardId)).length, 2, 'no third order');
    assert.equal(fake.topUps(ICCID).length, 3, 'no third top-up');
    const [skipped, ...more] = await skippedEvents();
    assert.equal(more.length, 0);
    assert.equal(skipped!.data.object, 'card');
    assert.deepEqual(skipped!.data.object === 'card' && skipped!.data.lowDataTopUp, {
      reason: 'cap_reached',
      level: '90%',
      packageName: 'Basic 30 days (2)',
      amount: price,
      monthlyCap: { amount: price.amount * 2, currency: price.currency },
      spentThisMonth: { amount: price.amount * 2, currency: price.currency },
    });
    await until('the partner receives it', async () => receiver.at('skipped').some((m) => m.status < 300));
    const delivered = new Webhook(endpoint.secret).verify(
      receiver.at('skipped')[0]!.body,
      receiver.at('skipped')[0]!.headers as Record<string, string>,
    ) as UrcardEvent;
    assert.equal(delivered.type, 'card.low_data_top_up_skipped');
    assert.equal(delivered.id, skipped!.id);
  });

  it('two notices at once near the cap: exactly one passes', async () => {
    await optIn();
    const { cardId } = await cardWithLowData(1);
    const answers = await Promise.all([
      fake.notifyLowData(ICCID, NOTICE_90),
      fake.notifyLowData(ICCID, NOTICE_1DAY),
      fake.notifyLowData(ICCID, { ...NOTICE_90, package_name: 'Other package' }),
    ]);
    assert.deepEqual(
      answers.map((a) => a.status),
      [200, 200, 200],
    );
    await until(
      'all three jobs are done',
      async () => (await lowDataJobs()).length === 3 && (await settled(cardId)),
      10_000,
    );
    assert.equal((await lowDataOrders(cardId)).length, 1, 'one order within the cap');
    assert.equal(fake.topUps(ICCID).length, 2, 'one low-data top-up');
    assert.deepEqual(
      (await skippedEvents()).map((e) => e.data.object === 'card' && e.data.lowDataTopUp?.reason),
      ['cap_reached', 'cap_reached'],
    );
  });

  it('checks the choice: a cap is required, in the currency of the last purchase, with auto-renew on', async () => {
    const { order, session, quote } = await server.api.order(ICCID, { planId: 'basic-30' }, { autoRenew: true });
    await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    await server.api.waitForOrder(order.id, (o) => o.status === 'completed', 8000);
    const cardToken = session.cardToken;
    const noCap = await server.api.fails('setAutoRenew', 'invalid_request', {
      cardToken,
      body: { enabled: true, lowData: { enabled: true } },
    });
    assert.equal(noCap.error.field, 'lowData.monthlyCap');
    const otherCurrency = await server.api.fails('setAutoRenew', 'invalid_request', {
      cardToken,
      body: { enabled: true, lowData: { enabled: true, monthlyCap: { amount: 5000, currency: 'EUR' } } },
    });
    assert.equal(otherCurrency.error.field, 'lowData.monthlyCap.currency');
    assert.match(otherCurrency.error.message, new RegExp(quote.total.currency));
    const off = await server.api.fails('setAutoRenew', 'invalid_request', {
      cardToken,
      body: { enabled: false, lowData: { enabled: true, monthlyCap: quote.total } },
    });
    assert.equal(off.error.field, 'lowData.enabled');
    const on = await server.api.ok('setAutoRenew', {
      cardToken,
      body: { enabled: true, lowData: { enabled: true, monthlyCap: quote.total } },
    });
    assert.equal(on.card.autoRenew.lowData?.enabled, true);
    const kept = await server.api.ok('setAutoRenew', { cardToken, body: { enabled: true } });
    assert.deepEqual(kept.card.autoRenew.lowData, on.card.autoRenew.lowData, 'left out: the choice stays');
    const autoRenewOff = await server.api.ok('setAutoRenew', { cardToken, body: { enabled: false } });
    assert.equal(autoRenewOff.card.autoRenew.lowData?.enabled, false, 'auto-renew off turns it off too');
  });
});
