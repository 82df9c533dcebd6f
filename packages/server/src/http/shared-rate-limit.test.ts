import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { kill, spawnServer } from '../test-support/child-server.ts';
import { freshDatabase, TEST_ENGINE } from '../test-support/databases.ts';
import { Api, CARDS, PIN } from '../test-support/harness.ts';

describe(`rate limits shared by instances (${TEST_ENGINE})`, () => {
  it('two server processes on one database count one verify limit together', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'urcard-limit-'));
    const database = await freshDatabase(dir);
    const env = {
      URCARD_SCRYPT_COST: '1024',
      URCARD_SCHEDULER_INTERVAL_MS: '3600000',
      URCARD_VERIFY_RATE_LIMIT: '3',
      URCARD_VERIFY_RATE_WINDOW_MS: '60000',
      URCARD_RATE_LIMIT_STORE: 'database',
    };
    const servers = [await spawnServer(database.flags, env), await spawnServer(database.flags, env)];
    try {
      const apis = servers.map((s) => new Api(s.url));
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) {
        const answer = await apis[i % 2]!.call('verifyCard', { body: { cardNumber: CARDS.active, pin: PIN } });
        statuses.push(answer.status);
      }
      assert.deepEqual(statuses, [200, 200, 200, 429, 429, 429, 429, 429]);
    } finally {
      await Promise.all(servers.map(kill));
      await database.drop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
