import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TestServer } from '../test-support/harness.ts';
import { CARDS, PIN, startTestServer } from '../test-support/harness.ts';

describe('cards', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ lockoutMs: 1500, cardTokenTtlMs: 800 });
  });
  after(() => server.stop());

  it('verifies each test card and shows its story', async () => {
    const expected = {
      [CARDS.active]: { status: 'active', daysLeft: 20, renewable: true },
      [CARDS.expiring]: { status: 'expiring', daysLeft: 3, renewable: true },
      [CARDS.expired]: { status: 'expired', daysLeft: -10, renewable: true },
      [CARDS.suspended]: { status: 'suspended', daysLeft: 45, renewable: false },
      [CARDS.rejected]: { status: 'active', daysLeft: 12, renewable: true },
      [CARDS.slow]: { status: 'active', daysLeft: 25, renewable: true },
    };
    for (const [number, story] of Object.entries(expected)) {
      const { card, cardToken } = await server.api.verify(number);
      assert.match(cardToken, /^ct_/);
      assert.deepEqual({ status: card.status, daysLeft: card.daysLeft, renewable: card.renewable }, story, number);
      assert.equal(card.last4, number.slice(-4));
      assert.equal(card.maskedNumber, `•••• •••• ${number.slice(-4)}`);
      assert.ok(!JSON.stringify(card).includes(number), 'the full number never comes back');
    }
    const { card } = await server.api.verify(CARDS.suspended);
    assert.equal(card.notRenewableReason?.code, 'suspended');
    assert.match(card.notRenewableReason?.message ?? '', /reported lost/);
  });

  it('accepts card numbers typed with spaces and dashes', async () => {
    const { card } = await server.api.verify('8986 0100 0000-0000 018');
    assert.equal(card.last4, '0018');
  });

  it('answers invalid_card_number for a bad check digit, length or characters', async () => {
    for (const cardNumber of ['8986010000000000019', '898601000000000', '89860100000000000x8', '']) {
      const { error } = await server.api.fails('verifyCard', 'invalid_card_number', { body: { cardNumber, pin: PIN } });
      assert.equal(error.field, 'cardNumber');
    }
  });

  it('locks a card after 5 wrong PINs, says how long, and unlocks after the lockout', async () => {
    const body = { cardNumber: CARDS.slow, pin: '0000' };
    for (const remaining of [4, 3, 2, 1]) {
      const { error } = await server.api.fails('verifyCard', 'invalid_credentials', { body });
      assert.equal(error.attemptsRemaining, remaining);
    }
    const locked = await server.api.fails('verifyCard', 'card_locked', { body });
    assert.equal(locked.error.retryAfterSeconds, 2);
    assert.equal(locked.headers.get('Retry-After'), '2');
    // The right PIN does not get through a lock.
    await server.api.fails('verifyCard', 'card_locked', { body: { cardNumber: CARDS.slow, pin: PIN } });
    await new Promise((r) => setTimeout(r, 1600));
    const { card } = await server.api.verify(CARDS.slow);
    assert.equal(card.last4, '0067');
    // A success clears the count.
    const again = await server.api.fails('verifyCard', 'invalid_credentials', { body });
    assert.equal(again.error.attemptsRemaining, 4);
    await server.api.verify(CARDS.slow);
  });

  it('answers an unknown card exactly like a wrong PIN, lockout included', async () => {
    const unknown = '8986010000000000075';
    const known = CARDS.rejected;
    const shapes: string[][] = [];
    for (let i = 0; i < 5; i++) {
      const a = await server.api.call('verifyCard', { body: { cardNumber: unknown, pin: '0000' } });
      const b = await server.api.call('verifyCard', { body: { cardNumber: known, pin: '0000' } });
      assert.equal(a.status, b.status);
      const ea = (a.body as { error: Record<string, unknown> }).error;
      const eb = (b.body as { error: Record<string, unknown> }).error;
      assert.deepEqual({ ...ea, requestId: null }, { ...eb, requestId: null }, `attempt ${i + 1}`);
      shapes.push([String(ea.code), String(ea.attemptsRemaining)]);
    }
    assert.deepEqual(shapes.at(-1), ['card_locked', 'undefined']);
  });

  it('takes as long for an unknown card as for a wrong PIN (scrypt runs either way)', async () => {
    const timed = await startTestServer({ scryptCost: 16384, verifyRateLimit: 1000 });
    try {
      const time = async (cardNumber: string) => {
        const started = performance.now();
        await timed.api.call('verifyCard', { body: { cardNumber, pin: '0000' } });
        return performance.now() - started;
      };
      const known: number[] = [];
      const unknown: number[] = [];
      for (let round = 0; round < 4; round++) {
        for (const [i, number] of [CARDS.active, CARDS.expiring].entries()) {
          known.push(await time(number));
          unknown.push(await time(['8986010000000000075', '8986010000000000083'][i]!));
        }
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const ratio = median(unknown) / median(known);
      assert.ok(median(known) > 5, `scrypt makes a wrong PIN cost time (${median(known)} ms)`);
      assert.ok(
        ratio > 0.6 && ratio < 1.6,
        `unknown/known time ratio ${ratio.toFixed(2)} (${known.map(Math.round)} vs ${unknown.map(Math.round)})`,
      );
    } finally {
      await timed.stop();
    }
  });

  it('rate-limits verification per client address', async () => {
    const limited = await startTestServer({ verifyRateLimit: 3, verifyRateWindowMs: 60_000 });
    try {
      for (let i = 0; i < 3; i++) await limited.api.verify(CARDS.active);
      const { error, headers } = await limited.api.fails('verifyCard', 'rate_limited', {
        body: { cardNumber: CARDS.active, pin: PIN },
      });
      assert.ok((error.retryAfterSeconds ?? 0) > 0 && (error.retryAfterSeconds ?? 0) <= 60);
      assert.equal(headers.get('Retry-After'), String(error.retryAfterSeconds));
      // Other routes are not limited.
      await limited.api.ok('health');
    } finally {
      await limited.stop();
    }
  });

  it('reads the current card with a card token, and refuses missing, forged and expired tokens', async () => {
    const { cardToken } = await server.api.verify(CARDS.expiring);
    const { card } = await server.api.ok('currentCard', { cardToken });
    assert.equal(card.last4, '0026');
    await server.api.fails('currentCard', 'card_token_invalid');
    await server.api.fails('currentCard', 'card_token_invalid', { cardToken: 'ct_forgedforgedforgedforged' });
    await server.api.fails('currentCard', 'card_token_invalid', { cardToken: 'not a token' });
    await new Promise((r) => setTimeout(r, 900));
    await server.api.fails('currentCard', 'card_token_invalid', { cardToken });
  });

  it('refuses auto-renew without a saved payment method, and on a suspended card', async () => {
    const { cardToken } = await server.api.verify(CARDS.active);
    await server.api.fails('setAutoRenew', 'auto_renew_unavailable', { cardToken, body: { enabled: true } });
    const off = await server.api.ok('setAutoRenew', { cardToken, body: { enabled: false } });
    assert.equal(off.card.autoRenew.enabled, false);
    const suspended = await server.api.verify(CARDS.suspended);
    await server.api.fails('setAutoRenew', 'card_not_renewable', {
      cardToken: suspended.cardToken,
      body: { enabled: true },
    });
  });
});
