import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { openStore } from '../../store/open.ts';
import type { Store } from '../../store/types.ts';
import type { Child } from '../child-server.ts';
import { kill, spawnServer } from '../child-server.ts';
import { freshDatabase } from '../databases.ts';
import { CARDS } from '../harness.ts';
import { fakePackage } from './packages.ts';
import type { FakeAiralo } from './server.ts';
import { startFakeAiralo } from './server.ts';
import { CRASH_TEST_ENV, fakeAiraloChildEnv } from './server-settings.ts';

/** What a SIGKILL test of the Airalo carrier works with (see airaloCrashSuite). */
export interface CrashWorld {
  /** The fake Airalo, with the eSIM of the test card …0018 selling `basic-30`. */
  fake: FakeAiralo;
  /** The servers' database, read directly by the test. */
  store: Store;
  /** Every child server started, in order (their output is kept). */
  servers: Child[];
  /** Starts a child server on the database, with the fake as its carrier. */
  spawn(): Promise<Child>;
  /** Airalo holds its answer to the next matching request (released at the end whatever happens). */
  hold(method: string, path: RegExp): ReturnType<FakeAiralo['schedule']>;
}

/**
 * The setting of the Airalo SIGKILL tests, for the enclosing `describe`: a temporary folder, and for each `run` a
 * fake Airalo, a fresh database, child servers with a short job lease (`extraEnv` added to their environment), all
 * stopped and removed afterwards.
 */
export function airaloCrashSuite(name: string) {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), `urcard-${name}-`));
  });
  after(() => rm(dir, { recursive: true, force: true }));
  return {
    async run(extraEnv: Record<string, string>, body: (world: CrashWorld) => Promise<void>): Promise<void> {
      const fake = await startFakeAiralo();
      fake.addSim(CARDS.active, [fakePackage('basic-30')]);
      const database = await freshDatabase(dir);
      const store = await openStore(database.settings);
      const env = fakeAiraloChildEnv(fake.url, { ...CRASH_TEST_ENV, ...extraEnv });
      const servers: Child[] = [];
      const held: ReturnType<FakeAiralo['schedule']>[] = [];
      try {
        await body({
          fake,
          store,
          servers,
          async spawn() {
            const child = await spawnServer(database.flags, env);
            servers.push(child);
            return child;
          },
          hold(method, path) {
            const one = fake.schedule(method, path, { kind: 'slow' });
            held.push(one);
            return one;
          },
        });
      } finally {
        for (const one of held) one.release();
        for (const server of servers) if (server.process.exitCode === null) await kill(server);
        await store.close();
        await database.drop();
        await fake.close();
      }
    },
  };
}
