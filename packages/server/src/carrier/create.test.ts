import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { systemClock } from '../clock.ts';
import { ConfigError, resolveConfig } from '../config.ts';
import { createLogger } from '../log.ts';
import { openStore } from '../store/open.ts';
import { createCarrier } from './create.ts';

const CLI = fileURLToPath(new URL('../cli.ts', import.meta.url));

describe('choosing the carrier', () => {
  it('is the simulated one by default, Airalo with URCARD_CARRIER=airalo and its credentials', async () => {
    const store = await openStore({ db: ':memory:' });
    try {
      const deps = { store, clock: systemClock, log: createLogger(false) };
      assert.equal(createCarrier(resolveConfig({}, {}), deps).name, 'simulated');
      const env = { URCARD_CARRIER: 'airalo', URCARD_AIRALO_CLIENT_ID: 'id', URCARD_AIRALO_CLIENT_SECRET: 'secret' };
      const config = resolveConfig({}, env);
      assert.equal(config.airaloBaseUrl, 'https://partners-api.airalo.com', 'production by default');
      assert.equal(createCarrier(config, deps).name, 'airalo');
      assert.throws(
        () => createCarrier(resolveConfig({}, { URCARD_CARRIER: 'airalo', URCARD_AIRALO_CLIENT_ID: 'id' }), deps),
        (e: unknown) => e instanceof ConfigError && /URCARD_AIRALO_CLIENT_SECRET/.test(e.message),
      );
      assert.throws(
        () => resolveConfig({}, { URCARD_CARRIER: 'other' }),
        /URCARD_CARRIER must be one of simulated, airalo/,
      );
    } finally {
      await store.close();
    }
  });

  it('without credentials, the server does not start and says why in one line', async () => {
    const error = await promisify(execFile)(
      process.execPath,
      ['--conditions=source', CLI, '--host', '127.0.0.1', '--port', '0', '--db', ':memory:', '--payments', 'sandbox'],
      {
        env: { ...process.env, URCARD_CARRIER: 'airalo', URCARD_AIRALO_CLIENT_ID: '', URCARD_AIRALO_CLIENT_SECRET: '' },
      },
    ).catch((e: unknown) => e as { code: number; stderr: string });
    assert.equal((error as { code: number }).code, 2);
    assert.equal(
      (error as { stderr: string }).stderr,
      'urcard-server: URCARD_CARRIER=airalo needs URCARD_AIRALO_CLIENT_ID and URCARD_AIRALO_CLIENT_SECRET\n',
    );
  });
});
