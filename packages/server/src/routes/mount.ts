import type { RouteDef, RouteName } from '@urcard/sdk';
import { HEADERS, routes } from '@urcard/sdk';
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiError } from '../errors.ts';
import { authenticate } from '../http/auth.ts';
import { clientAddress } from '../http/client-address.ts';
import type { AppEnv } from '../http/env.ts';
import { errorResponse } from '../http/errors.ts';
import { checkIdempotencyKey, requestHash, runIdempotent } from '../http/idempotency.ts';
import { parseInput } from '../http/validate.ts';
import type { Services } from '../services.ts';
import type { CustomerSessionRecord } from '../store/types.ts';
import type { RouteContext, RouteHandler, RouteHandlers, RouteOutput } from './types.ts';

async function readJsonBody(c: Context<AppEnv>): Promise<unknown> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ApiError('invalid_request', 'Send the body as JSON, with Content-Type: application/json', {
      field: 'Content-Type',
    });
  }
  const text = await c.req.text();
  if (text.trim() === '') throw new ApiError('invalid_request', 'The request needs a JSON body');
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError('invalid_request', 'The body is not valid JSON');
  }
}

/** Turns on checking every response against the contract (tests, URCARD_CHECK_RESPONSES). */
function checkResponse(route: RouteDef, name: RouteName, body: unknown): void {
  const result = route.response.safeParse(body);
  if (result.success) return;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.code}`).join('; ');
  throw new Error(`The ${name} response does not match the contract: ${problems}`);
}

/**
 * Mounts one route of the contract: sandbox-only check, key, card token, customer session, query and body parsed
 * with the route's schemas, Idempotency-Key, then the handler.
 */
function mountRoute<N extends RouteName>(app: Hono<AppEnv>, services: Services, name: N, handler: RouteHandler<N>) {
  const route: RouteDef = routes[name];
  const limit = bodyLimit({
    maxSize: services.config.bodyLimitBytes,
    onError: (c) =>
      errorResponse(
        c,
        new ApiError('payload_too_large', `The body is larger than ${services.config.bodyLimitBytes} bytes`),
      ),
  });
  app.on(route.method, route.path, limit, async (c) => {
    const { config, cards, store, clock } = services;
    if (route.sandboxOnly && config.payments !== 'sandbox') {
      throw new ApiError('sandbox_unavailable', 'Sandbox payments exist only on a server running in sandbox mode');
    }
    const address = clientAddress(c, config.trustProxy);
    const partner = route.auth === 'none' ? null : (await authenticate(c, services.partners, route.auth)).partner;
    handler.before?.({ c, services, clientAddress: address });

    const card =
      route.cardToken && partner ? await cards.cardFromToken(c.req.header(HEADERS.cardToken), partner) : null;
    let session: CustomerSessionRecord | null = null;
    const sessionToken = c.req.header(HEADERS.customerSession);
    if (
      partner &&
      (route.customerSession === 'required' || (route.customerSession === 'optional' && sessionToken !== undefined))
    ) {
      session = await cards.sessionFromToken(sessionToken, partner);
    }
    const query = route.query ? parseInput(route.query, c.req.query(), 'query') : undefined;
    const body = route.body ? parseInput(route.body, await readJsonBody(c), 'body') : undefined;
    const params = c.req.param() as Record<string, string>;
    const ctx = {
      name,
      c,
      services,
      partner,
      card,
      session,
      body,
      query,
      params,
      requestId: c.get('requestId'),
      clientAddress: address,
      seed: null,
    } as RouteContext<N>;

    const key = route.idempotent ? c.req.header(HEADERS.idempotencyKey) : undefined;
    let status = 200;
    let out: unknown;
    if (key !== undefined && partner) {
      checkIdempotencyKey(key);
      const result = await runIdempotent({
        store,
        clock,
        ttlMs: config.idempotencyTtlMs,
        partnerId: partner.id,
        key,
        requestHash: requestHash([name, params, card?.id ?? null, session?.id ?? null, body ?? null]),
        requestId: ctx.requestId,
        run: (seed) => handler.handle({ ...ctx, seed }),
        redact: (b) => (handler.redact ? handler.redact(b as RouteOutput<N>) : b),
        rehydrate: (stored) => (handler.rehydrate ? handler.rehydrate(stored, ctx) : Promise.resolve(stored)),
      });
      status = result.status;
      out = result.body;
      if (result.replayed) {
        c.set('replayed', true);
        c.header('Idempotent-Replayed', 'true');
      }
      if (status >= 400) {
        c.set('errorCode', (out as { error?: { code?: string } }).error?.code);
        return c.json(out as object, status as ContentfulStatusCode);
      }
    } else {
      out = await handler.handle(ctx);
    }
    if (config.checkResponses) checkResponse(route, name, out);
    return c.json(out as object, status as ContentfulStatusCode);
  });
}

export function mountRoutes(app: Hono<AppEnv>, services: Services, handlers: RouteHandlers): void {
  for (const name of Object.keys(routes) as RouteName[]) {
    mountRoute(app, services, name, handlers[name] as RouteHandler<typeof name>);
  }
}
