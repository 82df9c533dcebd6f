// The system under test, started for real: the reference server (sandbox payments, a fresh SQLite file) and the
// demo static server that serves the built example pages and the standalone bundle, the way a partner would.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningServer, type ServerOptions, startServer } from '@urcard/server';
import { mounts, startDemoServer } from '../../scripts/demo-server.js';

export const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');

export const PK = 'pk_test_demo';
export const PIN = '1234';
/** The sandbox's test cards (docs/testing.md). */
export const CARDS = {
  active: '8986010000000000018',
  expiring: '8986010000000000026',
  expired: '8986010000000000034',
  suspended: '8986010000000000042',
  carrierRejects: '8986010000000000059',
  slowCarrier: '8986010000000000067',
} as const;

/**
 * Short timings so that a real browser walks the whole flow in seconds. The carrier answers well within the
 * widget's first poll (2 s); the slow card stays `provisioning` long enough to reload the page in between.
 */
export const E2E_SETTINGS: ServerOptions = {
  carrierDelayMs: 150,
  slowCarrierDelayMs: 5_000,
  jobPollMs: 50,
  schedulerIntervalMs: 3_600_000,
  scryptCost: 1024,
  verifyRateLimit: 10_000,
};

/** Files the tests need from `pnpm -r build`, keyed by what they are. */
export const BUILT: Record<string, string> = {
  'standalone bundle': join(mounts['/cdn/'], 'urcard-checkout.js'),
  'travel-site example': join(mounts['/travel-site/'], 'index.html'),
  'React example': join(mounts['/react/'], 'index.html'),
  'Vue example': join(mounts['/vue/'], 'index.html'),
  'vanilla example': join(mounts['/vanilla/'], 'index.html'),
};

/** Fails with a clear message when the packages and examples have not been built. */
export function assertBuilt(files: Record<string, string> = BUILT): void {
  const missing = Object.entries(files).filter(([, file]) => !existsSync(file));
  if (missing.length === 0) return;
  const list = missing.map(([what, file]) => `  - ${what}: ${relative(ROOT, file)}`).join('\n');
  throw new Error(
    `The end-to-end tests use the built packages and examples, and these are missing:\n${list}\n` +
      'Run `pnpm -r build` at the repository root first.',
  );
}

export interface Stack {
  /** The reference server, e.g. `http://127.0.0.1:41234`. */
  api: RunningServer;
  /** The demo static server, e.g. `http://127.0.0.1:41235`. */
  demoUrl: string;
  /** Stops both servers and deletes the database folder. */
  stop(): Promise<void>;
}

/** Starts the reference server on a free port with a fresh database, and the demo server pointing at it. */
export async function startStack(options: ServerOptions = {}): Promise<Stack> {
  assertBuilt();
  const dir = await mkdtemp(join(tmpdir(), 'urcard-e2e-'));
  const api = await startServer({
    port: 0,
    host: '127.0.0.1',
    db: join(dir, 'urcard.db'),
    payments: 'sandbox',
    log: false,
    ...E2E_SETTINGS,
    ...options,
  });
  const demo = await startDemoServer({ port: 0, host: '127.0.0.1', apiBase: api.url });
  return {
    api,
    demoUrl: demo.url,
    async stop() {
      await demo.close();
      await api.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
