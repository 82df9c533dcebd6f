import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { systemClock } from '../clock.ts';
import { createLogger } from '../log.ts';
import type { JobRecord, JobType, Store } from '../store/types.ts';
import { JOB_TYPES } from '../store/types.ts';
import { openTestStore } from '../test-support/databases.ts';
import type { JobHandler } from './worker.ts';
import { backoffMs, JobWorker } from './worker.ts';

describe('job worker', () => {
  let dir: string;
  let store: Store;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'urcard-jobs-'));
    store = await openTestStore(dir);
  });
  after(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  const until = async (what: string, check: () => Promise<boolean>, timeoutMs = 5000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      assert.ok(Date.now() < deadline, `timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  const worker = (handlers: Partial<Record<JobType, JobHandler>>, maxAttempts = 10) => {
    const none: JobHandler = { run: async () => {} };
    return new JobWorker({
      store,
      clock: systemClock,
      log: createLogger(false),
      handlers: {
        ...(Object.fromEntries(JOB_TYPES.map((t) => [t, none])) as Record<JobType, JobHandler>),
        ...handlers,
      },
      pollMs: 20,
      concurrency: 4,
      leaseMs: 300,
      maxAttempts,
    });
  };

  it('backs off exponentially up to 5 minutes', () => {
    assert.deepEqual([1, 2, 3, 4].map(backoffMs), [1000, 2000, 4000, 8000]);
    assert.equal(backoffMs(30), 300_000);
  });

  it('queues a unique key once, runs the job, and marks it done', async () => {
    const seen: string[] = [];
    const w = worker({ refund_order: { run: async (job) => void seen.push(String(job.payload.n)) } });
    assert.equal(
      await store.enqueueJob({ type: 'refund_order', uniqueKey: 'u1', payload: { n: 1 } }, Date.now()),
      true,
    );
    assert.equal(
      await store.enqueueJob({ type: 'refund_order', uniqueKey: 'u1', payload: { n: 2 } }, Date.now()),
      false,
    );
    w.start();
    await until('the job', async () => (await store.listJobs({ status: 'done' })).length === 1);
    await w.stop();
    assert.deepEqual(seen, ['1']);
  });

  it('retries a failing job later, and gives up after the last attempt', async () => {
    let calls = 0;
    const dead: JobRecord[] = [];
    const w = worker(
      {
        auto_renew: {
          run: async () => {
            calls++;
            throw new Error('carrier down');
          },
          onDead: async (job) => void dead.push(job),
        },
      },
      2,
    );
    await store.enqueueJob({ type: 'auto_renew', uniqueKey: 'fails', payload: {} }, Date.now());
    w.start();
    await until('the job to die', async () => dead.length === 1, 4000);
    await w.stop();
    assert.equal(calls, 2);
    const [job] = await store.listJobs({ type: 'auto_renew' });
    assert.equal(job?.status, 'dead');
    assert.match(job?.lastError ?? '', /carrier down/);
  });

  it('keeps the lease of a long job, and another worker takes over a job whose worker died', async () => {
    let release: () => void = () => {};
    const started: string[] = [];
    const long: JobHandler = {
      run: (_job, signal) =>
        new Promise<void>((resolve, reject) => {
          started.push('a');
          release = resolve;
          signal.addEventListener('abort', () => reject(signal.reason));
        }),
    };
    const a = worker({ provision_order: long });
    await store.enqueueJob({ type: 'provision_order', uniqueKey: 'long', payload: {} }, Date.now());
    a.start();
    await until('worker a to start', async () => started.length === 1);
    const b = worker({ provision_order: { run: async () => void started.push('b') } });
    b.start();
    await new Promise((r) => setTimeout(r, 700)); // over two lease lengths: a renews it, b must not take it
    assert.deepEqual(started, ['a']);
    await b.stop();
    release();
    await until(
      'the long job',
      async () => (await store.listJobs({ type: 'provision_order', status: 'done' })).length === 1,
    );
    await a.stop();

    // A worker that vanished without stopping (a killed process) leaves its job running with a lease that lapses.
    await store.enqueueJob({ type: 'provision_order', uniqueKey: 'orphan', payload: {} }, Date.now());
    const claimed = await store.claimJobs({ now: Date.now(), limit: 1, leaseMs: 200, owner: 'wkr_dead' });
    assert.equal(claimed[0]?.uniqueKey, 'orphan');
    const c = worker({ provision_order: { run: async () => void started.push('c') } });
    c.start();
    await until('the orphan to be taken over', async () => started.includes('c'), 3000);
    await c.stop();
    const orphan = (await store.listJobs({ type: 'provision_order' })).find((j) => j.uniqueKey === 'orphan');
    assert.deepEqual([orphan?.status, orphan?.attempts], ['done', 2]);
  });
});
