// web-test-runner: the widget's tests in Debian's Chromium, against the real reference server (@urcard/server).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

/** Starts one reference server (sandbox payments, fast timings, fresh SQLite file) for the whole run. */
function referenceServerPlugin() {
  let server;
  let dir;
  return {
    name: 'urcard-reference-server',
    async serverStart() {
      dir = mkdtempSync(join(tmpdir(), 'urcard-checkout-test-'));
      // Until @urcard/server exports startServer, tests that need it fail with a clear message.
      const { startServer } = await import('@urcard/server').catch(() => ({}));
      if (typeof startServer === 'function') {
        server = await startServer({
          port: 0,
          host: '127.0.0.1',
          db: join(dir, 'urcard.db'),
          payments: 'sandbox',
          log: false,
          checkResponses: true,
          // Fast timings: the carrier answers in 300 ms (the slow test card in 4 s), locks last 3 s.
          carrierDelayMs: 300,
          slowCarrierDelayMs: 4000,
          jobPollMs: 100,
          lockoutMs: 3000,
          scryptCost: 1024,
          verifyRateLimit: 100000,
        });
      }
    },
    async serverStop() {
      await server?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
    // Tests read the server's address from here (see src/test-support/env.ts).
    async serve(context) {
      if (context.path === '/__urcard/env.json') {
        return { body: JSON.stringify({ apiBase: server?.url ?? null }), type: 'json' };
      }
      // A customer session is made with the secret key, which stays here on the "partner's server" side.
      if (context.path === '/__urcard/customer-session') {
        const response = await fetch(`${server.url}/v1/customer-sessions`, {
          method: 'POST',
          headers: { Authorization: 'Bearer sk_test_demo', 'Content-Type': 'application/json' },
          body: JSON.stringify({ customerId: context.query.customer ?? `cus-${Date.now()}` }),
        });
        return { body: await response.text(), type: 'json' };
      }
    },
  };
}

export default {
  files: 'src/**/*.test.ts',
  concurrency: 1,
  concurrentBrowsers: 1,
  nodeResolve: { exportConditions: ['source', 'browser'] },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-sync',
        ],
      },
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), referenceServerPlugin()],
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
};
