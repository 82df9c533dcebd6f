import { HEADERS } from '@urcard/sdk';
import type { Context, MiddlewareHandler } from 'hono';
import { cors as honoCors } from 'hono/cors';
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

const isPreflight = (c: Context) => c.req.method === 'OPTIONS' && c.req.header('Access-Control-Request-Method');

/**
 * CORS for partners' pages only (Hono's cors). A preflight (which carries no API key) is allowed for an origin
 * that some partner allows, and answered `forbidden` for any other; the request itself is then checked against
 * its own key's origins by `authenticate`. No credentials (cookies) are ever allowed: the API authenticates with
 * keys and tokens in headers.
 */
export function cors(partners: PartnerDirectory): MiddlewareHandler<AppEnv> {
  const answer = honoCors({
    origin: async (origin, c) => {
      if (!origin) return null;
      if (await partners.originAllowedByAny(origin)) return origin;
      if (isPreflight(c)) throw new ApiError('forbidden', `Origin ${origin} is not allowed by any partner`);
      return null;
    },
    allowMethods: ['GET', 'POST'],
    allowHeaders: CORS_ALLOWED_HEADERS,
    exposeHeaders: CORS_EXPOSED_HEADERS,
    maxAge: 600,
  });
  return async (c, next) => {
    // Requests without an Origin (servers, curl) skip CORS entirely, as before.
    if (!c.req.header('Origin')) return next();
    return answer(c, next);
  };
}
