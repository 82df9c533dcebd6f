import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReceiptMail } from '../../domain/receipts.ts';
import type { WebhookDeliveries } from '../../domain/webhooks/deliveries.ts';
import { jobHandlers } from '../../jobs/handlers.ts';
import { until } from '../../test-support/harness.ts';
import { ICCID, lowDataSuite, NOTICE_90 } from './low-data-suite.ts';

const TOP_UP_LIST = /^\/v2\/sims\/\d+\/topups$/;

describe('Airalo low-data top-ups: a carrier that cannot be asked', () => {
  // No plans cache: the job asks Airalo for the card's package itself.
  const suite = lowDataSuite({ airaloPlansCacheMs: 0 });
  const { optIn, cardWithLowData, lowDataOrders, lowDataJobs, skippedEvents } = suite;

  it('retries while Airalo is down; when the job gives up, the partner hears carrier_unavailable, once', async () => {
    const { fake, server } = suite.ctx;
    await optIn();
    const { cardId } = await cardWithLowData(3);
    fake.schedule('GET', TOP_UP_LIST, { kind: 'fail', status: 503 }, 1_000);
    assert.equal((await fake.notifyLowData(ICCID, NOTICE_90)).status, 200);
    await until('the job failed once and waits to be tried again', async () => {
      const [job] = await lowDataJobs();
      return !!job && job.attempts >= 1 && job.status === 'pending';
    });
    assert.deepEqual(await skippedEvents(), [], 'nothing said while the job is still trying');
    assert.ok(fake.requestsTo('GET', TOP_UP_LIST).length >= 2, 'the purchase, then the job, asked for the list');

    // What the worker does after the job's last attempt failed (10 of them, minutes apart: not waited for here).
    await server.services.worker.stop();
    const handlers = jobHandlers(server.services.orders, {} as WebhookDeliveries, {} as ReceiptMail);
    const [job] = await lowDataJobs();
    await handlers.low_data_top_up.onDead!(job!, new Error('The carrier could not be asked for this card’s plans'));
    await handlers.low_data_top_up.onDead!(job!, new Error('given up twice (another instance)'));
    server.services.worker.start();

    const events = await skippedEvents();
    assert.equal(events.length, 1, 'one event for the notice');
    const data = events[0]!.data;
    assert.ok(data.object === 'card');
    assert.equal(data.lowDataTopUp?.reason, 'carrier_unavailable');
    assert.equal(data.lowDataTopUp?.level, '90%');
    assert.deepEqual(await lowDataOrders(cardId), [], 'no order');
    assert.equal(fake.topUps(ICCID).length, 1, 'no top-up beyond the purchase');
    assert.equal(
      (await server.services.store.getLowDataTrigger(cardId, NOTICE_90.package_name, '90%'))?.outcome,
      'carrier_unavailable',
      'the decision is recorded: the same notice later does nothing',
    );
  });
});
