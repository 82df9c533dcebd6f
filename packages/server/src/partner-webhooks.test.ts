import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Webhook } from 'standardwebhooks';
import { encryptionKeys } from './config.ts';
import { CARDS, startTestServer, until } from './test-support/harness.ts';
import { SecretBox } from './webhooks/secret-box.ts';

const EXAMPLE = fileURLToPath(new URL('../../../examples/server-integration/server.js', import.meta.url));

describe('examples/server-integration receives webhooks', () => {
  it('a renewal reaches the partner backend, verified, and the official standardwebhooks verifier accepts it', async () => {
    const server = await startTestServer({ webhookRetryBaseMs: 200 });
    const partner = spawn(process.execPath, [EXAMPLE], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', URCARD_API_BASE: server.url, URCARD_DEMO_SEED: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const base = await new Promise<string>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`partner backend not ready: ${out}`)), 20_000);
        partner.stdout.on('data', (chunk: Buffer) => {
          out += chunk;
          const match = /Partner backend on (http:\/\/[^/ ]+)\/ .*webhooks/.exec(out);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        });
        partner.stderr.on('data', (chunk: Buffer) => (out += chunk));
        partner.once('exit', (code) => reject(new Error(`partner backend exited ${code}: ${out}`)));
      });
      const { order } = await server.api.order(CARDS.active);
      await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
      type Seen = {
        received: { type: string; raw: string; headers: Record<string, string> }[];
        api: { type: string }[];
      };
      let seen: Seen = { received: [], api: [] };
      await until(
        'renewal.completed at the partner',
        async () => {
          seen = (await (await fetch(`${base}/events`)).json()) as Seen;
          return seen.received.some((r) => r.type === 'renewal.completed');
        },
        15_000,
      );
      assert.ok(
        seen.api.some((e) => e.type === 'renewal.completed'),
        'the event list shows it too',
      );
      // The endpoint's secret, as the partner got it when registering (listed endpoints do not show it).
      // It is stored sealed (URCARD_ENCRYPTION_KEY): opened here with the server's key.
      const endpoints = await server.services.store.listWebhookEndpoints('ptr_demo');
      const endpoint = endpoints.find((e) => e.url === `${base}/webhooks`);
      assert.ok(endpoint, 'the example registered its endpoint');
      const secret = new SecretBox(encryptionKeys(server.services.config)).open(endpoint.secret, endpoint.id);
      const completed = seen.received.find((r) => r.type === 'renewal.completed')!;
      const verified = new Webhook(secret).verify(completed.raw, completed.headers) as { type: string };
      assert.equal(verified.type, 'renewal.completed');
    } finally {
      partner.kill('SIGTERM');
      await server.stop();
    }
  });
});
