import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ERROR_CODES, ERROR_HTTP_STATUS } from './contract/common.ts';
import { isRetryable, isUrcardError, UrcardError } from './errors.ts';
import {
  CARD_NUMBER,
  CARD_TOKEN,
  cardSession,
  errorBody,
  ORDER_ID,
  order,
  PIN,
  planList,
} from './test-support/fixtures.ts';
import { setup } from './test-support/setup.ts';

const SERVER_CODES = ERROR_CODES.filter((code) => ERROR_HTTP_STATUS[code] !== 0);
const SDK_CODES = ERROR_CODES.filter((code) => ERROR_HTTP_STATUS[code] === 0);

async function rejection(promise: Promise<unknown>): Promise<UrcardError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(isUrcardError(error), `expected an UrcardError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the call to fail');
}

describe('UrcardError', () => {
  it('carries code, status, requestId, retryable and cause', () => {
    const cause = new TypeError('boom');
    const error = new UrcardError('card_locked', 'Locked', {
      status: 423,
      requestId: 'req_1',
      retryAfterSeconds: 900,
      cause,
    });
    assert.ok(error instanceof Error);
    assert.equal(error.name, 'UrcardError');
    assert.equal(error.code, 'card_locked');
    assert.equal(error.status, 423);
    assert.equal(error.requestId, 'req_1');
    assert.equal(error.retryable, false);
    assert.equal(error.retryAfterSeconds, 900);
    assert.equal(error.cause, cause);
    const bare = new UrcardError('network_error', 'down');
    assert.equal(bare.status, 0);
    assert.equal(bare.requestId, null);
    assert.equal(bare.retryable, true);
  });

  it('isUrcardError recognises copies from another bundle, not other errors', () => {
    const foreign = Object.assign(new Error('x'), { name: 'UrcardError', code: 'timeout', status: 0 });
    assert.equal(isUrcardError(foreign), true);
    assert.equal(isUrcardError(new Error('x')), false);
    assert.equal(isUrcardError({ name: 'UrcardError', code: 'timeout', status: 0 }), false);
    assert.equal(isUrcardError(undefined), false);
  });

  it('SDK-only codes are the ones the server never sends', () => {
    assert.deepEqual(SDK_CODES, ['network_error', 'timeout', 'aborted', 'invalid_response']);
  });
});

describe('server errors become UrcardErrors', () => {
  for (const code of SERVER_CODES) {
    const status = ERROR_HTTP_STATUS[code];
    it(`${code} (HTTP ${status})`, async () => {
      const { server, client } = await setup({ retries: 0 });
      server.reply({
        status,
        json: errorBody(code, { field: 'pin', retryAfterSeconds: 30, attemptsRemaining: 2, requestId: `req_${code}` }),
      });
      const error = await rejection(client.orders.get(ORDER_ID));
      assert.equal(error.code, code);
      assert.equal(error.status, status);
      assert.equal(error.message, `server says ${code}`);
      assert.equal(error.requestId, `req_${code}`);
      assert.equal(error.field, 'pin');
      assert.equal(error.retryAfterSeconds, 30);
      assert.equal(error.attemptsRemaining, 2);
      assert.equal(error.retryable, isRetryable(code, status));
      assert.equal(server.requests.length, 1);
    });
  }

  it('retryable is true exactly for rate limits, in-progress requests and server failures', () => {
    const retryable = SERVER_CODES.filter((code) => isRetryable(code, ERROR_HTTP_STATUS[code]));
    assert.deepEqual(retryable, [
      'rate_limited',
      'request_in_progress',
      'payment_provider_error',
      'internal_error',
      'service_unavailable',
    ]);
  });

  it('invalid_credentials keeps the attempts remaining; card_locked the wait', async () => {
    const { server, client } = await setup();
    server.reply(
      { status: 401, json: errorBody('invalid_credentials', { attemptsRemaining: 4 }) },
      { status: 423, json: errorBody('card_locked', { retryAfterSeconds: 900 }) },
    );
    const wrongPin = await rejection(client.cards.verify({ cardNumber: CARD_NUMBER, pin: '0000' }));
    assert.equal(wrongPin.code, 'invalid_credentials');
    assert.equal(wrongPin.attemptsRemaining, 4);
    const locked = await rejection(client.cards.verify({ cardNumber: CARD_NUMBER, pin: '0000' }));
    assert.equal(locked.code, 'card_locked');
    assert.equal(locked.retryAfterSeconds, 900);
    assert.equal(locked.retryable, false);
  });

  it('a Retry-After header fills retryAfterSeconds when the body has none', async () => {
    const { server, client } = await setup({ retries: 0 });
    server.reply({ status: 429, json: errorBody('rate_limited'), headers: { 'Retry-After': '7' } });
    const error = await rejection(client.orders.get(ORDER_ID));
    assert.equal(error.code, 'rate_limited');
    assert.equal(error.retryAfterSeconds, 7);
  });

  it('an error body with a code this SDK does not know falls back on the status', async () => {
    const { server, client } = await setup({ retries: 0 });
    server.reply({ status: 404, json: { error: { code: 'brand_new_code', message: 'x', requestId: 'r' } } });
    const error = await rejection(client.orders.get(ORDER_ID));
    assert.equal(error.code, 'not_found');
    assert.equal(error.status, 404);
  });

  it("a proxy's HTML 502 page is a retryable service_unavailable with the Request-Id header", async () => {
    const { server, client } = await setup({ retries: 0 });
    server.reply({
      status: 502,
      body: '<html><body>Bad gateway</body></html>',
      headers: { 'Content-Type': 'text/html', 'Request-Id': 'req_proxy' },
    });
    const error = await rejection(client.orders.get(ORDER_ID));
    assert.equal(error.code, 'service_unavailable');
    assert.equal(error.status, 502);
    assert.equal(error.retryable, true);
    assert.equal(error.requestId, 'req_proxy');
  });

  it('an unexpected status without a body (418) is an invalid_response', async () => {
    const { server, client } = await setup({ retries: 0 });
    server.reply({ status: 418, body: '' });
    const error = await rejection(client.orders.get(ORDER_ID));
    assert.equal(error.code, 'invalid_response');
    assert.equal(error.status, 418);
  });
});

describe('malformed, truncated and mismatching responses', () => {
  it('a 200 that is not JSON', async () => {
    const { server, client } = await setup();
    server.reply({ body: '<html>hello</html>', headers: { 'Content-Type': 'text/html', 'Request-Id': 'req_html' } });
    const error = await rejection(client.orders.get(ORDER_ID));
    assert.equal(error.code, 'invalid_response');
    assert.equal(error.status, 200);
    assert.equal(error.requestId, 'req_html');
    assert.equal(error.retryable, false);
    assert.ok(error.cause instanceof SyntaxError);
    assert.equal(server.requests.length, 1, 'a malformed answer is not retried');
  });

  it('a body cut off by a dropped connection', async () => {
    const { server, client } = await setup();
    server.reply({ json: order(), truncate: true });
    const error = await rejection(client.orders.get(ORDER_ID));
    assert.equal(error.code, 'invalid_response');
    assert.match(error.message, /cut off/);
  });

  it('a body cut short with a matching length (half a JSON document)', async () => {
    const { server, client } = await setup();
    const half = JSON.stringify(order()).slice(0, 100);
    server.reply({ body: half });
    const error = await rejection(client.orders.get(ORDER_ID));
    assert.equal(error.code, 'invalid_response');
  });

  it('an empty 200', async () => {
    const { server, client } = await setup();
    server.reply({ body: '' });
    assert.equal((await rejection(client.health())).code, 'invalid_response');
  });

  it('names the top-level field that does not match the contract', async () => {
    const { server, client } = await setup();
    server.reply({ json: { ...order(), status: 'shipped' } });
    const error = await rejection(client.orders.get(ORDER_ID));
    assert.equal(error.code, 'invalid_response');
    assert.equal(error.field, 'status');
    assert.match(error.message, /at status/);
    assert.match(error.message, /"completed"/, 'says what was expected');
  });

  it('names a nested field by its path', async () => {
    const { server, client } = await setup();
    const session = cardSession();
    server.reply({
      json: { ...session, card: { ...session.card, balance: { ...session.card.balance, minutes: 'lots' } } },
    });
    const error = await rejection(client.cards.verify({ cardNumber: CARD_NUMBER, pin: PIN }));
    assert.equal(error.code, 'invalid_response');
    assert.equal(error.field, 'card.balance.minutes');
    assert.match(error.message, /expected number, got string/);
  });

  it('names a field inside an array', async () => {
    const { server, client } = await setup();
    const list = planList();
    server.reply({ json: { ...list, plans: [{ ...list.plans[0], price: { amount: 1.5, currency: 'USD' } }] } });
    const error = await rejection(client.plans.list({ cardToken: CARD_TOKEN, currency: 'USD' }));
    assert.equal(error.field, 'plans.0.price.amount');
  });

  it('a missing field', async () => {
    const { server, client } = await setup();
    const { receipt: _receipt, ...withoutReceipt } = order();
    server.reply({ json: withoutReceipt });
    const error = await rejection(client.orders.get(ORDER_ID));
    assert.equal(error.field, 'receipt');
    assert.match(error.message, /required/);
  });
});

describe('requests are checked before anything is sent', () => {
  it('a card number with a wrong check digit is invalid_card_number', async () => {
    const { server, client } = await setup();
    const wrong = `${CARD_NUMBER.slice(0, -1)}9`;
    const error = await rejection(client.cards.verify({ cardNumber: wrong, pin: PIN }));
    assert.equal(error.code, 'invalid_card_number');
    assert.equal(error.field, 'cardNumber');
    assert.equal(error.status, 0);
    assert.match(error.message, /Luhn/);
    assert.ok(!error.message.includes(wrong), 'the card number is not repeated');
    assert.equal(server.requests.length, 0);
  });

  it('a too short card number is invalid_card_number', async () => {
    const { server, client } = await setup();
    const error = await rejection(client.cards.verify({ cardNumber: '4242424242424242', pin: PIN }));
    assert.equal(error.code, 'invalid_card_number');
    assert.match(error.message, /at least 18 digits/);
    assert.equal(server.requests.length, 0);
  });

  it('a malformed PIN is an invalid_request naming pin, without echoing it', async () => {
    const { server, client } = await setup();
    const error = await rejection(client.cards.verify({ cardNumber: CARD_NUMBER, pin: '12a' }));
    assert.equal(error.code, 'invalid_request');
    assert.equal(error.field, 'pin');
    assert.ok(!error.message.includes('12a'));
    assert.equal(server.requests.length, 0);
  });

  it('planId and custom together are refused', async () => {
    const { server, client } = await setup();
    const input = {
      cardToken: CARD_TOKEN,
      planId: 'basic-30',
      custom: { dataMb: 1024, minutes: 0, validityDays: 7 },
      currency: 'USD',
    } as unknown as Parameters<typeof client.quotes.create>[0];
    const error = await rejection(client.quotes.create(input));
    assert.equal(error.code, 'invalid_request');
    assert.match(error.message, /unknown key custom/);
    assert.match(error.message, /unknown key planId/);
    assert.equal(server.requests.length, 0);
  });

  it('an unsupported currency names the field and lists the accepted ones', async () => {
    const { server, client } = await setup();
    const input = { cardToken: CARD_TOKEN, currency: 'XAU' } as unknown as Parameters<typeof client.plans.list>[0];
    const error = await rejection(client.plans.list(input));
    assert.equal(error.field, 'currency');
    assert.match(error.message, /"USD" \| "EUR"/);
    assert.equal(server.requests.length, 0);
  });

  it('a missing or malformed card token, without echoing it', async () => {
    const { server, client } = await setup();
    const missing = await rejection(client.cards.current({} as { cardToken: string }));
    assert.equal(missing.field, 'cardToken');
    const wrong = await rejection(client.cards.current({ cardToken: 'secret-value' }));
    assert.equal(wrong.code, 'invalid_request');
    assert.ok(!wrong.message.includes('secret-value'));
    assert.equal(server.requests.length, 0);
  });

  it('a malformed order id or email', async () => {
    const { server, client } = await setup();
    assert.equal((await rejection(client.orders.get('../../admin'))).field, 'orderId');
    const email = await rejection(
      client.orders.create({ cardToken: CARD_TOKEN, quoteId: 'quo_1', autoRenew: false, email: 'not-an-email' }),
    );
    assert.equal(email.field, 'email');
    assert.equal((await rejection(client.sandbox.pay(ORDER_ID, 'maybe' as 'succeeded'))).field, 'outcome');
    assert.equal(
      (
        await rejection(
          client.orders.create({ cardToken: CARD_TOKEN, quoteId: 'quo_1', autoRenew: false }, { idempotencyKey: '' }),
        )
      ).field,
      'idempotencyKey',
    );
    assert.equal(server.requests.length, 0);
  });
});
