import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TestServer } from '../test-support/harness.ts';
import { CARDS, SK, startTestServer } from '../test-support/harness.ts';

describe('customer sessions and bound cards', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  const open = async (customerId: string, ttlMinutes?: number) =>
    server.api.ok('createCustomerSession', { key: SK, body: { customerId, ...(ttlMinutes ? { ttlMinutes } : {}) } });

  it('opens a session with the secret key only', async () => {
    const session = await open('cust-1');
    assert.match(session.id, /^cus_/);
    assert.match(session.token, /^cs_/);
    assert.equal(session.customerId, 'cust-1');
    const minutes = (Date.parse(session.expiresAt) - Date.now()) / 60_000;
    assert.ok(minutes > 59 && minutes <= 60);
    await server.api.fails('createCustomerSession', 'forbidden', { body: { customerId: 'cust-1' } });
    await server.api.fails('createCustomerSession', 'invalid_request', { key: SK, body: { customerId: '' } });
    await server.api.fails('createCustomerSession', 'invalid_request', {
      key: SK,
      body: { customerId: 'x', ttlMinutes: 5000 },
    });
  });

  it('binds a card verified with the session, lists it, and issues a card token for it without the PIN', async () => {
    const session = await open('cust-2');
    assert.deepEqual((await server.api.ok('listBoundCards', { session: session.token })).cards, []);
    await server.api.verify(CARDS.expiring, '1234', { session: session.token });
    await server.api.verify(CARDS.active, '1234', { session: session.token });
    await server.api.verify(CARDS.active, '1234', { session: session.token });
    const { cards } = await server.api.ok('listBoundCards', { session: session.token });
    assert.deepEqual(
      cards.map((c) => c.last4),
      ['0026', '0018'],
    );

    const selected = await server.api.ok('selectBoundCard', {
      session: session.token,
      params: { cardId: cards[0]!.id },
    });
    assert.equal(selected.card.id, cards[0]!.id);
    const plans = await server.api.ok('listPlans', { cardToken: selected.cardToken, query: { currency: 'USD' } });
    assert.equal(plans.plans.length, 6);
  });

  it('keeps customers apart, and answers not_found for a card not bound to the customer', async () => {
    const a = await open('cust-a');
    const b = await open('cust-b');
    const { card } = await server.api.verify(CARDS.expired, '1234', { session: a.token });
    assert.deepEqual((await server.api.ok('listBoundCards', { session: b.token })).cards, []);
    await server.api.fails('selectBoundCard', 'not_found', { session: b.token, params: { cardId: card.id } });
    await server.api.fails('selectBoundCard', 'not_found', { session: a.token, params: { cardId: 'card_nothere' } });
  });

  it('does not bind on a wrong PIN', async () => {
    const session = await open('cust-3');
    await server.api.fails('verifyCard', 'invalid_credentials', {
      session: session.token,
      body: { cardNumber: CARDS.active, pin: '0000' },
    });
    assert.deepEqual((await server.api.ok('listBoundCards', { session: session.token })).cards, []);
  });

  it('refuses missing, unknown and expired sessions', async () => {
    await server.api.fails('listBoundCards', 'customer_session_invalid');
    await server.api.fails('listBoundCards', 'customer_session_invalid', { session: 'cs_unknownunknownunknown' });
    await server.api.fails('verifyCard', 'customer_session_invalid', {
      session: 'cs_unknownunknownunknown',
      body: { cardNumber: CARDS.active, pin: '1234' },
    });
    const short = await server.services.cards.createCustomerSession({
      partner: (await server.services.partners.byPublishableKey('pk_test_demo'))!,
      customerId: 'cust-expiring',
      ttlMinutes: 0,
      seed: null,
    });
    await server.api.fails('listBoundCards', 'customer_session_invalid', { session: short.token });
  });

  it('replays a session creation with the same Idempotency-Key: same session, a working token', async () => {
    const key = crypto.randomUUID();
    const first = await server.api.ok('createCustomerSession', {
      key: SK,
      idempotencyKey: key,
      body: { customerId: 'cust-4' },
    });
    const again = await server.api.call('createCustomerSession', {
      key: SK,
      idempotencyKey: key,
      body: { customerId: 'cust-4' },
    });
    assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
    const replay = again.body as typeof first;
    assert.equal(replay.id, first.id);
    for (const token of [first.token, replay.token]) await server.api.ok('listBoundCards', { session: token });
    await server.api.fails('createCustomerSession', 'idempotency_conflict', {
      key: SK,
      idempotencyKey: key,
      body: { customerId: 'other' },
    });
  });
});
