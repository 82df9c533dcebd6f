import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient } from './client.ts';
import { isUrcardError } from './errors.ts';
import {
  boundCards,
  CARD_ID,
  CARD_NUMBER,
  CARD_TOKEN,
  CUSTOMER_SESSION,
  cardSession,
  customerSession,
  health,
  ORDER_ID,
  order,
  PIN,
  planList,
  QUOTE_ID,
  quote,
} from './test-support/fixtures.ts';
import { setup } from './test-support/setup.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('happy paths, over HTTP', () => {
  it('health: GET /v1/health without credentials', async () => {
    const { server, client } = await setup();
    server.reply({ json: health() });
    assert.deepEqual(await client.health(), health());
    const [req] = server.requests;
    assert.equal(req?.method, 'GET');
    assert.equal(req?.path, '/v1/health');
    assert.equal(req?.headers.authorization, undefined);
  });

  it('cards.verify: posts the normalised number and PIN with the publishable key', async () => {
    const { server, client } = await setup();
    server.reply({ json: cardSession() });
    const spaced = CARD_NUMBER.replace(/(\d{4})/g, '$1 ');
    const session = await client.cards.verify({ cardNumber: spaced, pin: PIN });
    assert.equal(session.cardToken, CARD_TOKEN);
    assert.equal(session.card.last4, '0018');
    const [req] = server.requests;
    assert.equal(req?.method, 'POST');
    assert.equal(req?.path, '/v1/cards/verify');
    assert.equal(req?.headers.authorization, 'Bearer pk_test_demo');
    assert.equal(req?.headers['content-type'], 'application/json');
    assert.deepEqual(req?.body, { cardNumber: CARD_NUMBER, pin: PIN });
    assert.equal(req?.headers['urcard-customer-session'], undefined);
  });

  it('cards.verify sends the client customer session so the card gets bound', async () => {
    const { server, client } = await setup({ customerSession: CUSTOMER_SESSION });
    server.reply({ json: cardSession() });
    await client.cards.verify({ cardNumber: CARD_NUMBER, pin: PIN });
    assert.equal(server.requests[0]?.headers['urcard-customer-session'], CUSTOMER_SESSION);
  });

  it('cards.current: the card token travels in its header only', async () => {
    const { server, client } = await setup();
    server.reply({ json: { card: cardSession().card } });
    const { card } = await client.cards.current({ cardToken: CARD_TOKEN });
    assert.equal(card.id, CARD_ID);
    const [req] = server.requests;
    assert.equal(req?.method, 'GET');
    assert.equal(req?.url, '/v1/cards/current');
    assert.equal(req?.headers['urcard-card-token'], CARD_TOKEN);
  });

  it('cards.setAutoRenew posts { enabled }', async () => {
    const { server, client } = await setup();
    const updated = cardSession({ autoRenew: { enabled: true, hasPaymentMethod: true, nextCharge: null } }).card;
    server.reply({ json: { card: updated } });
    const { card } = await client.cards.setAutoRenew({ cardToken: CARD_TOKEN, enabled: true });
    assert.equal(card.autoRenew.enabled, true);
    const [req] = server.requests;
    assert.equal(req?.path, '/v1/cards/current/auto-renew');
    assert.deepEqual(req?.body, { enabled: true });
    assert.equal(req?.headers['urcard-card-token'], CARD_TOKEN);
  });

  it('cards.setAutoRenew posts the low-data choice with its cap', async () => {
    const { server, client } = await setup();
    const monthlyCap = { amount: 5000, currency: 'USD' };
    const lowData = { enabled: true, monthlyCap, spentThisMonth: { amount: 0, currency: 'USD' } };
    const updated = cardSession({
      autoRenew: { enabled: true, hasPaymentMethod: true, nextCharge: null, lowData },
    }).card;
    server.reply({ json: { card: updated } });
    const { card } = await client.cards.setAutoRenew({
      cardToken: CARD_TOKEN,
      enabled: true,
      lowData: { enabled: true, monthlyCap },
    });
    assert.deepEqual(card.autoRenew.lowData, lowData);
    assert.deepEqual(server.requests[0]?.body, { enabled: true, lowData: { enabled: true, monthlyCap } });
  });

  it('plans.list: currency in the query, token in the header', async () => {
    const { server, client } = await setup();
    server.reply({ json: planList() });
    const list = await client.plans.list({ cardToken: CARD_TOKEN, currency: 'USD' });
    assert.equal(list.plans[0]?.id, 'basic-30');
    assert.equal(list.custom?.dataMbOptions.at(-1), null);
    const [req] = server.requests;
    assert.equal(req?.url, '/v1/plans?currency=USD');
    assert.equal(req?.headers['urcard-card-token'], CARD_TOKEN);
  });

  it('quotes.create with a plan id and a promo code (upper-cased as the contract says)', async () => {
    const { server, client } = await setup();
    server.reply({ json: quote() });
    const q = await client.quotes.create({
      cardToken: CARD_TOKEN,
      planId: 'basic-30',
      currency: 'USD',
      promoCode: ' travel10 ',
    });
    assert.equal(q.id, QUOTE_ID);
    assert.deepEqual(server.requests[0]?.body, { planId: 'basic-30', currency: 'USD', promoCode: 'TRAVEL10' });
    assert.equal(server.requests[0]?.headers['idempotency-key'], undefined);
  });

  it('quotes.create with a custom composition fills in default add-ons', async () => {
    const { server, client } = await setup();
    server.reply({ json: quote() });
    await client.quotes.create({
      cardToken: CARD_TOKEN,
      custom: { dataMb: null, minutes: 100, validityDays: 30 },
      planId: undefined,
      currency: 'EUR',
    });
    assert.deepEqual(server.requests[0]?.body, {
      custom: { dataMb: null, minutes: 100, validityDays: 30, addOns: [] },
      currency: 'EUR',
    });
  });

  it('orders.create sends an Idempotency-Key and the order fields', async () => {
    const { server, client } = await setup();
    server.reply({ json: order() });
    const created = await client.orders.create({
      cardToken: CARD_TOKEN,
      quoteId: QUOTE_ID,
      autoRenew: false,
      email: 'a@example.com',
      partnerRef: 'p-1',
    });
    assert.equal(created.id, ORDER_ID);
    const [req] = server.requests;
    assert.equal(req?.path, '/v1/orders');
    assert.match(String(req?.headers['idempotency-key']), UUID);
    assert.equal(req?.headers['urcard-card-token'], CARD_TOKEN);
    assert.deepEqual(req?.body, { quoteId: QUOTE_ID, autoRenew: false, email: 'a@example.com', partnerRef: 'p-1' });
  });

  it('orders.get: GET /v1/orders/:orderId', async () => {
    const { server, client } = await setup();
    server.reply({ json: order('completed') });
    assert.equal((await client.orders.get(ORDER_ID)).status, 'completed');
    assert.equal(server.requests[0]?.url, `/v1/orders/${ORDER_ID}`);
  });

  it('sandbox.pay and sandbox.challenge post the outcome with an idempotency key', async () => {
    const { server, client } = await setup();
    server.reply({ json: order('requires_payment') }, { json: order('processing') });
    await client.sandbox.pay(ORDER_ID, 'requires_action');
    await client.sandbox.challenge(ORDER_ID, 'approve', { idempotencyKey: 'challenge-1' });
    const [pay, challenge] = server.requests;
    assert.equal(pay?.path, `/v1/orders/${ORDER_ID}/sandbox-payment`);
    assert.deepEqual(pay?.body, { outcome: 'requires_action' });
    assert.match(String(pay?.headers['idempotency-key']), UUID);
    assert.equal(challenge?.path, `/v1/orders/${ORDER_ID}/sandbox-payment/challenge`);
    assert.deepEqual(challenge?.body, { result: 'approve' });
    assert.equal(challenge?.headers['idempotency-key'], 'challenge-1');
  });

  it('customerSessions.create with the secret key', async () => {
    const { server, client } = await setup({ publishableKey: undefined, secretKey: 'sk_test_demo' });
    server.reply({ json: customerSession() });
    const session = await client.customerSessions.create({ customerId: 'partner-user-42' });
    assert.equal(session.token, CUSTOMER_SESSION);
    const [req] = server.requests;
    assert.equal(req?.path, '/v1/customer-sessions');
    assert.equal(req?.headers.authorization, 'Bearer sk_test_demo');
    assert.deepEqual(req?.body, { customerId: 'partner-user-42' });
  });

  it('customerSessions.create refuses a publishable key without sending anything', async () => {
    const { server, client } = await setup();
    await assert.rejects(client.customerSessions.create({ customerId: 'x' }), { code: 'forbidden', status: 0 });
    assert.equal(server.requests.length, 0);
  });

  it('customer.listCards and selectCard use the session header; a per-call session wins', async () => {
    const { server, client } = await setup({ customerSession: CUSTOMER_SESSION });
    server.reply({ json: boundCards() }, { json: cardSession() });
    const { cards } = await client.customer.listCards();
    assert.equal(cards.length, 1);
    const session = await client.customer.selectCard({ cardId: CARD_ID, customerSession: 'cs_other' });
    assert.equal(session.cardToken, CARD_TOKEN);
    const [list, select] = server.requests;
    assert.equal(list?.url, '/v1/customer-session/cards');
    assert.equal(list?.headers['urcard-customer-session'], CUSTOMER_SESSION);
    assert.equal(select?.method, 'POST');
    assert.equal(select?.url, `/v1/customer-session/cards/${CARD_ID}/session`);
    assert.equal(select?.headers['urcard-customer-session'], 'cs_other');
  });

  it('customer.listCards without any session is an invalid_request, nothing sent', async () => {
    const { server, client } = await setup();
    await assert.rejects(client.customer.listCards(), { code: 'invalid_request', field: 'customerSession' });
    assert.equal(server.requests.length, 0);
  });

  it('apiBase may carry a path prefix and a trailing slash', async () => {
    const { server } = await setup();
    const client = createClient({ apiBase: `${server.url}/api/`, publishableKey: 'pk_test_demo' });
    server.reply({ json: health() });
    await client.health();
    assert.equal(server.requests[0]?.path, '/api/v1/health');
  });

  it('uses the fetch it is given', async () => {
    const { server } = await setup();
    const seen: string[] = [];
    const client = createClient({
      apiBase: server.url,
      publishableKey: 'pk_test_demo',
      fetch: (url, init) => {
        seen.push(`${init.method} ${url}`);
        return fetch(url, init);
      },
    });
    server.reply({ json: order() });
    await client.orders.get(ORDER_ID);
    assert.deepEqual(seen, [`GET ${server.url}/v1/orders/${ORDER_ID}`]);
  });

  it('never puts a card token, PIN or card number in a URL', async () => {
    const { server, client } = await setup({ customerSession: CUSTOMER_SESSION });
    server.handle((req) => {
      const answers: Record<string, unknown> = {
        '/v1/cards/verify': cardSession(),
        '/v1/cards/current': { card: cardSession().card },
        '/v1/plans': planList(),
        '/v1/quotes': quote(),
        '/v1/orders': order(),
      };
      return { json: answers[req.path] ?? order() };
    });
    const { cardToken } = await client.cards.verify({ cardNumber: CARD_NUMBER, pin: PIN });
    await client.cards.current({ cardToken });
    await client.plans.list({ cardToken, currency: 'JPY' });
    await client.quotes.create({ cardToken, planId: 'basic-30', currency: 'JPY' });
    await client.orders.create({ cardToken, quoteId: QUOTE_ID, autoRenew: true });
    assert.equal(server.requests.length, 5);
    for (const req of server.requests) {
      for (const secret of [CARD_TOKEN, PIN, CARD_NUMBER, CUSTOMER_SESSION])
        assert.ok(!req.url.includes(secret), req.url);
    }
  });
});

describe('createClient', () => {
  it('rejects a missing, wrong or swapped key at once', () => {
    const cases = [
      { publishableKey: 'nope' },
      { publishableKey: 'sk_test_demo' },
      { secretKey: 'pk_test_demo' },
      { publishableKey: 'pk_a', secretKey: 'sk_b' },
      {},
    ];
    for (const keys of cases) {
      assert.throws(
        () => createClient({ apiBase: 'http://127.0.0.1:1', ...keys } as Parameters<typeof createClient>[0]),
        (error) => isUrcardError(error) && error.code === 'invalid_request' && error.field !== undefined,
        JSON.stringify(keys),
      );
    }
  });

  it('sends nothing until a method is called', async () => {
    let calls = 0;
    createClient({
      apiBase: 'http://127.0.0.1:1',
      publishableKey: 'pk_test_demo',
      fetch: () => {
        calls++;
        return Promise.reject(new Error('unexpected'));
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal(calls, 0);
  });
});

describe('locale', () => {
  it('sends the client’s locale as Accept-Language on every call, and a call’s locale instead', async () => {
    const { server, client } = await setup({ locale: 'zh-TW' });
    server.reply({ json: planList() });
    server.reply({ json: health() });
    server.reply({ json: planList() });
    await client.plans.list({ cardToken: CARD_TOKEN, currency: 'USD' });
    await client.health();
    await client.plans.list({ cardToken: CARD_TOKEN, currency: 'USD' }, { locale: 'pt-BR' });
    assert.deepEqual(
      server.requests.map((r) => r.headers['accept-language']),
      ['zh-TW', 'zh-TW', 'pt-BR'],
    );
  });

  it('sends no Accept-Language without a locale, and refuses a malformed one before sending', async () => {
    const { server, client } = await setup();
    server.reply({ json: health() });
    await client.health();
    // Node's fetch sends `*` of its own; a browser its user's languages.
    assert.ok([undefined, '*'].includes(server.requests[0]?.headers['accept-language']), 'the platform’s default');
    await assert.rejects(client.health({ locale: 'ja\r\nX-Evil: 1' }), (error: unknown) => {
      assert.ok(isUrcardError(error));
      assert.equal(error.code, 'invalid_request');
      assert.equal(error.field, 'locale');
      return true;
    });
    assert.equal(server.requests.length, 1, 'nothing sent');
  });
});
