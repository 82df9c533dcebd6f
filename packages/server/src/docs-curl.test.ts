// Every curl example of docs/webhooks.md and docs/back-office.md, run with the real curl binary against a server
// started here. The docs write the server and the key as `$URCARD_API` and `$URCARD_SECRET_KEY`, and ids from
// earlier answers as `$ORDER_ID`, `$CARD_ID`, `$EVENT_ID` and `$ENDPOINT_ID`: each block gets them fresh.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import type { TestServer } from './test-support/harness.ts';
import { CARDS, SK, startTestServer } from './test-support/harness.ts';
import { WebhookReceiver } from './test-support/webhook-receiver.ts';

const run = promisify(execFile);
const DOCS = ['webhooks.md', 'back-office.md'] as const;
/** The variables the examples may use; anything else is a mistake in the docs. */
const PLACEHOLDERS = ['URCARD_API', 'URCARD_SECRET_KEY', 'ORDER_ID', 'CARD_ID', 'EVENT_ID', 'ENDPOINT_ID'];

/** The ```sh blocks of a page whose first command (comments and blank lines aside) is curl. */
function curlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```sh\n([\s\S]*?)^```$/gm)]
    .map((m) => m[1]!)
    .filter((block) =>
      block
        .split('\n')
        .find((line) => line.trim() !== '' && !line.trim().startsWith('#'))
        ?.startsWith('curl '),
    );
}

/**
 * `curl` as the block calls it, with --fail-with-body (a 4xx or 5xx fails the block, the body shown) and the
 * status of each call on stderr, so that a 3xx (which --fail lets pass) is seen too.
 */
const PRELUDE = `set -euo pipefail
curl() { command curl --fail-with-body -w '%{stderr}HTTP %{http_code}\\n' "$@"; }
`;

describe('the curl examples of the docs run against a real server', () => {
  let server: TestServer;
  let receiver: WebhookReceiver;
  before(async () => {
    server = await startTestServer();
    receiver = await new WebhookReceiver().start();
  });
  after(async () => {
    await server.stop();
    await receiver.stop();
  });

  /** What a block's variables name: a completed order of the active test card, its card, an event, an endpoint. */
  async function fixtures(): Promise<Record<string, string>> {
    const { order } = await server.api.order(CARDS.active, {}, { email: 'docs@example.com' });
    await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    await server.api.waitForOrder(order.id, (o) => o.status === 'completed');
    const events = await server.api.ok('listEvents', { key: SK, query: { type: 'renewal.completed', limit: '1' } });
    const endpoint = await server.api.ok('createWebhookEndpoint', { key: SK, body: { url: receiver.url } });
    return {
      URCARD_API: server.url,
      URCARD_SECRET_KEY: SK,
      ORDER_ID: order.id,
      CARD_ID: (await server.services.store.getOrder(order.id))!.cardId,
      EVENT_ID: events.data[0]!.id,
      ENDPOINT_ID: endpoint.id,
    };
  }

  for (const doc of DOCS) {
    it(`docs/${doc}: every curl block exits 0, each call answered 2xx`, async () => {
      const markdown = await readFile(new URL(`../../../docs/${doc}`, import.meta.url), 'utf8');
      const blocks = curlBlocks(markdown);
      assert.ok(blocks.length >= 4, `docs/${doc} has its curl examples (found ${blocks.length})`);
      for (const block of blocks) {
        const used = [...block.matchAll(/\$\{?([A-Z_]+)/g)].map((m) => m[1]!);
        for (const name of used) assert.ok(PLACEHOLDERS.includes(name), `unknown placeholder $${name} in:\n${block}`);
        assert.ok(!/…/.test(block.replace(/^\s*#.*$/gm, '')), `an elided value (…) outside comments:\n${block}`);
        const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', ...(await fixtures()) };
        const calls = block.split('\n').filter((line) => /^curl /.test(line)).length;
        let result: { stdout: string; stderr: string };
        try {
          // Bounded: a curl that hangs is stopped (the server answers in milliseconds).
          result = await run('bash', ['-c', PRELUDE + block], { env, timeout: 30_000 });
        } catch (error) {
          const e = error as { code?: number; stdout?: string; stderr?: string };
          assert.fail(`exit ${e.code} of\n${block}\nstdout: ${e.stdout}\nstderr: ${e.stderr}`);
        }
        const statuses = [...result.stderr.matchAll(/^HTTP (\d{3})$/gm)].map((m) => Number(m[1]));
        assert.equal(statuses.length, calls, `${calls} calls answered in:\n${block}\n${result.stderr}`);
        for (const status of statuses) assert.ok(status >= 200 && status < 300, `HTTP ${status} in:\n${block}`);
        for (const body of result.stdout.split(/(?<=})\s*(?={)/)) {
          assert.doesNotThrow(() => JSON.parse(body), `a JSON answer: ${body}`);
        }
      }
    });
  }
});
