import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { ErrorCode } from '@urcard/sdk';
import { ERROR_CODES, ERROR_HTTP_STATUS } from '@urcard/sdk';
import type { ServerOptions } from './services.ts';
import { holdPinAttemptsLock, openTestStore } from './test-support/databases.ts';
import { FakeStripeProvider, SlowSandboxProvider } from './test-support/fake-provider.ts';
import { FAKE_STRIPE_KEYS } from './test-support/fake-stripe.ts';
import type { TestServer } from './test-support/harness.ts';
import { CARDS, movableClock, PIN, startTestServer } from './test-support/harness.ts';

/** The codes only the SDK raises (no response behind them). */
type SdkOnlyCode = 'network_error' | 'timeout' | 'aborted' | 'invalid_response';
type ServerCode = Exclude<ErrorCode, SdkOnlyCode>;

/**
 * Every error code the server can send, each provoked over HTTP and checked against the contract (the harness
 * checks the body's shape and that the status is the code's). A new code in the contract fails to compile here
 * until it has a scenario.
 */
describe('every error code the server sends', () => {
  const started: TestServer[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  after(async () => {
    for (const server of started) await server.stop();
    for (const cleanup of cleanups) await cleanup();
  });
  const server = async (options: ServerOptions = {}) => {
    const s = await startTestServer(options);
    started.push(s);
    return s;
  };
  const clock = movableClock();
  let main: TestServer | undefined;
  const mainServer = async () => {
    main ??= await server({ clock, bodyLimitBytes: 512 });
    return main;
  };
  const quoteFor = async (s: TestServer, number: string = CARDS.active) => {
    const { cardToken } = await s.api.verify(number);
    const quote = await s.api.ok('createQuote', { cardToken, body: { planId: 'basic-30', currency: 'USD' } });
    return { cardToken, quote };
  };

  const scenarios: Record<ServerCode, () => Promise<{ status: number; error: { code: ErrorCode } }>> = {
    invalid_request: async () =>
      (await mainServer()).api.fails('verifyCard', 'invalid_request', { body: { cardNumber: CARDS.active } }),
    unauthorized: async () => (await mainServer()).api.fails('currentCard', 'unauthorized', { key: null }),
    forbidden: async () =>
      (await mainServer()).api.fails('createCustomerSession', 'forbidden', { body: { customerId: 'c' } }),
    not_found: async () =>
      (await mainServer()).api.fails('getOrder', 'not_found', { params: { orderId: 'ord_missing' } }),
    payload_too_large: async () =>
      (await mainServer()).api.fails('verifyCard', 'payload_too_large', {
        body: { cardNumber: 'x'.repeat(600), pin: PIN },
      }),
    rate_limited: async () => {
      const s = await server({ verifyRateLimit: 1 });
      await s.api.verify(CARDS.active);
      return s.api.fails('verifyCard', 'rate_limited', { body: { cardNumber: CARDS.active, pin: PIN } });
    },
    invalid_card_number: async () =>
      (await mainServer()).api.fails('verifyCard', 'invalid_card_number', {
        body: { cardNumber: '8986010000000000010', pin: PIN },
      }),
    invalid_credentials: async () =>
      (await mainServer()).api.fails('verifyCard', 'invalid_credentials', {
        body: { cardNumber: CARDS.expiring, pin: '4321' },
      }),
    card_locked: async () => {
      const s = await mainServer();
      const body = { cardNumber: '8986010000000000083', pin: '0000' };
      for (let i = 0; i < 4; i++) await s.api.fails('verifyCard', 'invalid_credentials', { body });
      return s.api.fails('verifyCard', 'card_locked', { body });
    },
    card_not_renewable: async () => {
      const s = await mainServer();
      const { cardToken } = await s.api.verify(CARDS.suspended);
      return s.api.fails('listPlans', 'card_not_renewable', { cardToken, query: { currency: 'USD' } });
    },
    card_token_invalid: async () =>
      (await mainServer()).api.fails('currentCard', 'card_token_invalid', { cardToken: 'ct_nope_nope_nope' }),
    card_exists: async () =>
      (await mainServer()).api.fails('importCards', 'card_exists', {
        key: 'sk_test_demo',
        body: { cards: [{ cardNumber: CARDS.active, pin: PIN }] },
      }),
    customer_session_invalid: async () =>
      (await mainServer()).api.fails('listBoundCards', 'customer_session_invalid', { session: 'cs_nope_nope_nope' }),
    promo_invalid: async () => {
      const s = await mainServer();
      const { cardToken } = await s.api.verify(CARDS.active);
      return s.api.fails('createQuote', 'promo_invalid', {
        cardToken,
        body: { planId: 'basic-7', currency: 'USD', promoCode: 'FREE' },
      });
    },
    promo_expired: async () => {
      const s = await mainServer();
      const { cardToken } = await s.api.verify(CARDS.active);
      return s.api.fails('createQuote', 'promo_expired', {
        cardToken,
        body: { planId: 'basic-7', currency: 'USD', promoCode: 'SPRING2025' },
      });
    },
    promo_not_applicable: async () => {
      const s = await mainServer();
      const { cardToken } = await s.api.verify(CARDS.active);
      return s.api.fails('createQuote', 'promo_not_applicable', {
        cardToken,
        body: { planId: 'basic-7', currency: 'USD', promoCode: 'ADVANCED20' },
      });
    },
    plan_unavailable: async () => {
      const s = await mainServer();
      const { cardToken } = await s.api.verify(CARDS.active);
      return s.api.fails('createQuote', 'plan_unavailable', {
        cardToken,
        body: { planId: 'premium-1', currency: 'USD' },
      });
    },
    currency_unsupported: async () => {
      const s = await mainServer();
      const { cardToken } = await s.api.verify(CARDS.active);
      return s.api.fails('listPlans', 'currency_unsupported', { cardToken, query: { currency: 'XAU' } });
    },
    quote_expired: async () => {
      const s = await mainServer();
      const { cardToken, quote } = await quoteFor(s);
      clock.advance(16 * 60_000);
      return s.api.fails('createOrder', 'quote_expired', { cardToken, body: { quoteId: quote.id, autoRenew: false } });
    },
    idempotency_conflict: async () => {
      const s = await mainServer();
      const { cardToken, quote } = await quoteFor(s);
      await s.api.ok('createOrder', {
        cardToken,
        idempotencyKey: 'k-conflict',
        body: { quoteId: quote.id, autoRenew: false },
      });
      return s.api.fails('createOrder', 'idempotency_conflict', {
        cardToken,
        idempotencyKey: 'k-conflict',
        body: { quoteId: quote.id, autoRenew: true },
      });
    },
    request_in_progress: async () => {
      const s = await server({ paymentProvider: new SlowSandboxProvider(300) });
      const { cardToken, quote } = await quoteFor(s);
      const options = { cardToken, idempotencyKey: 'k-busy', body: { quoteId: quote.id, autoRenew: false } };
      const first = s.api.call('createOrder', options);
      await new Promise((r) => setTimeout(r, 80));
      const busy = await s.api.fails('createOrder', 'request_in_progress', options);
      await first;
      return busy;
    },
    order_state_invalid: async () => {
      const s = await mainServer();
      const { order } = await s.api.order(CARDS.active);
      await s.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
      return s.api.fails('sandboxPay', 'order_state_invalid', {
        params: { orderId: order.id },
        body: { outcome: 'succeeded' },
      });
    },
    auto_renew_unavailable: async () => {
      const s = await mainServer();
      const { cardToken } = await s.api.verify(CARDS.expired);
      return s.api.fails('setAutoRenew', 'auto_renew_unavailable', { cardToken, body: { enabled: true } });
    },
    sandbox_unavailable: async () => {
      const s = await server({
        paymentProvider: new FakeStripeProvider(),
        encryptionKey: FAKE_STRIPE_KEYS.encryptionKey,
      });
      return s.api.fails('sandboxPay', 'sandbox_unavailable', {
        params: { orderId: 'ord_any' },
        body: { outcome: 'succeeded' },
      });
    },
    payment_provider_error: async () => {
      const provider = new FakeStripeProvider();
      provider.failCreate = true;
      const s = await server({ paymentProvider: provider, encryptionKey: FAKE_STRIPE_KEYS.encryptionKey });
      const { cardToken, quote } = await quoteFor(s);
      return s.api.fails('createOrder', 'payment_provider_error', {
        cardToken,
        body: { quoteId: quote.id, autoRenew: false },
      });
    },
    internal_error: async () => {
      const provider = new FakeStripeProvider();
      const s = await server({ paymentProvider: provider, encryptionKey: FAKE_STRIPE_KEYS.encryptionKey });
      const { order } = await s.api.order(CARDS.active);
      provider.failDescribe = true;
      const failure = await s.api.fails('getOrder', 'internal_error', { params: { orderId: order.id } });
      assert.ok(
        s.logs.some((l) => l.msg === 'unhandled error' && l.requestId === failure.error.requestId),
        'logged with its request id',
      );
      assert.doesNotMatch(failure.error.message, /describe failed/, 'internals are not shown to the client');
      return failure;
    },
    service_unavailable: async () => {
      const dir = await mkdtemp(join(tmpdir(), 'urcard-busy-'));
      cleanups.push(() => rm(dir, { recursive: true, force: true }));
      // Another connection holds the lock the verification needs, for longer than the store waits.
      const store = await openTestStore(dir, { busyTimeoutMs: 50, lockTimeoutMs: 50 });
      cleanups.unshift(() => store.close());
      const s = await server({ store });
      const blocker = await holdPinAttemptsLock(store.database);
      try {
        const busy = await s.api.fails('verifyCard', 'service_unavailable', {
          body: { cardNumber: CARDS.active, pin: '0000' },
        });
        assert.equal(busy.headers.get('Retry-After'), '1');
        return busy;
      } finally {
        await blocker.release();
      }
    },
  };

  it('has a scenario for each code of the contract the server can send', () => {
    const serverCodes = ERROR_CODES.filter((code) => ERROR_HTTP_STATUS[code] !== 0);
    assert.deepEqual(Object.keys(scenarios).sort(), [...serverCodes].sort());
  });

  for (const [code, scenario] of Object.entries(scenarios)) {
    it(`sends ${code} (HTTP ${ERROR_HTTP_STATUS[code as ServerCode]})`, async () => {
      const { status, error } = await scenario();
      assert.equal(error.code, code);
      assert.equal(status, ERROR_HTTP_STATUS[code as ServerCode]);
    });
  }
});
