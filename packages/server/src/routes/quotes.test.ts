import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CURRENCIES } from '@urcard/sdk';
import { PLANS } from '../domain/catalogue.ts';
import type { TestServer } from '../test-support/harness.ts';
import { CARDS, startTestServer } from '../test-support/harness.ts';

describe('plans and quotes', () => {
  let server: TestServer;
  let cardToken: string;
  before(async () => {
    server = await startTestServer({ quoteTtlMs: 600 });
    cardToken = (await server.api.verify(CARDS.active)).cardToken;
  });
  after(() => server.stop());

  it('lists basic and advanced plans at 7/30/90 days with the custom builder, in every currency', async () => {
    for (const currency of CURRENCIES) {
      const list = await server.api.ok('listPlans', { cardToken, query: { currency } });
      assert.equal(list.currency, currency);
      const ids = list.plans.map((p) => `${p.tier}-${p.validityDays}`).sort();
      assert.deepEqual(ids, ['advanced-30', 'advanced-7', 'advanced-90', 'basic-30', 'basic-7', 'basic-90']);
      for (const plan of list.plans) {
        assert.equal(plan.price.currency, currency);
        assert.ok(Number.isInteger(plan.price.amount) && plan.price.amount > 0);
      }
      const promoted = list.plans.filter((p) => p.promotion);
      assert.ok(promoted.length >= 1, 'at least one plan has a promotion');
      for (const plan of promoted) {
        assert.ok(plan.promotion!.originalPrice.amount > plan.price.amount);
        assert.ok(Date.parse(plan.promotion!.endsAt!) > Date.now());
      }
      assert.ok(list.custom);
      assert.ok(list.custom.dataMbOptions.includes(null), 'unlimited data can be composed');
      assert.equal(list.custom.priceFrom.currency, currency);
    }
    const jpy = await server.api.ok('listPlans', { cardToken, query: { currency: 'JPY' } });
    for (const plan of jpy.plans) assert.equal(plan.price.amount % 10, 0, 'whole tens of yen');
  });

  it('refuses a currency it does not price in, and a missing one', async () => {
    const xau = await server.api.fails('listPlans', 'currency_unsupported', { cardToken, query: { currency: 'XAU' } });
    assert.equal(xau.error.field, 'currency');
    await server.api.fails('listPlans', 'invalid_request', { cardToken });
    await server.api.fails('createQuote', 'currency_unsupported', {
      cardToken,
      body: { planId: 'basic-7', currency: 'XAU' },
    });
  });

  it('prices in the currencies travellers fly from, each in its own minor unit', async () => {
    const krw = await server.api.ok('listPlans', { cardToken, query: { currency: 'KRW' } });
    const basic = krw.plans.find((p) => p.id === 'basic-30')!;
    assert.deepEqual(basic.price, { amount: 27600, currency: 'KRW' }, 'won have no minor unit');
    for (const currency of ['SGD', 'GBP', 'AUD', 'THB', 'TWD', 'MYR'] as const) {
      const { plans, custom } = await server.api.ok('listPlans', { cardToken, query: { currency } });
      assert.ok(
        plans.every((p) => p.price.currency === currency && p.price.amount > 0),
        currency,
      );
      assert.ok((custom?.priceFrom.amount ?? 0) > 0, `${currency}: the custom builder prices too`);
      const quote = await server.api.ok('createQuote', {
        cardToken,
        body: { planId: 'basic-30', currency, promoCode: 'WELCOME5' },
      });
      assert.ok(quote.discount.amount > 0 && quote.total.amount < quote.subtotal.amount, `${currency}: WELCOME5`);
    }
  });

  it('refuses plans and quotes for a suspended card, with the reason', async () => {
    const suspended = (await server.api.verify(CARDS.suspended)).cardToken;
    const { error } = await server.api.fails('listPlans', 'card_not_renewable', {
      cardToken: suspended,
      query: { currency: 'USD' },
    });
    assert.match(error.message, /reported lost/);
    await server.api.fails('createQuote', 'card_not_renewable', {
      cardToken: suspended,
      body: { planId: 'basic-7', currency: 'USD' },
    });
  });

  it('prices a plan on the server, with the launch promotion', async () => {
    const quote = await server.api.ok('createQuote', { cardToken, body: { planId: 'advanced-30', currency: 'EUR' } });
    const plan = PLANS.find((p) => p.id === 'advanced-30')!;
    assert.equal(quote.total.amount, plan.promotion!.prices.EUR);
    assert.equal(quote.subtotal.amount, quote.total.amount);
    assert.equal(quote.discount.amount, 0);
    assert.equal(quote.plan.validityDays, 30);
    assert.equal(quote.autoRenewAllowed, true);
    assert.match(quote.id, /^quo_/);
    const ttl = Date.parse(quote.expiresAt) - Date.now();
    assert.ok(ttl > 0 && ttl <= 600);
  });

  it('applies each promo code, and says why one does not apply', async () => {
    const quote = (body: Record<string, unknown>) => server.api.ok('createQuote', { cardToken, body });
    const travel = await quote({ planId: 'basic-30', currency: 'USD', promoCode: ' travel10 ' });
    assert.deepEqual([travel.subtotal.amount, travel.discount.amount, travel.total.amount], [1999, 200, 1799]);
    assert.equal(travel.promo?.code, 'TRAVEL10');
    const welcomeUsd = await quote({ planId: 'basic-30', currency: 'USD', promoCode: 'WELCOME5' });
    assert.equal(welcomeUsd.discount.amount, 500);
    const welcomeJpy = await quote({ planId: 'basic-30', currency: 'JPY', promoCode: 'WELCOME5' });
    assert.deepEqual([welcomeJpy.discount.amount, welcomeJpy.total.amount], [500, 2400]);
    const advanced = await quote({ planId: 'advanced-90', currency: 'CNY', promoCode: 'ADVANCED20' });
    assert.equal(advanced.discount.amount, Math.round(advanced.subtotal.amount * 0.2));

    const fails = async (promoCode: string, code: 'promo_invalid' | 'promo_expired' | 'promo_not_applicable') => {
      const { error } = await server.api.fails('createQuote', code, {
        cardToken,
        body: { planId: 'basic-30', currency: 'USD', promoCode },
      });
      assert.equal(error.field, 'promoCode');
    };
    await fails('ADVANCED20', 'promo_not_applicable');
    await fails('SPRING2025', 'promo_expired');
    await fails('NOSUCHCODE', 'promo_invalid');
  });

  it('prices a custom composition with add-ons, and refuses options the builder does not offer', async () => {
    const quote = await server.api.ok('createQuote', {
      cardToken,
      body: {
        custom: { dataMb: 5120, minutes: 100, validityDays: 30, addOns: ['hotspot', 'sms_100'] },
        currency: 'HKD',
      },
    });
    assert.equal(quote.plan.tier, 'custom');
    assert.equal(quote.plan.planId, null);
    assert.equal(quote.plan.sms, 100);
    assert.deepEqual(
      quote.lineItems.map((l) => l.kind),
      ['plan', 'addon:hotspot', 'addon:sms_100'],
    );
    assert.equal(
      quote.subtotal.amount,
      quote.lineItems.reduce((s, l) => s + l.amount.amount, 0),
    );
    assert.equal(quote.autoRenewAllowed, false);

    const bad = async (custom: Record<string, unknown>, field: string) => {
      const { error } = await server.api.fails('createQuote', 'invalid_request', {
        cardToken,
        body: { custom, currency: 'USD' },
      });
      assert.equal(error.field, field);
    };
    await bad({ dataMb: 4000, minutes: 0, validityDays: 30 }, 'custom.dataMb');
    await bad({ dataMb: 1024, minutes: 7, validityDays: 30 }, 'custom.minutes');
    await bad({ dataMb: 1024, minutes: 0, validityDays: 14 }, 'custom.validityDays');
    await bad({ dataMb: 1024, minutes: 0, validityDays: 7, addOns: ['hotspot', 'teleport'] }, 'custom.addOns.1');
    await bad({ dataMb: 1024, minutes: -1, validityDays: 7 }, 'custom.minutes');
  });

  it('answers plan_unavailable for an unknown plan, and invalid_request for an ambiguous body', async () => {
    await server.api.fails('createQuote', 'plan_unavailable', {
      cardToken,
      body: { planId: 'gold-365', currency: 'USD' },
    });
    await server.api.fails('createQuote', 'invalid_request', {
      cardToken,
      body: { planId: 'basic-7', custom: { dataMb: 1024, minutes: 0, validityDays: 7 }, currency: 'USD' },
    });
  });

  it('lets a quote expire after its TTL', async () => {
    const quote = await server.api.ok('createQuote', { cardToken, body: { planId: 'basic-7', currency: 'USD' } });
    await new Promise((r) => setTimeout(r, 700));
    const { error } = await server.api.fails('createOrder', 'quote_expired', {
      cardToken,
      idempotencyKey: crypto.randomUUID(),
      body: { quoteId: quote.id, autoRenew: false },
    });
    assert.equal(error.field, 'quoteId');
  });
});
