import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { ConfigError, resolveConfig, SETTINGS } from './config.ts';
import { PROMO_CODES } from './domain/promos.ts';
import { TEST_CARDS } from './domain/test-cards.ts';
import { helpText, parseFlags } from './flags.ts';
import { redact } from './log.ts';

describe('configuration', () => {
  it('has production defaults', () => {
    const config = resolveConfig();
    assert.equal(config.port, 8787);
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.db, '.urcard/urcard.db');
    assert.equal(config.payments, 'sandbox');
    assert.equal(config.seed, true);
    assert.equal(config.quoteTtlMs, 15 * 60_000);
    assert.equal(config.lockoutMs, 15 * 60_000);
    assert.equal(config.maxPinAttempts, 5);
    assert.equal(config.slowCarrierDelayMs, 120_000);
    assert.equal(config.autoRenewLeadDays, 3);
    assert.equal(config.idempotencyTtlMs, 24 * 3_600_000);
  });

  it('reads flags first, then the environment', () => {
    const flags = parseFlags([
      '--port',
      '9000',
      '--host=0.0.0.0',
      '--db',
      ':memory:',
      '--no-seed',
      '--log-level',
      'warn',
    ]);
    const config = resolveConfig(flags, {
      URCARD_PORT: '1',
      URCARD_DB: 'x.db',
      URCARD_QUOTE_TTL_MS: '1000',
      URCARD_TRUST_PROXY: 'yes',
    });
    assert.deepEqual(
      [config.port, config.host, config.db, config.seed, config.logLevel, config.quoteTtlMs, config.trustProxy],
      [9000, '0.0.0.0', ':memory:', false, 'warn', 1000, 1],
    );
    assert.equal(parseFlags(['--', '--port', '9001']).port, 9001, 'pnpm passes `--` through');
  });

  it('turns to stripe when STRIPE_SECRET_KEY is set, unless told otherwise, and seeds only the sandbox', () => {
    const stripe = resolveConfig({}, { STRIPE_SECRET_KEY: 'sk_test_x' });
    assert.deepEqual([stripe.payments, stripe.seed, stripe.stripeSecretKey], ['stripe', false, 'sk_test_x']);
    const sandbox = resolveConfig({}, { STRIPE_SECRET_KEY: 'sk_test_x', URCARD_PAYMENTS: 'sandbox' });
    assert.deepEqual([sandbox.payments, sandbox.seed], ['sandbox', true]);
    assert.equal(resolveConfig({ payments: 'sandbox' }, { STRIPE_SECRET_KEY: 'sk_test_x' }).seed, true);
  });

  it('refuses bad values with the setting named', () => {
    assert.throws(
      () => parseFlags(['--port', 'eighty']),
      (e: unknown) => e instanceof ConfigError && /--port/.test(e.message),
    );
    assert.throws(() => parseFlags(['--payments', 'paypal']), /sandbox, stripe/);
    assert.throws(() => parseFlags(['--colour']), /Unknown option --colour/);
    assert.throws(() => parseFlags(['--db']), /needs a value/);
    assert.throws(() => resolveConfig({}, { URCARD_SEED: 'maybe' }), /URCARD_SEED/);
    assert.throws(() => resolveConfig({}, { URCARD_SCRYPT_COST: '1000' }), /power of two/);
  });

  it('documents every setting in --help, without secret values', () => {
    const help = helpText();
    for (const setting of Object.values(SETTINGS)) assert.ok(help.includes(setting.env), setting.env);
    assert.ok(!help.includes('urcard-development-card-hash-key'));
  });
});

describe('log redaction', () => {
  it('drops secret fields and masks long digit runs', () => {
    const out = redact({
      pin: '1234',
      cardNumber: '8986010000000000018',
      nested: { clientSecret: 'pi_1_secret_2', note: 'card 8986010000000000018 failed', count: 3 },
      list: [{ token: 'ct_abc' }],
    });
    assert.deepEqual(out, {
      pin: '[redacted]',
      cardNumber: '[redacted]',
      nested: { clientSecret: '[redacted]', note: 'card …0018 failed', count: 3 },
      list: [{ token: '[redacted]' }],
    });
  });
});

describe('documentation', () => {
  it('docs/server.md lists every setting, docs/testing.md every test card and promo code', async () => {
    const server = await readFile(new URL('../../../docs/server.md', import.meta.url), 'utf8');
    for (const [key, setting] of Object.entries(SETTINGS)) {
      assert.ok(server.includes(`\`${setting.env}\``), setting.env);
      assert.ok(server.includes(`\`${key}\``), key);
      if (setting.flag) assert.ok(server.includes(`\`${setting.flag}\``), setting.flag);
    }
    const testing = await readFile(new URL('../../../docs/testing.md', import.meta.url), 'utf8');
    for (const card of TEST_CARDS) assert.ok(testing.includes(card.number), card.number);
    for (const promo of PROMO_CODES) assert.ok(testing.includes(promo.code), promo.code);
  });
});

describe('a database that cannot be reached at start', () => {
  it('is a configuration error in one line, without the password', async () => {
    const { createServices } = await import('./services.ts');
    await assert.rejects(
      createServices({ databaseUrl: 'postgres://urcard:s3cretpw@127.0.0.1:1/urcard', log: false }),
      (error: unknown) =>
        error instanceof ConfigError &&
        /cannot reach the database at postgres:\/\/urcard:\*\*\*@127\.0\.0\.1:1\/urcard \(ECONNREFUSED\)/.test(
          error.message,
        ) &&
        !error.message.includes('s3cretpw'),
    );
  });
});
