import { luhnCheckDigit } from '@urcard/sdk';

/** A Luhn-valid 19-digit ICCID of its own for each `n` (none of them a sandbox test card). */
export function iccid(n: number): string {
  const body = `894900${String(n).padStart(12, '0')}`;
  return body + luhnCheckDigit(body);
}
