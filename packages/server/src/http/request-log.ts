import { HEADERS } from '@urcard/sdk';
import type { MiddlewareHandler } from 'hono';
import { randomBase62 } from '../ids.ts';
import type { Logger } from '../log.ts';
import type { AppEnv } from './env.ts';

/**
 * Gives each request an id (the `Request-Id` header, and `requestId` in error bodies) and writes one JSON line
 * when it ends: method, path, status, duration, partner, error code. Never headers, query strings or bodies.
 */
export function requestLog(log: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const requestId = `req_${randomBase62(16)}`;
    const started = performance.now();
    c.set('requestId', requestId);
    await next();
    c.res.headers.set(HEADERS.requestId, requestId);
    const fields = {
      requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      partnerId: c.get('partnerId'),
      code: c.get('errorCode'),
      replayed: c.get('replayed') || undefined,
    };
    if (c.res.status >= 500) log.error('request', fields);
    else log.info('request', fields);
  };
}
