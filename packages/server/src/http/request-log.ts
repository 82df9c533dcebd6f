import { HEADERS } from '@urcard/sdk';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../log.ts';
import type { AppEnv } from './env.ts';

/**
 * Writes one JSON line when a request ends (method, path, status, duration, partner, error code; never headers,
 * query strings or bodies) and puts its id (`requestId`, before this) in the `Request-Id` header.
 */
export function requestLog(log: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const requestId = c.var.requestId;
    c.res.headers.set(HEADERS.requestId, requestId);
    const fields = {
      requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      partnerId: c.var.partnerId,
      code: c.var.errorCode,
      replayed: c.var.replayed || undefined,
    };
    if (c.res.status >= 500) log.error('request', fields);
    else log.info('request', fields);
  };
}
