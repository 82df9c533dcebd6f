import { HEADERS } from '@urcard/sdk';
import type { Context, MiddlewareHandler } from 'hono';
import type { Logger } from '../log.ts';
import type { AppEnv } from './env.ts';

/** A path no route matched, with anything shaped like one of our ids (`ord_…`, `card_…`) taken out. */
export const withoutIds = (path: string) => path.replace(/\/[a-z]{2,8}_[A-Za-z0-9]+(?=\/|$)/g, '/:id');

/** The path as logs show it: the route's pattern, or the path without ids when no route matched. */
export const loggedPath = (c: Context<AppEnv>) => c.var.routePath ?? withoutIds(c.req.path);

/**
 * Writes one JSON line when a request ends (method, route path — never the ids in it —, status, duration, partner, error code; never headers,
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
      path: loggedPath(c),
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
