import type * as z from 'zod/mini';
import { listOrdersQuerySchema, orderListSchema, refundOrderRequestSchema } from './back-office.ts';
import { importCardsRequestSchema, importCardsResponseSchema } from './card-import.ts';
import {
  cardSessionSchema,
  currentCardResponseSchema,
  setAutoRenewRequestSchema,
  verifyCardRequestSchema,
} from './cards.ts';
import { boundCardListSchema, createCustomerSessionRequestSchema, customerSessionSchema } from './customers.ts';
import { eventListSchema, eventSchema, listEventsQuerySchema } from './events.ts';
import { healthSchema } from './health.ts';
import {
  createOrderRequestSchema,
  orderSchema,
  sandboxChallengeRequestSchema,
  sandboxPaymentRequestSchema,
} from './orders.ts';
import { listPlansQuerySchema, planListSchema } from './plans.ts';
import { createQuoteRequestSchema, quoteSchema } from './quotes.ts';
import {
  createWebhookEndpointRequestSchema,
  deletedWebhookEndpointSchema,
  redeliverEventResponseSchema,
  updateWebhookEndpointRequestSchema,
  webhookDeliveryListSchema,
  webhookEndpointListSchema,
  webhookEndpointSchema,
  webhookEndpointWithSecretSchema,
} from './webhooks.ts';

/** Headers the API reads besides `Authorization: Bearer pk_…|sk_…`. */
export const HEADERS = {
  cardToken: 'Urcard-Card-Token',
  customerSession: 'Urcard-Customer-Session',
  idempotencyKey: 'Idempotency-Key',
  requestId: 'Request-Id',
  retryAfter: 'Retry-After',
  stripeSignature: 'Stripe-Signature',
} as const;

export type KeyKind = 'publishable' | 'secret';

export interface RouteDef {
  method: 'GET' | 'POST' | 'DELETE';
  /** Hono-style path; `:name` segments are path parameters. */
  path: string;
  /** The least key that may call it: `publishable` routes accept secret keys too. */
  auth: KeyKind | 'none';
  /** `true`: required; `optional`: checked only when sent (it may unlock more of the answer). */
  cardToken: boolean | 'optional';
  /** `required`, `optional` (binds a verified card to the customer) or absent. */
  customerSession?: 'required' | 'optional';
  /** Accepts an `Idempotency-Key` header. */
  idempotent?: boolean;
  /** Only served when the server runs with sandbox payments. */
  sandboxOnly?: boolean;
  /** A body limit of its own when the route takes more than the server's `URCARD_BODY_LIMIT_BYTES` (bulk calls). */
  maxBodyBytes?: number;
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  response: z.ZodMiniType;
}

/** The HTTP API, once. The SDK builds requests from it and the server mounts and validates with it. */
export const routes = {
  health: { method: 'GET', path: '/v1/health', auth: 'none', cardToken: false, response: healthSchema },
  verifyCard: {
    method: 'POST',
    path: '/v1/cards/verify',
    auth: 'publishable',
    cardToken: false,
    customerSession: 'optional',
    body: verifyCardRequestSchema,
    response: cardSessionSchema,
  },
  currentCard: {
    method: 'GET',
    path: '/v1/cards/current',
    auth: 'publishable',
    cardToken: true,
    response: currentCardResponseSchema,
  },
  setAutoRenew: {
    method: 'POST',
    path: '/v1/cards/current/auto-renew',
    auth: 'publishable',
    cardToken: true,
    body: setAutoRenewRequestSchema,
    response: currentCardResponseSchema,
  },
  listPlans: {
    method: 'GET',
    path: '/v1/plans',
    auth: 'publishable',
    cardToken: true,
    query: listPlansQuerySchema,
    response: planListSchema,
  },
  createQuote: {
    method: 'POST',
    path: '/v1/quotes',
    auth: 'publishable',
    cardToken: true,
    body: createQuoteRequestSchema,
    response: quoteSchema,
  },
  createOrder: {
    method: 'POST',
    path: '/v1/orders',
    auth: 'publishable',
    cardToken: true,
    idempotent: true,
    body: createOrderRequestSchema,
    response: orderSchema,
  },
  getOrder: {
    method: 'GET',
    path: '/v1/orders/:orderId',
    auth: 'publishable',
    cardToken: 'optional',
    response: orderSchema,
  },
  listOrders: {
    method: 'GET',
    path: '/v1/orders',
    auth: 'secret',
    cardToken: false,
    query: listOrdersQuerySchema,
    response: orderListSchema,
  },
  supportSetAutoRenew: {
    method: 'POST',
    path: '/v1/cards/:cardId/auto-renew',
    auth: 'secret',
    cardToken: false,
    body: setAutoRenewRequestSchema,
    response: currentCardResponseSchema,
  },
  importCards: {
    method: 'POST',
    path: '/v1/cards/import',
    auth: 'secret',
    cardToken: false,
    idempotent: true,
    // 500 cards of 22 digits with 8-digit PINs are about 30 KB of JSON.
    maxBodyBytes: 64 * 1024,
    body: importCardsRequestSchema,
    response: importCardsResponseSchema,
  },
  refundOrder: {
    method: 'POST',
    path: '/v1/orders/:orderId/refund',
    auth: 'secret',
    cardToken: false,
    idempotent: true,
    body: refundOrderRequestSchema,
    response: orderSchema,
  },
  sandboxPay: {
    method: 'POST',
    path: '/v1/orders/:orderId/sandbox-payment',
    auth: 'publishable',
    cardToken: false,
    sandboxOnly: true,
    idempotent: true,
    body: sandboxPaymentRequestSchema,
    response: orderSchema,
  },
  sandboxChallenge: {
    method: 'POST',
    path: '/v1/orders/:orderId/sandbox-payment/challenge',
    auth: 'publishable',
    cardToken: false,
    sandboxOnly: true,
    idempotent: true,
    body: sandboxChallengeRequestSchema,
    response: orderSchema,
  },
  createCustomerSession: {
    method: 'POST',
    path: '/v1/customer-sessions',
    auth: 'secret',
    cardToken: false,
    idempotent: true,
    body: createCustomerSessionRequestSchema,
    response: customerSessionSchema,
  },
  listBoundCards: {
    method: 'GET',
    path: '/v1/customer-session/cards',
    auth: 'publishable',
    cardToken: false,
    customerSession: 'required',
    response: boundCardListSchema,
  },
  selectBoundCard: {
    method: 'POST',
    path: '/v1/customer-session/cards/:cardId/session',
    auth: 'publishable',
    cardToken: false,
    customerSession: 'required',
    response: cardSessionSchema,
  },
  listEvents: {
    method: 'GET',
    path: '/v1/events',
    auth: 'secret',
    cardToken: false,
    query: listEventsQuerySchema,
    response: eventListSchema,
  },
  getEvent: { method: 'GET', path: '/v1/events/:eventId', auth: 'secret', cardToken: false, response: eventSchema },
  redeliverEvent: {
    method: 'POST',
    path: '/v1/events/:eventId/redeliver',
    auth: 'secret',
    cardToken: false,
    response: redeliverEventResponseSchema,
  },
  createWebhookEndpoint: {
    method: 'POST',
    path: '/v1/webhook-endpoints',
    auth: 'secret',
    cardToken: false,
    body: createWebhookEndpointRequestSchema,
    response: webhookEndpointWithSecretSchema,
  },
  listWebhookEndpoints: {
    method: 'GET',
    path: '/v1/webhook-endpoints',
    auth: 'secret',
    cardToken: false,
    response: webhookEndpointListSchema,
  },
  getWebhookEndpoint: {
    method: 'GET',
    path: '/v1/webhook-endpoints/:endpointId',
    auth: 'secret',
    cardToken: false,
    response: webhookEndpointSchema,
  },
  updateWebhookEndpoint: {
    method: 'POST',
    path: '/v1/webhook-endpoints/:endpointId',
    auth: 'secret',
    cardToken: false,
    body: updateWebhookEndpointRequestSchema,
    response: webhookEndpointSchema,
  },
  deleteWebhookEndpoint: {
    method: 'DELETE',
    path: '/v1/webhook-endpoints/:endpointId',
    auth: 'secret',
    cardToken: false,
    response: deletedWebhookEndpointSchema,
  },
  rotateWebhookSecret: {
    method: 'POST',
    path: '/v1/webhook-endpoints/:endpointId/rotate-secret',
    auth: 'secret',
    cardToken: false,
    response: webhookEndpointWithSecretSchema,
  },
  listWebhookDeliveries: {
    method: 'GET',
    path: '/v1/webhook-endpoints/:endpointId/deliveries',
    auth: 'secret',
    cardToken: false,
    response: webhookDeliveryListSchema,
  },
} as const satisfies Record<string, RouteDef>;

export type Routes = typeof routes;
export type RouteName = keyof Routes;
/** The parsed response type of a route. */
export type RouteResponse<N extends RouteName> = z.infer<Routes[N]['response']>;

/** Fills `:name` segments of a route path, URL-encoding each value. */
export function routePath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`Missing path parameter ${name} for ${path}`);
    return encodeURIComponent(value);
  });
}
