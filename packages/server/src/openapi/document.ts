import type { RouteDef, RouteName } from '@urcard/sdk';
import { EVENT_TYPES, errorBodySchema, eventSchema, HEADERS, routes } from '@urcard/sdk';
import * as z from 'zod/mini';
import { VERSION } from '../version.ts';

type JsonSchema = Record<string, unknown>;

/** The contract's zod schema as JSON Schema 2020-12 (what OpenAPI 3.1 uses), without its `$schema` line. */
export function jsonSchema(schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _, ...out } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });
  return out as JsonSchema;
}

/** `/v1/orders/:orderId` → `/v1/orders/{orderId}`. */
export const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

/** `listOrders` → `List orders`, for routes without a summary of their own. */
const humanize = (name: string) => {
  const words = name.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** The resource a route belongs to (`/v1/customer-session/cards` → `customer-session`), its tag. */
const tagOf = (path: string) => path.split('/')[2] ?? 'api';

const header = (name: string, required: boolean, description: string) => ({
  name,
  in: 'header',
  required,
  description,
  schema: { type: 'string' },
});

function parameters(route: RouteDef): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const [, name] of route.path.matchAll(/:([A-Za-z]+)/g)) {
    out.push({ name, in: 'path', required: true, schema: { type: 'string' } });
  }
  if (route.query) {
    const query = jsonSchema(route.query, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, schema] of Object.entries(query.properties ?? {})) {
      out.push({ name, in: 'query', required: query.required?.includes(name) ?? false, schema });
    }
  }
  if (route.cardToken === true) out.push(header(HEADERS.cardToken, true, 'The card token of `POST /v1/cards/verify`.'));
  if (route.cardToken === 'optional')
    out.push(
      header(
        HEADERS.cardToken,
        false,
        "A card token of the order's card: without it a publishable key gets `payment.clientSecret: null`.",
      ),
    );
  if (route.customerSession) {
    out.push(
      header(
        HEADERS.customerSession,
        route.customerSession === 'required',
        'A customer session of `POST /v1/customer-sessions`.',
      ),
    );
  }
  if (route.idempotent) {
    out.push(header(HEADERS.idempotencyKey, false, 'Makes retries safe: the same key answers the same response.'));
  }
  return out;
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
});

function security(route: RouteDef): Record<string, string[]>[] {
  if (route.auth === 'none') return [];
  if (route.auth === 'secret') return [{ secretKey: [] }];
  return [{ publishableKey: [] }, { secretKey: [] }];
}

function operation(name: RouteName, route: RouteDef): JsonSchema {
  const params = parameters(route);
  return {
    operationId: name,
    summary: humanize(name),
    tags: [tagOf(route.path)],
    security: security(route),
    ...(route.sandboxOnly ? { description: 'Served only when the server runs with sandbox payments.' } : {}),
    ...(params.length ? { parameters: params } : {}),
    ...(route.body
      ? {
          requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } },
        }
      : {}),
    responses: {
      '200': { description: 'OK', content: { 'application/json': { schema: jsonSchema(route.response, 'output') } } },
      '4XX': errorResponse('The request was refused; `error.code` says why.'),
      '5XX': errorResponse('The server could not answer; retry later.'),
    },
  };
}

/**
 * What the API POSTs to a partner's webhook endpoint, one entry per event type (OpenAPI 3.1 `webhooks`): the
 * event JSON, signed with the Standard Webhooks headers.
 */
function webhooks(): Record<string, JsonSchema> {
  const signed = ['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((name) => ({
    name,
    in: 'header',
    required: true,
    schema: { type: 'string' },
    description: 'Standard Webhooks: verify with `verifyWebhook` (@urcard/sdk) or any Standard Webhooks library.',
  }));
  return Object.fromEntries(
    EVENT_TYPES.map((type) => [
      type,
      {
        post: {
          operationId: `webhook_${type.replace(/\W/g, '_')}`,
          summary: `The ${type} event`,
          tags: ['webhooks'],
          // Authenticated by its signature headers, not by an API key.
          security: [],
          parameters: signed,
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Event' } } },
          },
          responses: { '2XX': { description: 'Received; any other answer is retried with backoff for 3 days.' } },
        },
      },
    ]),
  );
}

/** The OpenAPI 3.1 document of the HTTP API, generated from the contract (packages/sdk/src/contract). */
export function openApiDocument(serverUrl = 'http://127.0.0.1:8787'): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const [name, route] of Object.entries(routes) as [RouteName, RouteDef][]) {
    const path = openApiPath(route.path);
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(name, route) };
  }
  const tags = [...new Set(Object.values(routes).map((r) => tagOf(r.path)))].sort();
  return {
    openapi: '3.1.0',
    info: {
      title: 'UR card renewal API',
      version: VERSION,
      description:
        'Renew UR prepaid eSIM and phone cards. Browsers call with a publishable key (`pk_…`); back offices with a secret key (`sk_…`).',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: serverUrl }],
    tags: [
      ...tags.map((name) => ({ name, description: `The ${name} resource.` })),
      { name: 'webhooks', description: 'What the API sends to your webhook endpoints.' },
    ],
    paths,
    webhooks: webhooks(),
    components: {
      securitySchemes: {
        publishableKey: { type: 'http', scheme: 'bearer', description: 'A publishable key, `pk_…`.' },
        secretKey: { type: 'http', scheme: 'bearer', description: 'A secret key, `sk_…`; never in a browser.' },
      },
      schemas: { ErrorBody: jsonSchema(errorBodySchema, 'output'), Event: jsonSchema(eventSchema, 'output') },
    },
  };
}
