import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Plan } from '@urcard/sdk';
import type { FakeAiralo } from '../../test-support/fake-airalo/index.ts';
import { FAKE_AIRALO_CREDENTIALS, fakePackage, startFakeAiralo } from '../../test-support/fake-airalo/index.ts';
import type { TestServer } from '../../test-support/harness.ts';
import { movableClock, SK, startTestServer } from '../../test-support/harness.ts';
import { iccid } from '../../test-support/iccids.ts';

const TOPUP_LIST = /^\/v2\/sims\/\d+\/topups$/;

/** Three packages: 3 GB for 30 days, 19.99 USD (a float that is not 1999 cents); unlimited with calls; 1 GB. */
const PACKAGES = () => [
  fakePackage('kallur-30days-3gb-topup', { amount: 3072, day: 30, price: 19.99, net_price: 13.99 }),
  fakePackage('kallur-7days-unlimited-topup', {
    amount: 0,
    is_unlimited: true,
    day: 7,
    voice: 100,
    text: 50,
    price: 35,
    net_price: 25,
  }),
  fakePackage('kallur-7days-1gb-topup', { amount: 1024, day: 7, price: 5, net_price: 3.5 }),
];

describe('Airalo carrier: the plans of a card are its top-up list', () => {
  let fake: FakeAiralo;
  let server: TestServer;
  const clock = movableClock();
  const card = iccid(900_001);
  let sim: ReturnType<FakeAiralo['addSim']>;

  before(async () => {
    fake = await startFakeAiralo();
    sim = fake.addSim(card, PACKAGES());
    server = await startTestServer({
      carrierName: 'airalo',
      airaloBaseUrl: fake.url,
      ...FAKE_AIRALO_CREDENTIALS,
      airaloTimeoutMs: 300,
      clock,
    });
    await server.api.ok('importCards', { key: SK, body: { cards: [{ cardNumber: card, pin: '2468' }] } });
  });
  after(async () => {
    await server.stop();
    await fake.close();
  });

  const session = () => server.api.verify(card, '2468');
  const plans = async (currency: string, locale = 'en') =>
    server.api.ok('listPlans', { cardToken: (await session()).cardToken, query: { currency, locale } });
  const brief = (p: Plan) => [p.id, p.tier, p.dataMb, p.minutes, p.sms, p.validityDays, p.price.amount];
  /** A fresh top-up list: the cached one has lapsed. */
  const lapse = () => clock.advance(server.services.config.airaloPlansCacheMs + 1);

  it('maps each package to a plan, priced at the recommended retail price in the currency asked', async () => {
    lapse();
    const usd = await plans('USD');
    assert.equal(usd.custom, null, 'no custom builder for a carrier’s card');
    assert.deepEqual(usd.plans.map(brief), [
      ['kallur-30days-3gb-topup', 'basic', 3072, 0, 0, 30, 1999],
      ['kallur-7days-unlimited-topup', 'advanced', null, 100, 50, 7, 3500],
      ['kallur-7days-1gb-topup', 'basic', 1024, 0, 0, 7, 500],
    ]);
    assert.ok(usd.plans.every((p) => p.price.currency === 'USD' && p.promotion === null && p.autoRenewAllowed));
    assert.deepEqual(
      usd.plans.map((p) => [p.name, p.description]),
      [
        ['3 GB · 30 days', 'An eSIM top-up: 3 GB, valid for 30 days.'],
        [
          'Unlimited data · 7 days',
          'An eSIM top-up: unlimited data, valid for 7 days. Includes 100 minutes of calls and 50 SMS.',
        ],
        ['1 GB · 7 days', 'An eSIM top-up: 1 GB, valid for 7 days.'],
      ],
    );

    // The fake's 19.99 USD at 0.92 is 18.39 EUR, and the fake's 150 JPY to the dollar gives 2998 yen (no minor unit).
    const eur = await plans('EUR');
    assert.deepEqual(
      eur.plans.map((p) => p.price),
      [
        { amount: 1839, currency: 'EUR' },
        { amount: 3220, currency: 'EUR' },
        { amount: 460, currency: 'EUR' },
      ],
    );
    const jpy = await plans('JPY', 'ja');
    assert.deepEqual(
      jpy.plans.map((p) => p.price.amount),
      [2998, 5250, 750],
    );
  });

  it('writes names and descriptions in the locale asked (ja, ar)', async () => {
    const ja = await plans('JPY', 'ja');
    assert.equal(ja.locale, 'ja');
    assert.deepEqual(
      ja.plans.map((p) => p.name),
      ['3 GB・30 日', 'データ無制限・7 日', '1 GB・7 日'],
    );
    assert.equal(
      ja.plans[1]!.description,
      'eSIM のチャージ：データ無制限、有効期間 7 日。通話 100 分と SMS 50 通付き。',
    );
    const ar = await plans('USD', 'ar');
    assert.equal(ar.locale, 'ar');
    const digits = new Intl.NumberFormat('ar').format(30);
    assert.ok(ar.plans[0]!.name.includes(digits), `Arabic digits: ${ar.plans[0]!.name}`);
    assert.match(ar.plans[0]!.description, /^شحن الشريحة الإلكترونية: .+، صالحة لمدة .+\.$/);
    assert.ok(!/[A-Za-z]{4,}/.test(ar.plans.map((p) => p.name + p.description).join(' ')), 'no English left');
  });

  it('leaves out what the carrier does not price, and says so when nothing is left', async () => {
    const refused = await server.api.fails('listPlans', 'currency_unsupported', {
      cardToken: (await session()).cardToken,
      query: { currency: 'CNY' },
    });
    assert.match(refused.error.message, /CNY/);
    await server.api.fails('createQuote', 'currency_unsupported', {
      cardToken: (await session()).cardToken,
      body: { planId: 'kallur-30days-3gb-topup', currency: 'CNY' },
    });
  });

  it('asks Airalo once for a whole widget session, and again once the list has lapsed', async () => {
    lapse();
    const before = fake.requestsTo('GET', TOPUP_LIST).length;
    const { cardToken } = await session();
    await server.api.ok('listPlans', { cardToken, query: { currency: 'USD' } });
    await server.api.ok('listPlans', { cardToken, query: { currency: 'EUR', locale: 'ja' } });
    const quote = await server.api.ok('createQuote', {
      cardToken,
      body: { planId: 'kallur-7days-1gb-topup', currency: 'USD' },
    });
    await server.api.ok('createOrder', {
      cardToken,
      idempotencyKey: crypto.randomUUID(),
      body: { quoteId: quote.id, autoRenew: false },
    });
    assert.equal(fake.requestsTo('GET', TOPUP_LIST).length - before, 1, 'one request for four steps');
    lapse();
    await server.api.ok('listPlans', { cardToken, query: { currency: 'USD' } });
    assert.equal(fake.requestsTo('GET', TOPUP_LIST).length - before, 2);
  });

  it('a quote, or an order, for a package gone from the list is plan_unavailable', async () => {
    const { cardToken } = await session();
    lapse();
    const quote = await server.api.ok('createQuote', {
      cardToken,
      body: { planId: 'kallur-7days-1gb-topup', currency: 'USD' },
    });
    sim.packages = sim.packages.filter((p) => p.id !== 'kallur-7days-1gb-topup');
    lapse();
    const gone = await server.api.fails('createQuote', 'plan_unavailable', {
      cardToken,
      body: { planId: 'kallur-7days-1gb-topup', currency: 'USD' },
    });
    assert.equal(gone.error.field, 'planId');
    await server.api.fails('createOrder', 'plan_unavailable', {
      cardToken,
      idempotencyKey: crypto.randomUUID(),
      body: { quoteId: quote.id, autoRenew: false },
    });
    await server.api.fails('createQuote', 'plan_unavailable', {
      cardToken,
      body: { custom: { dataMb: 1024, minutes: 0, validityDays: 7 }, currency: 'USD' },
    });
    sim.packages = PACKAGES();
  });

  it('Airalo down is service_unavailable, and not kept: the next call asks again', async () => {
    const { cardToken } = await session();
    lapse();
    fake.schedule('GET', TOPUP_LIST, { kind: 'fail', status: 503 });
    await server.api.fails('listPlans', 'service_unavailable', { cardToken, query: { currency: 'USD' } });
    const again = await server.api.ok('listPlans', { cardToken, query: { currency: 'USD' } });
    assert.equal(again.plans.length, 3);
  });

  it('an order of the imported card is exactly one top-up of its package, to its sealed ICCID', async () => {
    lapse();
    const { order } = await orderFor('kallur-30days-3gb-topup');
    assert.equal(order.total.amount, 1999);
    await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    const done = await server.api.waitForOrder(order.id, (o) => o.status === 'completed' || o.status === 'failed');
    assert.equal(done.status, 'completed');
    assert.deepEqual(
      fake.topUps(card).map((o) => [o.package_id, o.description]),
      [['kallur-30days-3gb-topup', order.id]],
    );
    assert.equal(fake.requestsTo('GET', '/v2/sims').length, 0, 'the ICCID came from the card, not the eSIM list');
  });

  async function orderFor(planId: string) {
    const { cardToken } = await session();
    const quote = await server.api.ok('createQuote', { cardToken, body: { planId, currency: 'USD' } });
    const order = await server.api.ok('createOrder', {
      cardToken,
      idempotencyKey: crypto.randomUUID(),
      body: { quoteId: quote.id, autoRenew: false },
    });
    return { quote, order };
  }
});

describe('Airalo carrier: URCARD_AIRALO_MARKUP', () => {
  it('sells at the net price times the markup, rounded to the currency’s unit', async () => {
    const fake = await startFakeAiralo();
    const card = iccid(900_002);
    fake.addSim(card, PACKAGES());
    const server = await startTestServer({
      carrierName: 'airalo',
      airaloBaseUrl: fake.url,
      ...FAKE_AIRALO_CREDENTIALS,
      airaloMarkup: '1.25',
    });
    try {
      await server.api.ok('importCards', { key: SK, body: { cards: [{ cardNumber: card, pin: '1357' }] } });
      const { cardToken } = await server.api.verify(card, '1357');
      const usd = await server.api.ok('listPlans', { cardToken, query: { currency: 'USD' } });
      // 13.99 × 1.25 = 17.4875 → 1749 cents; 25 × 1.25 = 31.25; 3.5 × 1.25 = 4.375 → 438.
      assert.deepEqual(
        usd.plans.map((p) => p.price.amount),
        [1749, 3125, 438],
      );
      // 13.99 USD net is 2099 yen at the fake's rate; × 1.25 = 2623.75 → 2624.
      const jpy = await server.api.ok('listPlans', { cardToken, query: { currency: 'JPY' } });
      assert.equal(jpy.plans[0]!.price.amount, 2624);
    } finally {
      await server.stop();
      await fake.close();
    }
  });
});
