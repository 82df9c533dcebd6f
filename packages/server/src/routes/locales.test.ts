import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ContentLocale } from '@urcard/sdk';
import { CONTENT_LOCALES } from '@urcard/sdk';
import { CATALOGUE_TEXT } from '../domain/catalogue-text/index.ts';
import { allStrings, englishLeftIn } from '../test-support/english.ts';
import type { TestServer } from '../test-support/harness.ts';
import { CARDS, DAY, movableClock, startTestServer } from '../test-support/harness.ts';

/** The customer-facing text of a plan list: names, descriptions, features, offers and add-ons. */
function planListText(list: Awaited<ReturnType<TestServer['api']['ok']>> & object): string[] {
  const { plans, custom } = list as { plans: unknown[]; custom: { addOns: unknown[] } };
  return allStrings(
    plans.map((p) => {
      const { name, description, features, promotion } = p as Record<string, unknown>;
      return { name, description, features: (features as { label: string }[]).map((f) => f.label), promotion };
    }),
  ).concat(allStrings(custom.addOns.map((a) => ({ ...(a as object), code: '', price: '' }))));
}

describe('the catalogue in the traveller’s language', () => {
  let server: TestServer;
  let cardToken: string;
  before(async () => {
    server = await startTestServer();
    cardToken = (await server.api.verify(CARDS.active)).cardToken;
  });
  after(() => server.stop());

  const plans = (query: Record<string, string> = {}, headers: Record<string, string> = {}) =>
    server.api.call('listPlans', { cardToken, query: { currency: 'USD', ...query }, headers });
  const answeredIn = async (query: Record<string, string>, headers: Record<string, string>) => {
    const result = await plans(query, headers);
    const body = result.body as { locale: ContentLocale; plans: { id: string; name: string }[] };
    assert.equal(result.headers.get('content-language'), body.locale, 'Content-Language says the same');
    assert.equal(body.plans.find((p) => p.id === 'basic-7')!.name, CATALOGUE_TEXT[body.locale].plans['basic-7'].name);
    return body.locale;
  };

  it('answers in English without a header or parameter, and says so', async () => {
    const result = await plans();
    assert.equal(result.headers.get('content-language'), 'en');
    assert.match(result.headers.get('vary') ?? '', /Accept-Language/i);
    assert.equal((result.body as { locale: string }).locale, 'en');
    assert.equal(await answeredIn({}, {}), 'en');
  });

  it('takes the explicit locale parameter, over Accept-Language', async () => {
    assert.equal(await answeredIn({ locale: 'ja' }, {}), 'ja');
    assert.equal(await answeredIn({ locale: 'ko' }, { 'Accept-Language': 'de' }), 'ko');
    assert.equal(await answeredIn({ locale: 'fr-CA' }, {}), 'fr', 'a region falls back to the language');
    assert.equal(await answeredIn({ locale: 'nl' }, { 'Accept-Language': 'es' }), 'es', 'unserved: the header');
    await server.api.fails('listPlans', 'invalid_request', { cardToken, query: { currency: 'USD', locale: '../x' } });
  });

  it('negotiates Accept-Language: q-values, scripts, regions, pt and unknown tags', async () => {
    const cases: [string, ContentLocale][] = [
      ['de-DE,de;q=0.9,en;q=0.8', 'de'],
      ['en;q=0.1, ko;q=0.9', 'ko'],
      ['nl, it;q=0.5', 'it'],
      ['zh-Hant', 'zh-TW'],
      ['zh-HK', 'zh-TW'],
      ['zh-TW', 'zh-TW'],
      ['zh', 'zh-CN'],
      ['zh-Hans-SG', 'zh-CN'],
      ['pt', 'pt-BR'],
      ['pt-PT', 'pt-BR'],
      ['fr-CA', 'fr'],
      ['es-419', 'es'],
      ['ar-EG', 'ar'],
      ['he-IL', 'he'],
      ['tl', 'fil'],
      ['ja;q=0, th', 'th'],
      ['*', 'en'],
      ['xx, nl-BE', 'en'],
      ['not a tag;;q=x', 'en'],
    ];
    for (const [header, expected] of cases) {
      assert.equal(await answeredIn({}, { 'Accept-Language': header }), expected, header);
    }
  });

  it('takes the locale in the body of a quote, over Accept-Language', async () => {
    const result = await server.api.call('createQuote', {
      cardToken,
      body: { planId: 'basic-7', currency: 'USD', locale: 'vi' },
      headers: { 'Accept-Language': 'de' },
    });
    assert.equal(result.headers.get('content-language'), 'vi');
    const quote = result.body as { locale: string; plan: { name: string } };
    assert.equal(quote.locale, 'vi');
    assert.equal(quote.plan.name, CATALOGUE_TEXT.vi.plans['basic-7'].name);
  });

  for (const locale of CONTENT_LOCALES) {
    it(`${locale}: plans, custom builder and quotes${locale === 'en' ? '' : ' with no English left'}`, async () => {
      const text = CATALOGUE_TEXT[locale];
      const headers = { 'Accept-Language': `${locale};q=0.9, en;q=0.1` };
      const list = await server.api.ok('listPlans', { cardToken, query: { currency: 'EUR' }, headers });
      assert.equal(list.locale, locale);
      const offered = await server.api.ok('createQuote', {
        cardToken,
        body: { planId: 'advanced-30', currency: 'EUR', promoCode: 'TRAVEL10' },
        headers,
      });
      assert.equal(offered.locale, locale);
      assert.equal(offered.lineItems[0]!.description, `${text.plans['advanced-30'].name} (${text.launchOffer})`);
      assert.equal(offered.promo!.description, text.promos.TRAVEL10);
      const welcome = await server.api.ok('createQuote', {
        cardToken,
        body: { planId: 'basic-30', currency: 'EUR', promoCode: 'WELCOME5', locale },
      });
      const custom = await server.api.ok('createQuote', {
        cardToken,
        body: {
          custom: { dataMb: null, minutes: 100, validityDays: 30, addOns: ['hotspot', '5g', 'sms_100'] },
          currency: 'EUR',
        },
        headers,
      });
      assert.ok(custom.plan.name.includes(text.custom.unlimitedData), custom.plan.name);
      const shown = [
        ...planListText(list),
        ...[offered, welcome, custom].flatMap((q) => [
          q.plan.name,
          ...q.lineItems.map((item) => item.description),
          q.promo?.description ?? '',
        ]),
      ];
      assert.ok(shown.length > 40, 'every text is looked at');
      const english = CATALOGUE_TEXT.en;
      for (const s of shown) {
        if (locale === 'en') continue;
        assert.deepEqual(englishLeftIn(s), [], `${locale}: English left in ${JSON.stringify(s)}`);
      }
      if (locale !== 'en') {
        assert.ok(!shown.includes(english.plans['basic-7'].description));
        assert.ok(!shown.includes(english.launchOffer) && !shown.includes(english.promos.WELCOME5));
      }
    });
  }

  it('gives the suspended card’s reason, and the plan’s name, in the asked locale', async () => {
    for (const locale of CONTENT_LOCALES) {
      const session = await server.api.verify(CARDS.suspended, undefined, { headers: { 'Accept-Language': locale } });
      assert.equal(session.card.notRenewableReason?.message, CATALOGUE_TEXT[locale].reasons.cardLost, locale);
      assert.equal(session.card.currentPlan?.name, CATALOGUE_TEXT[locale].plans['basic-90'].name, locale);
      const current = await server.api.call('currentCard', {
        cardToken: session.cardToken,
        query: { locale },
      });
      assert.equal(current.headers.get('content-language'), locale);
      const { card } = current.body as { card: { notRenewableReason: { message: string } } };
      assert.equal(card.notRenewableReason.message, CATALOGUE_TEXT[locale].reasons.cardLost, locale);
      const refused = await server.api.fails('createQuote', 'card_not_renewable', {
        cardToken: session.cardToken,
        body: { planId: 'basic-7', currency: 'USD', locale },
      });
      assert.equal(refused.error.message, CATALOGUE_TEXT[locale].reasons.cardLost, locale);
    }
  });

  it('keeps an order’s plan as quoted, and gives the carrier’s refusal in the asked locale', async () => {
    const session = await server.api.verify(CARDS.rejected);
    const quote = await server.api.ok('createQuote', {
      cardToken: session.cardToken,
      body: { planId: 'basic-30', currency: 'JPY', locale: 'ja' },
    });
    const order = await server.api.ok('createOrder', {
      cardToken: session.cardToken,
      idempotencyKey: crypto.randomUUID(),
      body: { quoteId: quote.id, autoRenew: false },
      headers: { 'Accept-Language': 'de' },
    });
    assert.equal(order.plan.name, CATALOGUE_TEXT.ja.plans['basic-30'].name, 'the quote’s locale, not the header’s');
    await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    await server.api.waitForOrder(order.id, (o) => o.status === 'refunded');
    for (const locale of ['ja', 'ar', 'pt-BR', 'en'] as const) {
      const result = await server.api.call('getOrder', {
        params: { orderId: order.id },
        headers: { 'Accept-Language': locale },
      });
      assert.equal(result.headers.get('content-language'), locale);
      const failed = result.body as { plan: { name: string }; failure: { code: string; message: string } };
      assert.equal(failed.failure.code, 'carrier_rejected');
      assert.equal(failed.failure.message, CATALOGUE_TEXT[locale].reasons.carrierRejected, locale);
      assert.equal(failed.plan.name, CATALOGUE_TEXT.ja.plans['basic-30'].name);
    }
  });
});

describe('a renewal nobody asks for', () => {
  const clock = movableClock();
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ clock });
  });
  after(() => server.stop());

  it('is written in the locale of the customer’s last purchase', async () => {
    const session = await server.api.verify(CARDS.expiring);
    const quote = await server.api.ok('createQuote', {
      cardToken: session.cardToken,
      body: { planId: 'advanced-30', currency: 'THB' },
      headers: { 'Accept-Language': 'th-TH' },
    });
    const order = await server.api.ok('createOrder', {
      cardToken: session.cardToken,
      idempotencyKey: crypto.randomUUID(),
      body: { quoteId: quote.id, autoRenew: true },
    });
    await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    const first = await server.api.waitForOrder(order.id, (o) => o.status === 'completed');
    clock.advance(Date.parse(first.receipt!.newExpiresAt) - clock.now() - 3 * DAY + 60_000);
    assert.equal((await server.services.scheduler.runOnce()).autoRenewQueued, 1);
    const offSession = async () =>
      (await server.services.store.listOrders({ cardId: session.card.id })).find((o) => o.offSession);
    let renewal = await offSession();
    for (let i = 0; renewal?.status !== 'completed'; i++) {
      assert.ok(i < 200, `the renewal did not complete (${renewal?.status})`);
      await new Promise((r) => setTimeout(r, 25));
      renewal = await offSession();
    }
    assert.equal(renewal.plan.name, CATALOGUE_TEXT.th.plans['advanced-30'].name);
    assert.equal(renewal.receipt!.planName, CATALOGUE_TEXT.th.plans['advanced-30'].name);
  });
});
