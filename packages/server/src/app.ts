import { Hono } from 'hono';
import { ApiError } from './errors.ts';
import { cors } from './http/cors.ts';
import type { AppEnv } from './http/env.ts';
import { errorResponse, toApiError } from './http/errors.ts';
import { requestId } from './http/request-id.ts';
import { requestLog } from './http/request-log.ts';
import { securityHeaders } from './http/security.ts';
import { docsApp, openApiApp } from './openapi/docs.ts';
import { WEBHOOKS_BASE_PATH } from './payments/provider.ts';
import { ROUTE_HANDLERS } from './routes/index.ts';
import { mountRoutes } from './routes/mount.ts';
import type { Services } from './services.ts';

/**
 * The HTTP app: request id and log, security headers, CORS, every route of the contract, the payment provider's
 * webhooks (a sub-app), and JSON errors for everything else. Runtime-neutral (Hono): startServer serves it on Node.
 */
export function createApp(services: Services): Hono<AppEnv> {
  const { config, store, clock, log, orders, provider, carrier } = services;
  const app = new Hono<AppEnv>();
  app.use(requestId());
  app.use(requestLog(log));
  app.route('/', docsApp());
  app.use(securityHeaders());
  app.use(cors(services.partners));
  mountRoutes(app, services, ROUTE_HANDLERS);
  const webhooks = provider.webhooks?.({
    applyPaymentEvent: (event) => orders.applyPaymentEvent(event),
    config,
    store,
    clock,
    log,
  });
  if (webhooks) app.route(WEBHOOKS_BASE_PATH, webhooks);
  const carrierWebhooks = carrier.webhooks?.({ lowData: (notice) => orders.lowData.receive(notice), log });
  if (carrierWebhooks) app.route(`${WEBHOOKS_BASE_PATH}/${carrier.name}`, carrierWebhooks);
  app.route('/', openApiApp());
  app.notFound((c) => errorResponse(c, new ApiError('not_found', `No route ${c.req.method} ${c.req.path}`)));
  app.onError((error, c) => errorResponse(c, toApiError(error, c, log)));
  return app;
}
