import { luhnCheckDigit } from '@urcard/sdk';

/**
 * A Luhn-valid 19-digit ICCID of its own for each `n`: `prefix`, `n` padded to 18 digits, and the check digit.
 * The default prefix is none of the sandbox test cards'; the demo and e2e use `89445` (the fake account's eSIMs).
 */
export function iccid(n: number, prefix = '894900'): string {
  const body = `${prefix}${String(n).padStart(18 - prefix.length, '0')}`;
  return body + luhnCheckDigit(body);
}
