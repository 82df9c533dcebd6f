// docs/sdk.md must stay true: its renewal example runs against a scripted server, and its tables list every
// client method and every error code with the status and retryability the code has.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { createClient } from './client.ts';
import { ERROR_CODES, ERROR_HTTP_STATUS } from './contract/common.ts';
import { isRetryable } from './errors.ts';
import { CARD_NUMBER, cardSession, ORDER_ID, order, planList, quote } from './test-support/fixtures.ts';
import { setup } from './test-support/setup.ts';

const docPath = fileURLToPath(new URL('../../../docs/sdk.md', import.meta.url));
const doc = await readFile(docPath, 'utf8');
const run = promisify(execFile);

describe('docs/sdk.md', () => {
  it('the complete renewal runs as written', async () => {
    const block = /## A complete renewal[\s\S]*?```ts\n([\s\S]*?)```/.exec(doc)?.[1];
    assert.ok(block, 'found the renewal example');
    assert.ok(block.split('\n').length <= 30, 'it stays short');

    const { server } = await setup();
    const receipt = {
      number: 'R-1',
      planName: 'Basic 30 days',
      tier: 'basic' as const,
      amount: { amount: 1350, currency: 'USD' },
      paymentMethod: { type: 'sandbox' as const, brand: null, last4: null },
      maskedCardNumber: '•••• •••• 0018',
      previousExpiresAt: '2026-08-01T00:00:00Z',
      newExpiresAt: '2026-08-31T00:00:00Z',
      issuedAt: '2026-07-12T10:01:00Z',
      seller: 'Demo Travel',
      subtotal: { amount: 1500, currency: 'USD' },
      discount: { amount: 150, currency: 'USD' },
      promoCode: 'WELCOME10',
      autoRenewal: null,
    };
    server.handle((req) => {
      const route = `${req.method} ${req.path}`;
      if (route === 'POST /v1/cards/verify') return { json: cardSession() };
      if (route === 'GET /v1/plans') return { json: planList() };
      if (route === 'POST /v1/quotes') return { json: quote() };
      if (route === 'POST /v1/orders') return { json: order('requires_payment') };
      if (route === `POST /v1/orders/${ORDER_ID}/sandbox-payment`) return { json: order('processing') };
      if (route === `GET /v1/orders/${ORDER_ID}`) return { json: order('completed', { receipt }) };
      return { status: 404, json: { error: { code: 'not_found', message: route, requestId: 'r' } } };
    });

    const dir = await mkdtemp(join(tmpdir(), 'urcard-docs-'));
    try {
      const file = join(dir, 'renewal.ts');
      const indexUrl = pathToFileURL(fileURLToPath(new URL('./index.ts', import.meta.url))).href;
      await writeFile(
        file,
        block
          .replace("'@urcard/sdk'", JSON.stringify(indexUrl))
          .replace("'http://127.0.0.1:8787'", JSON.stringify(server.url)),
      );
      const { stdout, stderr } = await run(process.execPath, ['--conditions=source', file], { timeout: 20_000 });
      assert.equal(stderr, '');
      assert.deepEqual(stdout.trim().split('\n'), [
        '•••• •••• 0018: active, 20 days left',
        'order completed',
        'renewed until 2026-08-31T00:00:00Z',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const routes = server.requests.map((r) => `${r.method} ${r.path}`);
    assert.deepEqual(routes, [
      'POST /v1/cards/verify',
      'GET /v1/plans',
      'POST /v1/quotes',
      'POST /v1/orders',
      `POST /v1/orders/${ORDER_ID}/sandbox-payment`,
      `GET /v1/orders/${ORDER_ID}`,
    ]);
    assert.deepEqual(server.requests[0]?.body, { cardNumber: CARD_NUMBER, pin: '1234' });
    assert.deepEqual(server.requests[2]?.body, { planId: 'basic-30', currency: 'USD', promoCode: 'TRAVEL10' });
  });

  it('documents every client method', () => {
    const client = createClient({ apiBase: 'http://127.0.0.1:1', publishableKey: 'pk_test_demo' });
    const methods = Object.entries(client).flatMap(([name, value]) =>
      typeof value === 'function' ? [name] : Object.keys(value).map((method) => `${name}.${method}`),
    );
    assert.equal(methods.length, 14);
    for (const method of methods) assert.ok(doc.includes(`| \`${method}(`), `method table lists ${method}`);
  });

  it('documents every error code with its status and retryability', () => {
    const rows = new Map(
      [...doc.matchAll(/^\| `([a-z_]+)` \| (\w+) \| (yes|no)[^|]* \|/gm)].map((m) => [
        m[1],
        { status: m[2], retryable: m[3] },
      ]),
    );
    assert.deepEqual([...rows.keys()].sort(), [...ERROR_CODES].sort());
    for (const code of ERROR_CODES) {
      const row = rows.get(code);
      const status = ERROR_HTTP_STATUS[code];
      if (code !== 'invalid_response') assert.equal(row?.status, String(status), code);
      assert.equal(row?.retryable, isRetryable(code, status) ? 'yes' : 'no', code);
    }
  });
});
