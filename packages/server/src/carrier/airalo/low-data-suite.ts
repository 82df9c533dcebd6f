import assert from 'node:assert/strict';
import { afterEach, beforeEach } from 'node:test';
import type { Money } from '@urcard/sdk';
import type { ServerOptions } from '../../services.ts';
import type { FakeAiralo, LowDataNotice } from '../../test-support/fake-airalo/index.ts';
import {
  FAKE_AIRALO_CREDENTIALS,
  FAKE_AIRALO_WEBHOOK_SECRET,
  fakePackage,
  startFakeAiralo,
} from '../../test-support/fake-airalo/index.ts';
import type { TestServer } from '../../test-support/harness.ts';
import { CARDS, startTestServer } from '../../test-support/harness.ts';
import { WebhookReceiver } from '../../test-support/webhook-receiver.ts';

/** The test card …0018 is, for the fake, an eSIM of the account with a top-up package named like our plan. */
export const ICCID = CARDS.active;
export const NOTICE_90: LowDataNotice = { level: '90%', package_name: 'Basic 30 days', remaining_percentage: 10 };
export const NOTICE_1DAY: LowDataNotice = { level: '1days', package_name: 'Basic 30 days', remaining_percentage: 40 };

/**
 * The low-data tests' world, fresh for each test (hooks registered by the caller's describe): the fake Airalo with
 * the card's eSIM, a server on it with the notification secret, a webhook receiver; and the steps they share.
 */
export function lowDataSuite(settings: Partial<ServerOptions> = {}) {
  const ctx = {
    fake: undefined as unknown as FakeAiralo,
    server: undefined as unknown as TestServer,
    receiver: new WebhookReceiver(),
  };
  beforeEach(async () => {
    await ctx.receiver.start();
    ctx.fake = await startFakeAiralo();
    ctx.fake.addSim(ICCID, [fakePackage('basic-30')]);
    ctx.server = await startTestServer({
      carrierName: 'airalo',
      airaloBaseUrl: ctx.fake.url,
      ...FAKE_AIRALO_CREDENTIALS,
      airaloWebhookSecret: FAKE_AIRALO_WEBHOOK_SECRET,
      airaloTimeoutMs: 300,
      ...settings,
    });
  });
  afterEach(async () => {
    await ctx.server.stop();
    await ctx.fake.close();
    await ctx.receiver.stop();
    ctx.receiver.received.length = 0;
  });

  /** What the partner does once: opts the server's URL in at Airalo (Airalo checks it with HEAD). */
  async function optIn(url = `${ctx.server.url}/v1/webhooks/airalo`) {
    const token = await fetch(`${ctx.fake.url}/v2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'client_credentials',
        client_id: FAKE_AIRALO_CREDENTIALS.airaloClientId,
        client_secret: FAKE_AIRALO_CREDENTIALS.airaloClientSecret,
      }),
    }).then((r) => r.json() as Promise<{ data: { access_token: string } }>);
    return fetch(`${ctx.fake.url}/v2/notifications/opt-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token.data.access_token}` },
      body: JSON.stringify({ type: 'webhook_low_data', webhook_url: url, email: 'ops@example.com' }),
    });
  }

  /**
   * A card bought with auto-renew (so a saved method), topped up once at the fake, then "also when my data runs
   * low" with a cap of `caps` times the plan's price. Returns the plan's price and the card token.
   */
  async function cardWithLowData(caps: number) {
    const { order, session, quote } = await ctx.server.api.order(ICCID, { planId: 'basic-30' }, { autoRenew: true });
    await ctx.server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    await ctx.server.api.waitForOrder(order.id, (o) => o.status === 'completed', 8000);
    const price = quote.total;
    const monthlyCap: Money = { amount: price.amount * caps, currency: price.currency };
    const { card } = await ctx.server.api.ok('setAutoRenew', {
      cardToken: session.cardToken,
      body: { enabled: true, lowData: { enabled: true, monthlyCap } },
    });
    assert.deepEqual(card.autoRenew.lowData, {
      enabled: true,
      monthlyCap,
      spentThisMonth: { amount: 0, currency: price.currency },
    });
    assert.equal(ctx.fake.topUps(ICCID).length, 1, 'the purchase itself');
    return { price, cardToken: session.cardToken, cardId: card.id };
  }

  const lowDataOrders = async (cardId: string) =>
    (await ctx.server.services.store.listOrders({ cardId })).filter((o) => o.origin === 'low_data');
  const lowDataJobs = () => ctx.server.services.store.listJobs({ type: 'low_data_top_up' });
  const allJobsDone = async () => (await lowDataJobs()).every((j) => j.status === 'done');
  const settled = async (cardId: string) =>
    (await allJobsDone()) &&
    (await lowDataOrders(cardId)).every((o) => o.status === 'completed' || o.status === 'failed');
  const skippedEvents = async () =>
    (await ctx.server.services.store.listEvents({ partnerId: 'ptr_demo', limit: 100 })).filter(
      (e) => e.type === 'card.low_data_top_up_skipped',
    );

  return { ctx, optIn, cardWithLowData, lowDataOrders, lowDataJobs, allJobsDone, settled, skippedEvents };
}
