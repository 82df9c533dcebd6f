// Parsers of attribute values: small and schema-free, so that the first download carries no zod (the SDK's zod
// loads with the SDK client, once). Each returns the parsed value, or INVALID.
import { cardNumberProblem, normalizeCardNumber } from '@urcard/sdk/luhn';

export const INVALID: unique symbol = Symbol('invalid');
export type Parser<T> = (value: unknown) => T | typeof INVALID;

const text =
  <T = string>(check: (s: string) => T | typeof INVALID): Parser<T> =>
  (value) =>
    typeof value === 'string' ? check(value) : INVALID;

/** A string matching `pattern`. */
export const matching = (pattern: RegExp): Parser<string> => text((s) => (pattern.test(s) ? s : INVALID));

/** At most `max` characters, after `map` (trim, upper-case…); at least `min`. */
export const sized = (min: number, max: number, map: (s: string) => string = (s) => s): Parser<string> =>
  text((s) => {
    const v = map(s);
    return v.length >= min && v.length <= max ? v : INVALID;
  });

/** An absolute URL whose scheme is one of `protocols` (without the colon). */
export const url = (...protocols: string[]): Parser<string> =>
  text((s) => {
    try {
      return protocols.includes(new URL(s).protocol.slice(0, -1)) ? s : INVALID;
    } catch {
      return INVALID;
    }
  });

/** One of `values`, after `map`. */
export const oneOf = <T extends string>(values: readonly T[], map: (s: string) => string = (s) => s): Parser<T> =>
  text((s) => ((values as readonly string[]).includes(map(s)) ? (map(s) as T) : INVALID));

/** A space- or comma-separated list of values from `values`, each at most once, at least one. */
export const listOf = <T extends string>(values: readonly T[]): Parser<T[]> =>
  text((s) => {
    const items = [...new Set(s.split(/[\s,]+/).filter(Boolean))];
    return items.length > 0 && items.every((item) => (values as readonly string[]).includes(item))
      ? (items as T[])
      : INVALID;
  });

/** A boolean attribute: present (`""`) or `"true"` for on, `"false"` for off; a boolean property as it is. */
export const bool: Parser<boolean> = (value) =>
  typeof value === 'boolean' ? value : value === '' || value === 'true' ? true : value === 'false' ? false : INVALID;

/** A BCP 47 language tag. */
export const localeTag: Parser<string> = text((s) => {
  try {
    return Intl.getCanonicalLocales(s).length === 1 ? s : INVALID;
  } catch {
    return INVALID;
  }
});

/** An ICCID (spaces and dashes allowed), returned as digits only; checked with the SDK's Luhn rules. */
export const cardNumber: Parser<string> = text((s) =>
  cardNumberProblem(s) === null ? normalizeCardNumber(s) : INVALID,
);
