// Schemas of single values the customer or the partner types in: the request schemas are built from them, and the
// widget parses its attributes with them. Kept apart from the resource files so that a bundle can validate these
// values without carrying every request and response schema of the API.
import * as z from 'zod/mini';
import { CARD_NUMBER_MAX_LENGTH, CARD_NUMBER_MIN_LENGTH, luhnValid, normalizeCardNumber } from '../luhn.ts';
import { CURRENCIES } from './enums.ts';
import { CONTENT_LOCALES } from './locales.ts';

export const currencySchema = z.enum(CURRENCIES);

/** A locale the catalogue is written in (what the server answered in). */
export const contentLocaleSchema = z.enum(CONTENT_LOCALES);

/** A BCP 47 tag asked for (`fr-CA`, `zh-Hant`): the server answers in the closest content locale. */
export const localeTagSchema = z.string().check(z.regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/, 'a BCP 47 tag'));

/** An ICCID: 18 to 22 digits ending in a Luhn check digit. Spaces and dashes are stripped first. */
export const cardNumberSchema = z.pipe(
  z.pipe(
    z.string(),
    z.transform((s) => normalizeCardNumber(s)),
  ),
  z
    .string()
    .check(
      z.regex(/^\d+$/, 'digits only'),
      z.minLength(CARD_NUMBER_MIN_LENGTH, `at least ${CARD_NUMBER_MIN_LENGTH} digits`),
      z.maxLength(CARD_NUMBER_MAX_LENGTH, `at most ${CARD_NUMBER_MAX_LENGTH} digits`),
      z.refine(luhnValid, 'a valid check digit (Luhn)'),
    ),
);

/** The card's PIN/password: 4 to 8 digits. */
export const pinSchema = z.string().check(z.regex(/^\d{4,8}$/, '4 to 8 digits'));

/** Passed to the widget's `customer-session` attribute; sent in the `Urcard-Customer-Session` header. */
export const customerSessionTokenSchema = z.string().check(z.regex(/^cs_[A-Za-z0-9_-]+$/));

/** A plan id from `GET /v1/plans` (`planId` of `POST /v1/quotes`). */
export const planIdSchema = z.string().check(z.minLength(1));

/** A promo code as typed: trimmed, 1 to 40 characters, sent upper-cased. */
export const promoCodeSchema = z.pipe(
  z.string().check(z.trim(), z.minLength(1, 'a promo code'), z.maxLength(40)),
  z.transform((s) => s.toUpperCase()),
);

/** The partner's own reference, echoed on the order. */
export const partnerRefSchema = z.string().check(z.maxLength(100));
