// A separate process on the store under test, for concurrency tests: `node --conditions=source store-process.ts`
// with URCARD_TEST_STORE (JSON of openStore options) and URCARD_TEST_ACTION; prints one JSON line with the result.
import { newId } from '../ids.ts';
import { openStore } from '../store/open.ts';
import { idempotencyRecord } from './records.ts';

const options = JSON.parse(process.env.URCARD_TEST_STORE ?? '{}');
const action = process.env.URCARD_TEST_ACTION;
const store = await openStore(options);
const owner = newId('wkr');
const wait = () => new Promise((r) => setTimeout(r, Math.random() * 3));
let result: unknown;
try {
  switch (action) {
    case 'claim-jobs': {
      // Claims in small batches until none is left, as a worker does.
      const claimed: string[] = [];
      for (let empty = 0; empty < 3; ) {
        const jobs = await store.claimJobs({ now: Date.now(), limit: 5, leaseMs: 600_000, owner });
        if (jobs.length === 0) empty++;
        for (const job of jobs) {
          claimed.push(job.id);
          await store.finishJob(job.id, owner, Date.now());
        }
        await wait();
      }
      result = claimed;
      break;
    }
    case 'claim-key': {
      const now = Date.now();
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => store.claimIdempotency(idempotencyRecord('race', now), now)),
      );
      result = answers.filter((a) => a.claimed).length;
      break;
    }
    case 'count-pins': {
      const counts = await Promise.all(
        Array.from({ length: 10 }, () => store.countPinAttempt('race', { now: Date.now(), memoryMs: 86_400_000 })),
      );
      result = counts.map((c) => c.failures);
      break;
    }
    case 'rate': {
      const hits = await Promise.all(Array.from({ length: 10 }, () => store.hitRateLimit('race', 600_000, Date.now())));
      result = hits.map((h) => h.count);
      break;
    }
    default:
      throw new Error(`unknown action ${action}`);
  }
} finally {
  await store.close();
}
process.stdout.write(`${JSON.stringify(result)}\n`);
