import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { FreshDatabase } from '../test-support/databases.ts';
import { freshDatabase, TEST_ENGINE } from '../test-support/databases.ts';
import { CARDS, PIN, startTestServer } from '../test-support/harness.ts';
import { openStore } from './open.ts';
import type { Store } from './types.ts';

const run = promisify(execFile);
const SCRIPT = fileURLToPath(new URL('../test-support/store-process.ts', import.meta.url));

/** Runs `action` in `n` processes at once on the database; each returns what it saw. */
async function inProcesses<T>(database: FreshDatabase, action: string, n: number): Promise<T[]> {
  const env = { ...process.env, URCARD_TEST_STORE: JSON.stringify(database.settings), URCARD_TEST_ACTION: action };
  const outputs = await Promise.all(
    Array.from({ length: n }, () => run(process.execPath, ['--conditions=source', SCRIPT], { env, timeout: 60_000 })),
  );
  return outputs.map((o) => JSON.parse(o.stdout) as T);
}

describe(`store under concurrency, several processes (${TEST_ENGINE})`, () => {
  let dir: string;
  let database: FreshDatabase;
  let store: Store;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'urcard-race-'));
    database = await freshDatabase(dir);
    store = await openStore(database.settings);
  });
  after(async () => {
    await store.close();
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('4 workers over 200 jobs: each job claimed once', async () => {
    const now = Date.now();
    for (let i = 0; i < 200; i++)
      await store.enqueueJob({ type: 'refund_order', uniqueKey: `race:${i}`, payload: {} }, now);
    const claimed = (await inProcesses<string[]>(database, 'claim-jobs', 4)).flat();
    assert.equal(claimed.length, 200, 'every job claimed');
    assert.equal(new Set(claimed).size, 200, 'no job claimed twice');
    const jobs = await store.listJobs({ type: 'refund_order' });
    assert.deepEqual([...new Set(jobs.map((j) => `${j.status}/${j.attempts}`))], ['done/1']);
  });

  it('50 concurrent claims of one idempotency key: one winner', async () => {
    const wins = await inProcesses<number>(database, 'claim-key', 5);
    assert.equal(
      wins.reduce((a, b) => a + b, 0),
      1,
    );
  });

  it('40 concurrent PIN attempts and rate-limit hits: each counted once', async () => {
    const counts = (await inProcesses<number[]>(database, 'count-pins', 4)).flat().sort((a, b) => a - b);
    assert.deepEqual(
      counts,
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    const hits = (await inProcesses<number[]>(database, 'rate', 4)).flat().sort((a, b) => a - b);
    assert.deepEqual(
      hits,
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
  });
});

describe(`PIN bursts over HTTP (${TEST_ENGINE})`, () => {
  it('20 concurrent wrong PINs: exactly the configured number judged, then locked, the right PIN too', async () => {
    const server = await startTestServer({ maxPinAttempts: 5 });
    try {
      const answers = await Promise.all(
        Array.from({ length: 20 }, () =>
          server.api.call('verifyCard', { body: { cardNumber: CARDS.active, pin: '0000' } }),
        ),
      );
      const codes = answers.map((a) => (a.body as { error: { code: string } }).error.code);
      assert.equal(codes.filter((c) => c === 'invalid_credentials').length, 4, 'four wrong answers, then the lock');
      assert.equal(codes.filter((c) => c === 'card_locked').length, 16);
      await server.api.fails('verifyCard', 'card_locked', { body: { cardNumber: CARDS.active, pin: PIN } });
    } finally {
      await server.stop();
    }
  });

  it('a burst with the right PIN in it: at most the configured number of guesses judged', async () => {
    const server = await startTestServer({ maxPinAttempts: 5 });
    try {
      const pins = Array.from({ length: 12 }, (_, i) => (i === 7 ? PIN : `00${String(i).padStart(2, '0')}`));
      const answers = await Promise.all(
        pins.map((pin) => server.api.call('verifyCard', { body: { cardNumber: CARDS.expiring, pin } })),
      );
      const wrong = answers.filter(
        (a) => (a.body as { error?: { code: string } }).error?.code === 'invalid_credentials',
      );
      const right = answers.filter((a) => a.status === 200);
      // Counted before judged: only the first 5 counted are judged. A right PIN among them clears the count, so
      // guesses counted after it start again (the guesser had the PIN already): at most 4 wrong before it, 5 after.
      if (right.length === 0) assert.ok(wrong.length <= 5, `${wrong.length} wrong guesses judged`);
      else assert.ok(wrong.length <= 9, `${wrong.length} wrong guesses judged around the right one`);
      assert.ok(right.length + wrong.length <= 5 || right.length === 1, `${right.length + wrong.length} judged`);
    } finally {
      await server.stop();
    }
  });
});

describe(`sandbox payments racing (${TEST_ENGINE})`, () => {
  it('two payments of one order at once: one goes through, the other is refused, one charge', async () => {
    const server = await startTestServer();
    try {
      const { order } = await server.api.order(CARDS.active);
      const answers = await Promise.all(
        [0, 1, 2].map(() =>
          server.api.call('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } }),
        ),
      );
      assert.deepEqual(answers.map((a) => a.status).sort(), [200, 409, 409]);
      await server.api.waitForOrder(order.id, (o) => o.status === 'completed');
      assert.deepEqual(
        (await server.services.store.listPayments(order.id)).map((p) => p.kind),
        ['charge'],
      );
    } finally {
      await server.stop();
    }
  });
});
