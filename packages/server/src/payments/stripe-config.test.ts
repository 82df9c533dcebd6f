import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ConfigError, resolveConfig } from '../config.ts';
import { createServices } from '../services.ts';
import { FAKE_STRIPE_KEYS } from '../test-support/fake-stripe.ts';
import { createPaymentProvider } from './index.ts';
import { StripePaymentProvider, stripeApiAddress, stripeOptionsFromConfig } from './stripe.ts';

const stripeConfig = (settings: Parameters<typeof resolveConfig>[0] = {}) =>
  resolveConfig({ payments: 'stripe', db: ':memory:', ...settings });

/** Runs the CLI with these arguments and environment; resolves with its exit code and stderr. */
function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));
  const child = spawn(process.execPath, ['--conditions=source', cli, '--port', '0', '--db', ':memory:', ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe('Stripe mode configuration', () => {
  it('refuses to start without the secret key, saying what is missing and how to run without Stripe', async () => {
    await assert.rejects(createServices({ payments: 'stripe', db: ':memory:', log: false }), (error: Error) => {
      assert.ok(error instanceof ConfigError);
      assert.match(error.message, /STRIPE_SECRET_KEY/);
      assert.match(error.message, /STRIPE_PUBLISHABLE_KEY/);
      assert.match(error.message, /STRIPE_WEBHOOK_SECRET/);
      assert.match(error.message, /--payments sandbox/);
      return true;
    });
    assert.throws(
      () => stripeOptionsFromConfig(stripeConfig({ ...FAKE_STRIPE_KEYS, stripeSecretKey: null })),
      (error: Error) =>
        error instanceof ConfigError &&
        /needs STRIPE_SECRET_KEY \(/.test(error.message) &&
        !/PUBLISHABLE|WEBHOOK/.test(error.message),
    );
  });

  it('`--payments stripe` without a secret key: the CLI prints a clear error and exits 2', async () => {
    const { code, stderr } = await runCli(['--payments', 'stripe'], {});
    assert.equal(code, 2, stderr);
    assert.match(stderr, /^urcard-server: --payments stripe needs STRIPE_SECRET_KEY/);
    assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
  });

  it('STRIPE_SECRET_KEY alone turns stripe mode on, and the CLI asks for the rest without printing the key', async () => {
    const { code, stderr } = await runCli([], { STRIPE_SECRET_KEY: 'sk_test_doNotPrintMe' });
    assert.equal(code, 2, stderr);
    assert.match(stderr, /STRIPE_PUBLISHABLE_KEY/);
    assert.match(stderr, /STRIPE_WEBHOOK_SECRET/);
    assert.doesNotMatch(stderr, /needs STRIPE_SECRET_KEY/);
    assert.doesNotMatch(stderr, /doNotPrintMe/);
  });

  it('checks the kinds and modes of the keys', () => {
    const cases: [Partial<Record<keyof typeof FAKE_STRIPE_KEYS, string>>, RegExp][] = [
      [{ stripeSecretKey: 'pk_test_swapped' }, /STRIPE_SECRET_KEY must be a secret key .* not a publishable key/],
      [{ stripePublishableKey: 'sk_test_swapped' }, /STRIPE_PUBLISHABLE_KEY must be a publishable key/],
      [{ stripeWebhookSecret: 'sk_test_wrong' }, /STRIPE_WEBHOOK_SECRET must be a webhook signing secret/],
      [{ stripeSecretKey: 'sk_live_abc' }, /is a live key but STRIPE_PUBLISHABLE_KEY a test key/],
    ];
    for (const [keys, message] of cases) {
      assert.throws(
        () => stripeOptionsFromConfig(stripeConfig({ ...FAKE_STRIPE_KEYS, ...keys })),
        (error: Error) =>
          error instanceof ConfigError && message.test(error.message) && !/swapped|abc|wrong/.test(error.message),
      );
    }
    const restricted = stripeOptionsFromConfig(
      stripeConfig({ ...FAKE_STRIPE_KEYS, stripeSecretKey: 'rk_test_limited' }),
    );
    assert.equal(restricted.secretKey, 'rk_test_limited', 'restricted keys are fine');
  });

  it('reads STRIPE_API_BASE as host, port and protocol, and refuses what the stripe package cannot use', () => {
    assert.deepEqual(stripeApiAddress('http://127.0.0.1:12111'), { host: '127.0.0.1', port: 12111, protocol: 'http' });
    assert.deepEqual(stripeApiAddress('https://stripe.internal'), {
      host: 'stripe.internal',
      port: 443,
      protocol: 'https',
    });
    assert.deepEqual(stripeApiAddress('http://[::1]:8080/'), { host: '::1', port: 8080, protocol: 'http' });
    for (const bad of ['127.0.0.1:12111', 'ftp://127.0.0.1', 'http://127.0.0.1:12111/v1']) {
      assert.throws(() => stripeApiAddress(bad), ConfigError, bad);
      assert.throws(
        () => stripeOptionsFromConfig(stripeConfig({ ...FAKE_STRIPE_KEYS, stripeApiBase: bad })),
        ConfigError,
      );
    }
  });

  it('builds the Stripe provider in stripe mode and the sandbox otherwise', async () => {
    const stripe = await createPaymentProvider(stripeConfig({ ...FAKE_STRIPE_KEYS }));
    assert.ok(stripe instanceof StripePaymentProvider);
    assert.equal(stripe.name, 'stripe');
    assert.equal((await createPaymentProvider(resolveConfig({ payments: 'sandbox' }))).name, 'sandbox');
  });
});
