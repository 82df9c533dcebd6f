import { createHmac, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { ApiError } from '../../errors.ts';
import { limitBody } from '../../http/body.ts';
import type { AppEnv } from '../../http/env.ts';
import type { CarrierWebhookContext, LowDataNotice } from '../carrier.ts';
import { LOW_DATA_LEVELS } from '../carrier.ts';

/** The header Airalo signs its notifications in: HMAC-SHA-512 (hex) of the raw body. */
export const AIRALO_SIGNATURE_HEADER = 'airalo-signature';
/** A notification is a few fields; this bounds what we read before the signature is checked. */
const BODY_LIMIT = 16 * 1024;

/** Airalo's low-data webhook body. Unknown fields are allowed (Airalo may add some). */
const lowDataBodySchema = z.object({
  level: z.enum(LOW_DATA_LEVELS),
  iccid: z.string().check(z.regex(/^\d{8,22}$/, 'an ICCID of digits')),
  package_name: z.string().check(z.minLength(1), z.maxLength(200)),
  remaining_percentage: z.coerce.number(),
});

/** True when `signature` is the HMAC-SHA-512 (hex) of `body` under `secret`; compared in constant time. */
export function airaloSignatureMatches(secret: string, body: string, signature: string): boolean {
  const expected = createHmac('sha512', secret).update(body).digest();
  const given = /^[0-9a-f]+$/i.test(signature.trim()) ? Buffer.from(signature.trim(), 'hex') : Buffer.alloc(0);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * `/v1/webhooks/airalo`: Airalo's low-data notifications. `HEAD` (and `GET`) answers 200 (Airalo checks the URL when it is
 * opted in). `POST` verifies `airalo-signature` over the raw body (401 when missing or wrong, and nothing is
 * done), parses the body (400 when it is not a low-data notification), and hands the notice on; the work is
 * queued, so the answer is fast, and a second delivery of the same notice does nothing more.
 */
export function airaloWebhooks(secret: string, context: CarrierWebhookContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // Hono answers HEAD with the GET route (without its body).
  app.get('/', (c) => c.body(null, 200));
  app.post('/', limitBody(BODY_LIMIT, 'An Airalo notification'), airaloSignature(secret, context.log), async (c) => {
    const notice = parseLowData(await c.req.text());
    const { outcome } = await context.lowData(notice);
    return c.json({ received: true, outcome });
  });
  return app;
}

/** Middleware: `unauthorized` (401) unless `airalo-signature` is the HMAC of the raw body (read once, cached). */
export function airaloSignature(secret: string, log: CarrierWebhookContext['log']): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const signature = c.req.header(AIRALO_SIGNATURE_HEADER);
    if (!signature || !airaloSignatureMatches(secret, await c.req.text(), signature)) {
      log.warn('airalo notification with a missing or wrong signature refused', {
        requestId: c.get('requestId'),
        signed: signature !== undefined,
      });
      throw new ApiError('unauthorized', `The ${AIRALO_SIGNATURE_HEADER} header is missing or does not match`);
    }
    await next();
  };
}

/** The notice in a verified body, or `invalid_request` (400). */
function parseLowData(raw: string): LowDataNotice {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new ApiError('invalid_request', 'The body is not valid JSON');
  }
  const parsed = lowDataBodySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError('invalid_request', `Not a low-data notification: ${issue?.message ?? 'bad body'}`, {
      ...(issue?.path.length ? { field: issue.path.join('.') } : {}),
    });
  }
  const { level, iccid, package_name: packageName, remaining_percentage: remainingPercentage } = parsed.data;
  return { iccid, packageName, level, remainingPercentage };
}
