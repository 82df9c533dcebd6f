import * as z from 'zod/mini';
import { ERROR_CODES } from './error-codes.ts';

export type { Currency } from './enums.ts';
export { CURRENCIES, CURRENCY_MINOR_UNITS } from './enums.ts';
export type { ErrorCode } from './error-codes.ts';
export { ERROR_CODES, ERROR_HTTP_STATUS } from './error-codes.ts';
export { currencySchema } from './fields.ts';

export const errorCodeSchema = z.enum(ERROR_CODES);

/** `{ error: { code, message, requestId, field?, retryAfterSeconds?, attemptsRemaining? } }` */
export const errorBodySchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string(),
    requestId: z.string(),
    field: z.optional(z.string()),
    retryAfterSeconds: z.optional(z.number().check(z.int(), z.nonnegative())),
    attemptsRemaining: z.optional(z.number().check(z.int(), z.nonnegative())),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** An amount in integer minor units (cents; yen for JPY) and its ISO 4217 currency. */
export const moneySchema = z.object({
  amount: z.number().check(z.int(), z.nonnegative()),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as USD')),
});
export type Money = z.infer<typeof moneySchema>;

/** ISO 8601 date-time with offset, as the API sends it. */
export const timestampSchema = z.iso.datetime({ offset: true });

/**
 * The next automatic renewal the server will charge, computed by the server: the plan at its price then, charged
 * `leadDays` days before the expiry it extends (`chargeAt`), off-session with the saved payment method.
 */
export const autoRenewalSchema = z.object({
  amount: moneySchema,
  chargeAt: timestampSchema,
  /** Days before expiry the charge is made (the server's rule, `URCARD_AUTO_RENEW_LEAD_DAYS`). */
  leadDays: z.number().check(z.int(), z.nonnegative()),
});
export type AutoRenewal = z.infer<typeof autoRenewalSchema>;

/** An identifier with a prefix, e.g. `ord_…`. */
export const idSchema = (prefix: string) =>
  z.string().check(z.regex(new RegExp(`^${prefix}_[A-Za-z0-9]+$`), `an id starting with ${prefix}_`));

/** Rejects unknown keys in request bodies so a typo is an error, not a silent no-op. */
export const requestObject = z.strictObject;
