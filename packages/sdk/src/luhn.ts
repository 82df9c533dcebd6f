/** Luhn (mod 10) check of a string of digits. Returns false for anything that is not all digits. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  return luhnSum(digits, false) % 10 === 0;
}

/** The check digit that makes `body` + digit pass the Luhn check. */
export function luhnCheckDigit(body: string): string {
  if (!/^\d*$/.test(body)) throw new TypeError('luhnCheckDigit expects digits only');
  return String((10 - (luhnSum(body, true) % 10)) % 10);
}

function luhnSum(digits: string, doubleFirst: boolean): number {
  let sum = 0;
  let double = doubleFirst;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum;
}

/**
 * Digits as typed, made plain: full-width digits (a Japanese or Chinese IME types `０１２`) become ASCII (NFKC), and
 * the spaces (NBSP included) and dashes of every kind that people type between digit groups go (U+2010-2015, U+2212,
 * U+30FC, and U+FF0D, which NFKC makes `-`). Card numbers and PINs both go through it before any check.
 */
export function normalizeCardNumber(input: string): string {
  return input.normalize('NFKC').replace(/[\s\u2010-\u2015\u2212\u30fc-]/g, '');
}

export const CARD_NUMBER_MIN_LENGTH = 18;
export const CARD_NUMBER_MAX_LENGTH = 22;

export type CardNumberProblem = 'empty' | 'not_digits' | 'length' | 'check_digit';

/** Why a card number is not a valid ICCID, or null when it is. Spaces and dashes are ignored. */
export function cardNumberProblem(input: string): CardNumberProblem | null {
  const digits = normalizeCardNumber(input);
  if (digits === '') return 'empty';
  if (!/^\d+$/.test(digits)) return 'not_digits';
  if (digits.length < CARD_NUMBER_MIN_LENGTH || digits.length > CARD_NUMBER_MAX_LENGTH) return 'length';
  if (!luhnValid(digits)) return 'check_digit';
  return null;
}
