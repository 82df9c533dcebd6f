import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { encryptionKeys } from '../config.ts';
import { hmacSha256, sha256 } from '../ids.ts';
import type { TestServer } from '../test-support/harness.ts';
import { CARDS, PIN, PK, SK, startTestServer } from '../test-support/harness.ts';
import { iccid } from '../test-support/iccids.ts';
import { SecretBox } from '../webhooks/secret-box.ts';

describe('POST /v1/cards/import (secret key)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await server.services.store.upsertPartner({
      id: 'ptr_other',
      name: 'Other',
      publishableKey: 'pk_test_other',
      secretKeyHash: sha256('sk_test_other'),
      allowedOrigins: [],
      createdAt: Date.now(),
    });
  });
  after(() => server.stop());

  const importCards = (cards: unknown[], extra: { key?: string; idempotencyKey?: string } = {}) =>
    server.api.ok('importCards', { key: SK, body: { cards }, ...extra });
  const cardOf = async (number: string) =>
    server.services.store.getCardByNumberHash(hmacSha256(server.services.config.cardHashKey, number));

  it('creates the cards, in the order sent, and the customer verifies one with its PIN', async () => {
    const numbers = [iccid(1), iccid(2), iccid(3)];
    const answer = await importCards([
      { cardNumber: numbers[0], pin: '4821' },
      // As printed: groups of digits with spaces and dashes.
      { cardNumber: `${numbers[1]!.slice(0, 4)} ${numbers[1]!.slice(4, 10)}-${numbers[1]!.slice(10)}`, pin: '123456' },
      { cardNumber: numbers[2], pin: '00000000' },
    ]);
    assert.deepEqual(
      answer.cards.map((c) => [c.last4, c.created]),
      numbers.map((n) => [n.slice(-4), true]),
    );
    assert.equal(new Set(answer.cards.map((c) => c.id)).size, 3);

    const session = await server.api.verify(numbers[1]!, '123456');
    assert.equal(session.card.id, answer.cards[1]!.id);
    assert.equal(session.card.status, 'expired', 'no plan yet: due for a renewal');
    assert.deepEqual(session.card.balance, {
      dataMb: 0,
      dataTotalMb: 0,
      minutes: 0,
      minutesTotal: 0,
      sms: 0,
      asOf: null,
      stale: false,
    });
    assert.deepEqual(session.card.coverage, []);
    assert.equal(session.card.renewable, true);
    await server.api.fails('verifyCard', 'invalid_credentials', { body: { cardNumber: numbers[1], pin: '4821' } });

    const stored = await cardOf(numbers[0]!);
    assert.ok(stored);
    assert.equal(stored.importedBy, 'ptr_demo');
    assert.equal(stored.testCard, false);
    assert.equal(stored.state, 'active');
    assert.ok(stored.sealedIccid && !stored.sealedIccid.includes(numbers[0]!), 'the ICCID is sealed, not in clear');
    assert.ok(!stored.pinHash.includes('4821'));
    const box = new SecretBox(encryptionKeys(server.services.config));
    assert.equal(box.open(stored.sealedIccid, stored.id), numbers[0], 'it opens to the ICCID under the card id');
    assert.throws(() => box.open(stored.sealedIccid!, 'card_other'), 'bound to its card');
  });

  it('answers the same card again, untouched, for the same number and PIN', async () => {
    const number = iccid(10);
    const [first] = (await importCards([{ cardNumber: number, pin: '5555' }])).cards;
    const before = await cardOf(number);
    const again = await importCards([
      { cardNumber: iccid(11), pin: '1111' },
      { cardNumber: number, pin: '5555' },
      { cardNumber: iccid(11), pin: '1111' },
    ]);
    assert.deepEqual(again.cards[1], { ...first, created: false });
    assert.equal(again.cards[0]!.created, true);
    assert.deepEqual(again.cards[2], { ...again.cards[0], created: false }, 'twice in one request: one card');
    assert.deepEqual(await cardOf(number), before, 'not a byte changed');
  });

  it('refuses another PIN for a card already imported, and imports nothing of that request', async () => {
    const number = iccid(20);
    await importCards([{ cardNumber: number, pin: '2020' }]);
    const before = await cardOf(number);
    const fresh = iccid(21);
    const refused = await server.api.fails('importCards', 'card_exists', {
      key: SK,
      body: {
        cards: [
          { cardNumber: fresh, pin: '2121' },
          { cardNumber: number, pin: '9999' },
        ],
      },
    });
    assert.equal(refused.status, 409);
    assert.equal(refused.error.field, 'cards.1.cardNumber');
    assert.match(refused.error.message, /cards\.1\.cardNumber: .*another PIN/);
    assert.deepEqual(await cardOf(number), before, 'the PIN is not reset');
    assert.equal(await cardOf(fresh), null, 'nothing of the request was imported');
    await server.api.verify(number, '2020');
    await server.api.fails('verifyCard', 'invalid_credentials', { body: { cardNumber: number, pin: '9999' } });

    const twice = await server.api.fails('importCards', 'card_exists', {
      key: SK,
      body: {
        cards: [
          { cardNumber: iccid(22), pin: '2222' },
          { cardNumber: iccid(22), pin: '3333' },
        ],
      },
    });
    assert.match(twice.error.message, /cards\.1\.cardNumber: the same card as cards\.0 with another PIN/);
  });

  it('does not tell another partner whether its PIN is right, nor take over a test card', async () => {
    const number = iccid(30);
    await importCards([{ cardNumber: number, pin: '3030' }]);
    for (const pin of ['3030', '3131']) {
      const refused = await server.api.fails('importCards', 'card_exists', {
        key: 'sk_test_other',
        body: { cards: [{ cardNumber: number, pin }] },
      });
      assert.match(refused.error.message, /already registered$/);
    }
    await server.api.fails('importCards', 'card_exists', {
      key: SK,
      body: { cards: [{ cardNumber: CARDS.active, pin: PIN }] },
    });
  });

  it('names every bad entry with its index', async () => {
    const result = await server.api.fails('importCards', 'invalid_request', {
      key: SK,
      body: {
        cards: [
          { cardNumber: iccid(40), pin: '4040' },
          { cardNumber: '8949000000000000401', pin: '4040' }, // wrong check digit
          { cardNumber: iccid(41), pin: '12' },
          { cardNumber: iccid(42) },
          { cardNumber: iccid(43), pin: '4343', expiresAt: 'soon' },
        ],
      },
    });
    assert.equal(result.error.field, 'cards.1.cardNumber');
    const message = result.error.message;
    assert.match(message, /^4 bad entries/);
    assert.match(message, /cards\.1\.cardNumber: a valid check digit \(Luhn\)/);
    assert.match(message, /cards\.2\.pin: 4 to 8 digits/);
    assert.match(message, /cards\.3\.pin: required/);
    assert.match(message, /cards\.4.*expiresAt/);
    assert.ok(!message.includes('4343') && !message.includes('4040'), 'no PIN echoed');
    assert.equal(await cardOf(iccid(40)), null, 'nothing imported');

    await server.api.fails('importCards', 'invalid_request', { key: SK, body: { cards: [] } });
    const tooMany = Array.from({ length: 501 }, (_, i) => ({ cardNumber: iccid(1000 + i), pin: '1234' }));
    const big = await server.api.fails('importCards', 'invalid_request', { key: SK, body: { cards: tooMany } });
    assert.equal(big.error.field, 'cards');
  });

  it('takes 500 cards in one request, past the server-wide body limit', async () => {
    const cards = Array.from({ length: 500 }, (_, i) => ({ cardNumber: iccid(5000 + i), pin: '87654321' }));
    assert.ok(JSON.stringify({ cards }).length > server.services.config.bodyLimitBytes);
    const answer = await importCards(cards);
    assert.equal(answer.cards.length, 500);
    assert.ok(answer.cards.every((c, i) => c.created && c.last4 === cards[i]!.cardNumber.slice(-4)));
  });

  it('replays an answer for the same Idempotency-Key and refuses the key with another body', async () => {
    const key = crypto.randomUUID();
    const body = { cards: [{ cardNumber: iccid(60), pin: '6060' }] };
    const first = await server.api.call('importCards', { key: SK, body, idempotencyKey: key });
    const replay = await server.api.call('importCards', { key: SK, body, idempotencyKey: key });
    assert.equal(first.status, 200);
    assert.deepEqual(replay.body, first.body, 'the first answer, created: true, again');
    assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
    await server.api.fails('importCards', 'idempotency_conflict', {
      key: SK,
      body: { cards: [{ cardNumber: iccid(61), pin: '6161' }] },
      idempotencyKey: key,
    });
  });

  it('is a secret-key route', async () => {
    const body = { cards: [{ cardNumber: iccid(70), pin: '7070' }] };
    await server.api.fails('importCards', 'forbidden', { key: PK, body });
    await server.api.fails('importCards', 'unauthorized', { key: null, body });
    assert.equal(await cardOf(iccid(70)), null);
  });
});
