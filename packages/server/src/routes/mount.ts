import type { RouteDef, RouteName } from '@urcard/sdk';
import { routes } from '@urcard/sdk';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import { authenticate } from '../http/auth.ts';
import { limitBody } from '../http/body.ts';
import type { AppEnv } from '../http/env.ts';
import { idempotency } from '../http/idempotency.ts';
import { sandboxOnly } from '../http/sandbox-only.ts';
import { cardToken, customerSession } from '../http/tokens.ts';
import { parseBody, parseQuery } from '../http/validate.ts';
import type { Services } from '../services.ts';
import type { RouteContext, RouteHandler, RouteHandlers, RouteOutput } from './types.ts';

/** What the handler gets, from what the middleware before it set. */
function routeContext<N extends RouteName>(c: Context<AppEnv>, name: N, services: Services): RouteContext<N> {
  return {
    name,
    c,
    services,
    partner: c.var.partner ?? null,
    keyKind: c.var.keyKind ?? null,
    card: c.var.card ?? null,
    session: c.var.session ?? null,
    body: c.var.body,
    query: c.var.query,
    params: c.req.param() as Record<string, string>,
    requestId: c.var.requestId,
    seed: c.var.seed ?? null,
  } as RouteContext<N>;
}

/** The last step: the handler's answer as JSON, kept in `c.var.output` for the idempotency step. */
const respond =
  <N extends RouteName>(name: N, services: Services, handler: RouteHandler<N>) =>
  async (c: Context<AppEnv>) => {
    const out = await handler.handle(routeContext(c, name, services));
    c.set('output', out);
    return c.json(out as object);
  };

/** Parses every successful answer with the contract (tests, URCARD_CHECK_RESPONSES): a mismatch is an error. */
const checkResponse = (route: RouteDef, name: RouteName) =>
  createMiddleware<AppEnv>(async (c, next) => {
    await next();
    if (c.res.status >= 400) return;
    const result = route.response.safeParse(await c.res.clone().json());
    if (result.success) return;
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.code}`).join('; ');
    throw new Error(`The ${name} response does not match the contract: ${problems}`);
  });

/**
 * The steps of one route of the contract, each only where the route needs it: body limit, sandbox-only check,
 * key, the route's own middleware (rate limits), card token, customer session, query and body parsed with the
 * route's schemas, Idempotency-Key; then the handler.
 */
export function routeMiddleware<N extends RouteName>(
  services: Services,
  name: N,
  handler: RouteHandler<N>,
): MiddlewareHandler<AppEnv>[] {
  const { config, cards, partners, store, clock } = services;
  const route: RouteDef = routes[name];
  const steps: (MiddlewareHandler<AppEnv> | false | undefined)[] = [
    config.checkResponses && checkResponse(route, name),
    route.body && limitBody(Math.max(config.bodyLimitBytes, route.maxBodyBytes ?? 0)),
    route.sandboxOnly && sandboxOnly(config),
    route.auth !== 'none' && authenticate(partners, route.auth),
    ...(handler.use?.(services) ?? []),
    route.cardToken && cardToken(cards, route.cardToken),
    route.customerSession && customerSession(cards, route.customerSession),
    route.query && parseQuery(route.query),
    route.body && parseBody(route.body),
    route.idempotent &&
      idempotency({
        store,
        clock,
        ttlMs: config.idempotencyTtlMs,
        scope: name,
        redact: handler.redact && ((body) => handler.redact!(body as RouteOutput<N>)),
        rehydrate: handler.rehydrate && ((stored, c) => handler.rehydrate!(stored, routeContext(c, name, services))),
      }),
  ];
  return steps.filter((step): step is MiddlewareHandler<AppEnv> => typeof step === 'function');
}

export function mountRoutes(app: Hono<AppEnv>, services: Services, handlers: RouteHandlers): void {
  for (const name of Object.keys(routes) as RouteName[]) {
    const handler = handlers[name] as RouteHandler<typeof name>;
    const { method, path } = routes[name];
    const named = createMiddleware<AppEnv>(async (c, next) => {
      c.set('routePath', path);
      await next();
    });
    app.on(method, [path], named, ...routeMiddleware(services, name, handler), respond(name, services, handler));
  }
}
