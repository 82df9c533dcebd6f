import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RouteDef } from '@urcard/sdk';
import { EVENT_TYPES, routes } from '@urcard/sdk';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { TestServer } from '../test-support/harness.ts';
import { CARDS, SK, startTestServer } from '../test-support/harness.ts';
import { openApiPath } from './document.ts';

describe('OpenAPI document and reference docs', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  it('describes every route of the contract, with its key, parameters and schemas, for this host', async () => {
    const response = await server.api.raw('GET', '/v1/openapi.json');
    assert.equal(response.status, 200);
    const doc = (await response.json()) as {
      openapi: string;
      servers: { url: string }[];
      paths: Record<
        string,
        Record<string, { operationId: string; security: unknown[]; parameters?: { name: string; in: string }[] }>
      >;
    };
    assert.equal(doc.openapi, '3.1.0');
    assert.deepEqual(doc.servers, [{ url: server.url }]);
    for (const [name, route] of Object.entries(routes) as [string, RouteDef][]) {
      const op = doc.paths[openApiPath(route.path)]?.[route.method.toLowerCase()];
      assert.equal(op?.operationId, name, `${route.method} ${route.path} is described`);
      assert.deepEqual(
        op.security,
        route.auth === 'none'
          ? []
          : route.auth === 'secret'
            ? [{ secretKey: [] }]
            : [{ publishableKey: [] }, { secretKey: [] }],
      );
      const names = (op.parameters ?? []).map((p) => `${p.in}:${p.name}`);
      for (const [, param] of route.path.matchAll(/:([A-Za-z]+)/g)) assert.ok(names.includes(`path:${param}`));
      if (route.cardToken) assert.ok(names.includes('header:Urcard-Card-Token'), `${name} takes the card token`);
    }
    const list = doc.paths['/v1/orders']!.get!.parameters!.map((p) => `${p.in}:${p.name}`);
    assert.deepEqual(list, [
      'query:limit',
      'query:starting_after',
      'query:status',
      'query:cardId',
      'query:createdAfter',
      'query:createdBefore',
    ]);
  });

  it('describes what each event type POSTs to a webhook endpoint, and real events match it', async () => {
    const doc = (await (await server.api.raw('GET', '/v1/openapi.json')).json()) as {
      webhooks: Record<string, { post: { parameters: { name: string }[] } }>;
    };
    assert.deepEqual(Object.keys(doc.webhooks).sort(), [...EVENT_TYPES].sort());
    assert.deepEqual(
      doc.webhooks['renewal.completed']!.post.parameters.map((p) => p.name),
      ['webhook-id', 'webhook-timestamp', 'webhook-signature'],
    );
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    ajv.addSchema(doc as object, 'openapi');
    const validate = ajv.getSchema('openapi#/components/schemas/Event')!;
    const { order } = await server.api.order(CARDS.active);
    await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    await server.api.waitForOrder(order.id, (o) => o.status === 'completed');
    const events = await server.api.ok('listEvents', { key: SK, query: { limit: '20' } });
    assert.ok(events.data.length >= 4);
    for (const event of events.data) assert.ok(validate(event), `${event.type}: ${ajv.errorsText(validate.errors)}`);
  });

  it('serves Scalar from this server at /docs, with nothing loaded from elsewhere', async () => {
    const page = await server.api.raw('GET', '/docs');
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    const html = await page.text();
    assert.match(html, /<script src="\/docs\/scalar.js"><\/script>/);
    assert.match(html, /url: '\/v1\/openapi.json'/);
    assert.doesNotMatch(html, /https?:\/\//, 'no CDN');
    const csp = page.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /https?:/);
    const bundle = await server.api.raw('GET', '/docs/scalar.js');
    assert.equal(bundle.status, 200);
    assert.match(bundle.headers.get('content-type') ?? '', /javascript/);
    assert.match(await bundle.text(), /createApiReference/);
  });
});
