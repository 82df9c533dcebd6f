import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { cardNumberSchema } from './contract/cards.ts';
import { isUrcardError } from './errors.ts';
import {
  CARD_NUMBER_MAX_LENGTH,
  CARD_NUMBER_MIN_LENGTH,
  cardNumberProblem,
  luhnCheckDigit,
  luhnValid,
  normalizeCardNumber,
} from './luhn.ts';
import { cardSession, PIN } from './test-support/fixtures.ts';
import { setup } from './test-support/setup.ts';

const digit = fc.constantFrom(...'0123456789');
const digits = (minLength: number, maxLength: number) =>
  fc.array(digit, { minLength, maxLength }).map((list) => list.join(''));
/** Bodies that give a card number of a valid length once the check digit is appended. */
const body = digits(CARD_NUMBER_MIN_LENGTH - 1, CARD_NUMBER_MAX_LENGTH - 1);
const validNumber = body.map((b) => b + luhnCheckDigit(b));

describe('Luhn', () => {
  it('any digits followed by their check digit pass', () => {
    fc.assert(
      fc.property(digits(0, 40), (b) => {
        assert.equal(luhnValid(b + luhnCheckDigit(b)), true);
      }),
    );
  });

  it('exactly one check digit works for each body', () => {
    fc.assert(
      fc.property(digits(1, 30), (b) => {
        const passing = [...'0123456789'].filter((d) => luhnValid(b + d));
        assert.deepEqual(passing, [luhnCheckDigit(b)]);
      }),
    );
  });

  it('any single-digit change fails', () => {
    fc.assert(
      fc.property(validNumber, fc.nat(), fc.integer({ min: 1, max: 9 }), (number, at, shift) => {
        const i = at % number.length;
        const changed = String((Number(number[i]) + shift) % 10);
        const mutated = number.slice(0, i) + changed + number.slice(i + 1);
        assert.equal(luhnValid(mutated), false, mutated);
        assert.equal(cardNumberProblem(mutated), 'check_digit');
      }),
    );
  });

  it('swapping two different adjacent digits fails, except 0 and 9', () => {
    fc.assert(
      fc.property(validNumber, fc.nat(), (number, at) => {
        const i = at % (number.length - 1);
        const [a, b] = [number[i], number[i + 1]];
        fc.pre(a !== b && !(a === '0' && b === '9') && !(a === '9' && b === '0'));
        const swapped = number.slice(0, i) + b + a + number.slice(i + 2);
        assert.equal(luhnValid(swapped), false);
      }),
    );
  });

  it('valid numbers pass however they are spaced or dashed, and the contract normalises them', () => {
    fc.assert(
      fc.property(validNumber, fc.array(fc.constantFrom(' ', '-', ''), { minLength: 25, maxLength: 25 }), (n, seps) => {
        const typed = [...n].map((d, i) => d + (seps[i] ?? '')).join('');
        assert.equal(cardNumberProblem(typed), null);
        assert.equal(normalizeCardNumber(typed), n);
        assert.equal(cardNumberSchema.parse(typed), n);
      }),
    );
  });

  it('says why a number is not an ICCID', () => {
    fc.assert(
      fc.property(digits(1, CARD_NUMBER_MIN_LENGTH - 2), (b) => {
        assert.equal(cardNumberProblem(b + luhnCheckDigit(b)), 'length');
      }),
    );
    fc.assert(
      fc.property(digits(CARD_NUMBER_MAX_LENGTH, 40), (b) => {
        assert.equal(cardNumberProblem(b + luhnCheckDigit(b)), 'length');
      }),
    );
    assert.equal(cardNumberProblem('  '), 'empty');
    assert.equal(cardNumberProblem('8986o1000000000000018'), 'not_digits');
    assert.equal(luhnValid(''), false);
    assert.equal(luhnValid('12a4'), false);
    assert.throws(() => luhnCheckDigit('12a'), TypeError);
  });
});

describe('cards.verify validates card numbers before sending', () => {
  it('a number with a wrong check digit never reaches the server', async () => {
    const { server, client } = await setup();
    await fc.assert(
      fc.asyncProperty(validNumber, fc.integer({ min: 1, max: 9 }), async (n, shift) => {
        const last = String((Number(n.at(-1)) + shift) % 10);
        const error = await client.cards
          .verify({ cardNumber: n.slice(0, -1) + last, pin: PIN })
          .catch((e: unknown) => e);
        assert.ok(isUrcardError(error));
        assert.equal(error.code, 'invalid_card_number');
        assert.equal(error.field, 'cardNumber');
      }),
      { numRuns: 50 },
    );
    assert.equal(server.requests.length, 0);
  });

  it('a valid number is sent, normalised', async () => {
    const { server, client } = await setup();
    server.handle(() => ({ json: cardSession() }));
    await fc.assert(
      fc.asyncProperty(validNumber, async (n) => {
        const spaced = n.replace(/(\d{4})/g, '$1 ');
        await client.cards.verify({ cardNumber: spaced, pin: PIN });
        assert.deepEqual(server.requests.at(-1)?.body, { cardNumber: n, pin: PIN });
      }),
      { numRuns: 20 },
    );
    assert.equal(server.requests.length, 20);
  });
});
