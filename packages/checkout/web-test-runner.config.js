// web-test-runner: the widget's tests in Debian's Chromium, against the real reference server (@urcard/server).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

/** Fast timings: the carrier answers in 300 ms (the slow test card in 4 s), locks last 3 s. */
const FAST_SERVER = {
  host: '127.0.0.1',
  port: 0,
  log: false,
  checkResponses: true,
  seed: true,
  carrierDelayMs: 300,
  slowCarrierDelayMs: 4000,
  jobPollMs: 100,
  lockoutMs: 3000,
  scryptCost: 1024,
  verifyRateLimit: 100000,
};

/**
 * Starts, for the whole run, two reference servers on fresh SQLite files: one with sandbox payments, one with
 * Stripe payments against the server package's local fake of Stripe's HTTP API (Stripe itself is out of reach).
 * Tests read their addresses from /__urcard/env.json (src/test-support/env.ts).
 */
function referenceServerPlugin() {
  let sandbox;
  let shortQuotes;
  let stripe;
  let fake;
  let dir;
  let serverModule;
  let fakeModule;
  let airalo;
  let lowData;
  return {
    name: 'urcard-reference-server',
    async serverStart() {
      dir = mkdtempSync(join(tmpdir(), 'urcard-checkout-test-'));
      serverModule = await import('@urcard/server');
      // Reused, not copied: the fake of Stripe's API that the server's own tests use.
      fakeModule = await import('../server/src/test-support/fake-stripe.ts');
      sandbox = await serverModule.startServer({ ...FAST_SERVER, db: join(dir, 'sandbox.db'), payments: 'sandbox' });
      // Quotes that expire in 2 s, for the widget's re-quoting.
      shortQuotes = await serverModule.startServer({
        ...FAST_SERVER,
        db: join(dir, 'short-quotes.db'),
        payments: 'sandbox',
        quoteTtlMs: 2000,
      });
      // The Airalo carrier against the server package's fake of Airalo's API, with its signed low-data notices:
      // the card view then offers "also when my data runs low" (the auto-renew switch's tests).
      const fakeAiralo = await import('../server/src/test-support/fake-airalo/index.ts');
      airalo = await fakeAiralo.startFakeAiralo();
      const { PLANS } = await import('../server/src/domain/catalogue.ts');
      airalo.addSim(
        '8986010000000000026',
        PLANS.map((plan) => fakeAiralo.fakePackage(plan.id)),
      );
      lowData = await serverModule.startServer({
        ...FAST_SERVER,
        db: join(dir, 'low-data.db'),
        payments: 'sandbox',
        carrierName: 'airalo',
        airaloBaseUrl: airalo.url,
        ...fakeAiralo.FAKE_AIRALO_CREDENTIALS,
        airaloWebhookSecret: fakeAiralo.FAKE_AIRALO_WEBHOOK_SECRET,
      });
      fake = await fakeModule.startFakeStripe();
      stripe = await serverModule.startServer({
        ...FAST_SERVER,
        db: join(dir, 'stripe.db'),
        payments: 'stripe',
        ...fakeModule.FAKE_STRIPE_KEYS,
        stripeApiBase: fake.url,
      });
    },
    async serverStop() {
      await sandbox?.close();
      await shortQuotes?.close();
      await stripe?.close();
      await fake?.close();
      await lowData?.close();
      await airalo?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
    async serve(context) {
      if (context.path === '/__urcard/env.json') {
        return {
          body: JSON.stringify({
            apiBase: sandbox?.url ?? null,
            shortQuotesApiBase: shortQuotes?.url ?? null,
            stripeApiBase: stripe?.url ?? null,
            stripePublishableKey: fakeModule?.FAKE_STRIPE_KEYS.stripePublishableKey ?? null,
            lowDataApiBase: lowData?.url ?? null,
          }),
          type: 'json',
        };
      }
      // The server's catalogue text in English, for the test that looks for English left in the other locales.
      if (context.path === '/__urcard/catalogue-en.json') {
        const { en } = await import('../server/src/domain/catalogue-text/en.ts');
        return { body: JSON.stringify(en), type: 'json' };
      }
      // A customer session is made with the secret key, which stays here on the "partner's server" side.
      if (context.path === '/__urcard/customer-session') {
        const response = await fetch(`${sandbox.url}/v1/customer-sessions`, {
          method: 'POST',
          headers: { Authorization: 'Bearer sk_test_demo', 'Content-Type': 'application/json' },
          body: JSON.stringify({ customerId: context.query.customer ?? `cus-${Date.now()}` }),
        });
        return { body: await response.text(), type: 'json' };
      }
      // What Stripe does when Stripe.js confirms a payment: the PaymentIntent moves at Stripe (here the fake), and
      // Stripe posts the signed event to the server's webhook.
      if (context.path === '/__urcard/stripe/pay') {
        const { pi, pm = 'pm_card_visa' } = context.query;
        const event = fake.pay(String(pi), String(pm));
        const delivered = await fakeModule.deliverWebhook(
          `${stripe.url}${serverModule.STRIPE_WEBHOOK_PATH}`,
          event,
          fakeModule.FAKE_STRIPE_KEYS.stripeWebhookSecret,
        );
        return {
          body: JSON.stringify({
            status: fake.intent(String(pi)).status,
            event: event.type,
            webhook: delivered.status,
          }),
          type: 'json',
        };
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
