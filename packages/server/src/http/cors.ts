import { HEADERS } from '@urcard/sdk';
import type { MiddlewareHandler } from 'hono';
import type { PartnerDirectory } from '../domain/partners.ts';
import { ApiError } from '../errors.ts';
import type { AppEnv } from './env.ts';

export const CORS_ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'Accept',
  HEADERS.cardToken,
  HEADERS.customerSession,
  HEADERS.idempotencyKey,
];
export const CORS_EXPOSED_HEADERS = [HEADERS.requestId, HEADERS.retryAfter, 'Idempotent-Replayed'];

/**
 * CORS for partners' pages only. A preflight (which carries no API key) is allowed for an origin that some
 * partner allows; the request itself is then checked against its own key's origins by the route (`forbidden`).
 * No credentials (cookies) are ever allowed: the API authenticates with keys and tokens in headers.
 */
export function cors(partners: PartnerDirectory): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const origin = c.req.header('Origin');
    if (!origin) return next();
    const allowed = await partners.originAllowedByAny(origin);
    if (c.req.method === 'OPTIONS' && c.req.header('Access-Control-Request-Method')) {
      if (!allowed) throw new ApiError('forbidden', `Origin ${origin} is not allowed by any partner`);
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': 'GET, POST',
        'Access-Control-Allow-Headers': CORS_ALLOWED_HEADERS.join(', '),
        'Access-Control-Max-Age': '600',
        Vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
      });
    }
    await next();
    c.res.headers.append('Vary', 'Origin');
    if (allowed) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', CORS_EXPOSED_HEADERS.join(', '));
    }
  };
}
