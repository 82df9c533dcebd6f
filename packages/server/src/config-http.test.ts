import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, resolveConfig } from './config.ts';
import { parseFlags } from './flags.ts';

describe('HTTP settings', () => {
  it('takes trustProxy as a hop count, and true/false as 1/0', () => {
    assert.equal(resolveConfig().trustProxy, 0);
    assert.equal(resolveConfig({}, { URCARD_TRUST_PROXY: '2' }).trustProxy, 2);
    assert.equal(resolveConfig({}, { URCARD_TRUST_PROXY: 'true' }).trustProxy, 1);
    assert.equal(resolveConfig({}, { URCARD_TRUST_PROXY: 'false' }).trustProxy, 0);
    assert.equal(parseFlags(['--trust-proxy']).trustProxy, 1, 'alone: one proxy');
    assert.deepEqual(parseFlags(['--trust-proxy', '--port', '1']), { trustProxy: 1, port: 1 });
    assert.equal(parseFlags(['--trust-proxy', '3']).trustProxy, 3);
    assert.equal(parseFlags(['--trust-proxy=false']).trustProxy, 0);
    assert.throws(() => resolveConfig({}, { URCARD_TRUST_PROXY: 'many' }), /URCARD_TRUST_PROXY/);
  });

  it('has timeouts and a connection cap, and refuses a headers timeout beyond the request timeout', () => {
    const config = resolveConfig();
    assert.deepEqual(
      [config.requestTimeoutMs, config.headersTimeoutMs, config.keepAliveTimeoutMs, config.maxConnections],
      [10_000, 5_000, 5_000, 4096],
    );
    assert.equal(resolveConfig({}, { URCARD_MAX_CONNECTIONS: '10' }).maxConnections, 10);
    assert.throws(
      () => resolveConfig({}, { URCARD_REQUEST_TIMEOUT_MS: '1000', URCARD_HEADERS_TIMEOUT_MS: '2000' }),
      (e: unknown) => e instanceof ConfigError && /HEADERS_TIMEOUT/.test(e.message),
    );
    assert.equal(resolveConfig({ requestTimeoutMs: 0, headersTimeoutMs: 2000 }).headersTimeoutMs, 2000);
  });

  it('parses flags with node:util parseArgs as documented', () => {
    assert.deepEqual(parseFlags(['--seed=false']), { seed: false });
    assert.deepEqual(parseFlags(['--seed', '--no-reset-test-cards']), { seed: true, resetTestCards: false });
    assert.deepEqual(parseFlags(['-h']), { help: true });
    assert.throws(
      () => parseFlags(['stray']),
      (e: unknown) => e instanceof ConfigError && /stray/.test(e.message),
    );
    assert.throws(() => parseFlags(['--no-port']), /Unknown option --no-port/);
    assert.throws(() => parseFlags(['--seed=maybe']), /--seed must be true or false/);
  });
});
