import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { ReceiptMail } from '../../domain/receipts.ts';
import type { WebhookDeliveries } from '../../domain/webhooks/deliveries.ts';
import { jobHandlers } from '../../jobs/handlers.ts';
import type { FakeAiralo } from '../../test-support/fake-airalo/index.ts';
import { FAKE_AIRALO_CREDENTIALS, fakePackage, startFakeAiralo } from '../../test-support/fake-airalo/index.ts';
import type { TestServer } from '../../test-support/harness.ts';
import { CARDS, SK, startTestServer } from '../../test-support/harness.ts';
import { refundRequestReference } from './refunds.ts';

const ICCID = CARDS.active;
const REFUND = /^\/v2\/refund$/;

describe('Airalo carrier: a support refund of an applied top-up is one refund request', () => {
  let fake: FakeAiralo;
  let server: TestServer;

  beforeEach(async () => {
    fake = await startFakeAiralo();
    fake.addSim(ICCID, [fakePackage('basic-30')]);
    server = await startTestServer({
      carrierName: 'airalo',
      airaloBaseUrl: fake.url,
      ...FAKE_AIRALO_CREDENTIALS,
      airaloTimeoutMs: 300,
    });
  });
  afterEach(async () => {
    await server.stop();
    await fake.close();
  });

  /** An order paid and applied by Airalo (one top-up), then refunded by support; answers it once settled. */
  async function refundedAfterTopUp() {
    const { order } = await server.api.order(ICCID, { planId: 'basic-30' });
    await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    await server.api.waitForOrder(order.id, (o) => o.status === 'completed', 8000);
    assert.equal(fake.topUps(ICCID).length, 1);
    await server.api.ok('refundOrder', {
      key: SK,
      params: { orderId: order.id },
      body: { reason: 'traveller cancelled the trip' },
      idempotencyKey: `refund-${order.id}`,
    });
    await server.api.waitForOrder(order.id, (o) => o.refund?.settledAt != null, 8000);
    return { orderId: order.id, view: await server.api.ok('getOrder', { key: SK, params: { orderId: order.id } }) };
  }

  /** The same reversal again, as a job run twice or a resumed job would ask it. */
  async function reverseAgain(orderId: string) {
    const { store, carrier } = server.services;
    const order = (await store.getOrder(orderId))!;
    const card = (await store.getCard(order.cardId))!;
    return carrier.reverse({ reference: orderId, card, plan: order.plan }, AbortSignal.timeout(5000));
  }

  it('sends one refund request for the eSIM, naming our order and the top-up; a second reversal sends none', async () => {
    const { orderId, view } = await refundedAfterTopUp();
    const [topUp] = fake.topUps(ICCID);
    assert.equal(fake.refundRequests.length, 1);
    const [request] = fake.refundRequests;
    assert.deepEqual(request!.iccids, [ICCID]);
    assert.equal(request!.reason, 'OTHERS');
    assert.equal(
      request!.notes,
      `urcard order ${orderId}: refund the top-up ${topUp!.code} (package basic-30). traveller cancelled the trip`,
    );
    assert.equal(view.refund?.carrier?.status, 'requested');
    assert.match(view.refund?.carrier?.detail ?? '', new RegExp(`refund request ${request!.refund_id} `));
    const publicView = await server.api.ok('getOrder', { params: { orderId } });
    assert.deepEqual(publicView.refund?.carrier, { status: 'requested', detail: null }, 'no carrier words in public');
    assert.deepEqual(
      (await server.services.store.listPayments(orderId)).map((p) => p.kind),
      ['charge', 'refund'],
    );

    assert.equal((await reverseAgain(orderId)).status, 'requested');
    assert.equal(fake.requestsTo('POST', REFUND).length, 1, 'not sent again');
  });

  it('a 5xx (not taken) is sent again later: still one refund request', async () => {
    fake.schedule('POST', REFUND, { kind: 'fail', status: 503 });
    const { view } = await refundedAfterTopUp();
    assert.equal(view.refund?.carrier?.status, 'requested');
    assert.deepEqual(
      fake.requestsTo('POST', REFUND).map((r) => r.status),
      [503, 202],
    );
    assert.equal(fake.refundRequests.length, 1);
  });

  it('a 429 is waited out, by the client then by the job queue: one refund request', async () => {
    fake.schedule('POST', REFUND, { kind: 'fail', status: 429, retryAfterS: 1 }, 3);
    const { view } = await refundedAfterTopUp();
    assert.equal(view.refund?.carrier?.status, 'requested');
    const posts = fake.requestsTo('POST', REFUND);
    assert.deepEqual(
      posts.map((r) => r.status),
      [429, 429, 429, 202],
    );
    assert.ok(posts[3]!.at - posts[2]!.at >= 1000, 'the job waited Retry-After before sending again');
    assert.equal(fake.refundRequests.length, 1);
  });

  it('a 422 is final: reported on the order and in the log, the money still given back, never sent again', async () => {
    const message = `The following ICCIDs do not belong to your company: ${ICCID}`;
    fake.schedule('POST', REFUND, { kind: 'fail', status: 422, body: { data: [], meta: { message } } });
    const { orderId, view } = await refundedAfterTopUp();
    const masked = 'The following ICCIDs do not belong to your company: …0018';
    assert.deepEqual(view.refund?.carrier, { status: 'refused', detail: masked }, 'in Airalo’s words, ICCID masked');
    assert.deepEqual(
      (await server.services.store.listPayments(orderId)).map((p) => p.kind),
      ['charge', 'refund'],
      'the traveller is refunded all the same',
    );
    const warned = server.logs.find((l) => l.msg === 'carrier refused the refund request');
    assert.equal(warned?.detail, masked);
    const events = await server.services.store.listOrderEvents(orderId);
    assert.match(events.at(-1)?.reason ?? '', /carrier reversal refused: The following ICCIDs/);
    assert.equal((await reverseAgain(orderId)).status, 'refused');
    assert.equal(fake.requestsTo('POST', REFUND).length, 1);
    assert.equal(fake.refundRequests.length, 0);
  });

  it('a request taken but unanswered (the connection closed) is not sent again: unconfirmed', async () => {
    fake.schedule('POST', REFUND, { kind: 'hang-up' });
    const { orderId, view } = await refundedAfterTopUp();
    assert.equal(view.refund?.carrier?.status, 'unconfirmed');
    assert.match(view.refund?.carrier?.detail ?? '', /not sent again/);
    assert.equal(fake.refundRequests.length, 1, 'Airalo has it');
    assert.equal((await reverseAgain(orderId)).status, 'unconfirmed');
    assert.equal(fake.requestsTo('POST', REFUND).length, 1, 'sent once');
  });

  it('a request taken but answered too late (a timeout) is not sent again: unconfirmed', async () => {
    const held = fake.schedule('POST', REFUND, { kind: 'slow' });
    try {
      const { orderId, view } = await refundedAfterTopUp();
      assert.equal(view.refund?.carrier?.status, 'unconfirmed');
      assert.ok(
        server.logs.some((l) => l.msg === 'refund request unanswered: not sent again, check it with Airalo'),
        'a warning says what to check',
      );
      assert.equal((await reverseAgain(orderId)).status, 'unconfirmed');
      assert.equal(fake.requestsTo('POST', REFUND).length, 1, 'sent once');
      assert.equal(fake.refundRequests.length, 1, 'Airalo has it');
    } finally {
      held.release();
    }
  });

  it('two reversals of one order at once (two instances) send one refund request', async () => {
    const { order } = await server.api.order(ICCID, { planId: 'basic-30' });
    await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    await server.api.waitForOrder(order.id, (o) => o.status === 'completed', 8000);
    const held = fake.schedule('POST', REFUND, { kind: 'slow' });
    const both = Promise.all([reverseAgain(order.id), reverseAgain(order.id)]);
    await held.arrived;
    held.release();
    const answers = (await both).map((a) => a.status).sort();
    assert.deepEqual(answers, ['requested', 'unconfirmed'], 'the second sees the first in flight');
    assert.equal(fake.requestsTo('POST', REFUND).length, 1);
  });

  it('when the refund job gives up on an unreachable Airalo, the money goes back without it: unreachable', async () => {
    const { order } = await server.api.order(ICCID, { planId: 'basic-30' });
    await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    await server.api.waitForOrder(order.id, (o) => o.status === 'completed', 8000);
    await server.services.worker.stop();
    try {
      await server.api.ok('refundOrder', {
        key: SK,
        params: { orderId: order.id },
        body: {},
        idempotencyKey: `refund-${order.id}`,
      });
      // What the worker does after the job's last attempt failed (10 of them, minutes apart: not waited for here);
      // the give-up's own last try meets Airalo still down.
      fake.schedule('POST', REFUND, { kind: 'fail', status: 503 });
      const handlers = jobHandlers(server.services.orders, {} as WebhookDeliveries, {} as ReceiptMail);
      const [job] = (await server.services.store.listJobs({ type: 'refund_order' })).filter(
        (j) => j.uniqueKey === `refund:${order.id}`,
      );
      await handlers.refund_order.onDead!(job!, new Error('Airalo POST /v2/refund answered 503: Server Error'));
    } finally {
      server.services.worker.start();
    }
    const view = await server.api.ok('getOrder', { key: SK, params: { orderId: order.id } });
    assert.ok(view.refund?.settledAt, 'settled');
    assert.equal(view.refund?.carrier?.status, 'unreachable');
    assert.match(
      view.refund?.carrier?.detail ?? '',
      /could not be reached: Error: Airalo POST \/v2\/refund answered 503/,
    );
    assert.deepEqual(
      (await server.services.store.listPayments(order.id)).map((p) => p.kind),
      ['charge', 'refund'],
      'the traveller is refunded',
    );
    // The job itself, run again, finds the refund settled: it asks Airalo nothing.
    for (let i = 0; i < 200; i++) {
      const jobs = await server.services.store.listJobs({ type: 'refund_order', status: 'done' });
      if (jobs.some((j) => j.uniqueKey === `refund:${order.id}`)) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    assert.deepEqual(
      fake.requestsTo('POST', REFUND).map((r) => r.status),
      [503],
      'the last try only',
    );
    assert.equal(fake.refundRequests.length, 0);
  });

  it('a give-up after the carrier took the request (the payment provider failing) keeps the carrier’s answer', async () => {
    const { order } = await server.api.order(ICCID, { planId: 'basic-30' });
    await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    await server.api.waitForOrder(order.id, (o) => o.status === 'completed', 8000);
    await server.services.worker.stop();
    try {
      await server.api.ok('refundOrder', {
        key: SK,
        params: { orderId: order.id },
        body: {},
        idempotencyKey: `refund-${order.id}`,
      });
      // An attempt that got as far as Airalo (which took the request) and then failed at the payment provider.
      assert.equal((await reverseAgain(order.id)).status, 'requested');
      const handlers = jobHandlers(server.services.orders, {} as WebhookDeliveries, {} as ReceiptMail);
      const job = (await server.services.store.listJobs({ type: 'refund_order' })).find(
        (j) => j.uniqueKey === `refund:${order.id}`,
      );
      await handlers.refund_order.onDead!(job!, new Error('the payment provider is down'));
    } finally {
      server.services.worker.start();
    }
    const view = await server.api.ok('getOrder', { key: SK, params: { orderId: order.id } });
    assert.equal(view.refund?.carrier?.status, 'requested', 'not unreachable: the carrier had answered');
    assert.equal(fake.requestsTo('POST', REFUND).length, 1, 'and it was not asked again');
  });

  it('a request recorded as in flight by a run that died is never sent by the next run', async () => {
    // What a crash between recording and the answer leaves: the record pending, nothing else.
    const { order } = await server.api.order(ICCID, { planId: 'basic-30' });
    await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    await server.api.waitForOrder(order.id, (o) => o.status === 'completed', 8000);
    await server.services.store.putCarrierRequestOnce({
      reference: refundRequestReference(order.id),
      cardId: (await server.services.store.getOrder(order.id))!.cardId,
      requestedAt: Date.now(),
      completesAt: Date.now(),
      outcome: 'pending',
      reason: 'pending:a-run-that-died',
    });
    assert.equal((await reverseAgain(order.id)).status, 'unconfirmed');
    assert.equal(fake.requestsTo('POST', REFUND).length, 0);
  });
});
