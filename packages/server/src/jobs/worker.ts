import type { Clock } from '../clock.ts';
import { newId } from '../ids.ts';
import type { Logger } from '../log.ts';
import type { JobRecord, JobType, Store } from '../store/types.ts';
import { requestedDelayMs } from './retry-later.ts';

export interface JobHandler {
  run(job: JobRecord, signal: AbortSignal): Promise<void>;
  /** Called once when the job has failed `maxAttempts` times and is given up. */
  onDead?(job: JobRecord, error: unknown): Promise<void>;
}

/** Jobs of some types, with their own number of places: provisioning never holds up a refund. */
export interface JobLane {
  types: readonly JobType[];
  concurrency: number;
}

export interface JobWorkerOptions {
  store: Store;
  clock: Clock;
  log: Logger;
  handlers: Record<JobType, JobHandler>;
  pollMs: number;
  /** One lane for every type with this concurrency, unless `lanes` is given. */
  concurrency?: number;
  lanes?: readonly JobLane[];
  leaseMs: number;
  maxAttempts?: number;
}

/** Wait before attempt n+1: 1 s, 2 s, 4 s … capped at 5 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(1000 * 2 ** Math.max(0, attempts - 1), 5 * 60_000);
}

/**
 * Runs the jobs queued in the database. It polls, and wakes at once when `notify()` says work was queued. A job
 * holds a lease that the worker renews while it runs; a job whose process died is taken up again when its
 * lease lapses (by any instance), never sooner. Each lane claims its own job types with its own places.
 */
export class JobWorker {
  readonly owner = newId('wkr');
  readonly #options: Required<Omit<JobWorkerOptions, 'concurrency' | 'lanes'>>;
  readonly #lanes: { types: readonly JobType[]; concurrency: number; running: Set<string> }[];
  readonly #running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  #timer: NodeJS.Timeout | undefined;
  #heartbeat: NodeJS.Timeout | undefined;
  #ticking = false;
  #again = false;
  #stopped = true;

  constructor(options: JobWorkerOptions) {
    const { concurrency = 8, lanes, ...rest } = options;
    this.#options = { maxAttempts: 10, ...rest };
    const all = Object.keys(options.handlers) as JobType[];
    this.#lanes = (lanes ?? [{ types: all, concurrency }]).map((l) => ({ ...l, running: new Set<string>() }));
  }

  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#timer = setInterval(() => this.notify(), this.#options.pollMs);
    this.#timer.unref();
    const beat = Math.max(50, Math.floor(this.#options.leaseMs / 3));
    this.#heartbeat = setInterval(() => void this.#renewLeases(), beat);
    this.#heartbeat.unref();
    this.notify();
  }

  /** Looks for due work now. */
  notify(): void {
    if (this.#stopped) return;
    if (this.#ticking) {
      this.#again = true;
      return;
    }
    void this.#tick();
  }

  get runningCount(): number {
    return this.#running.size;
  }

  /** Stops taking work, aborts what runs, and puts it back as pending for the next start. */
  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    clearInterval(this.#timer);
    clearInterval(this.#heartbeat);
    for (const { controller } of this.#running.values()) controller.abort(new Error('server stopping'));
    await Promise.allSettled([...this.#running.values()].map((r) => r.done));
    await this.#options.store.releaseJobs(this.owner, this.#options.clock.now());
  }

  async #tick(): Promise<void> {
    this.#ticking = true;
    try {
      do {
        this.#again = false;
        const { store, clock, leaseMs } = this.#options;
        for (const lane of this.#lanes) {
          const free = lane.concurrency - lane.running.size;
          if (free <= 0 || this.#stopped) continue;
          const jobs = await store.claimJobs({
            now: clock.now(),
            limit: free,
            leaseMs,
            owner: this.owner,
            types: lane.types,
          });
          for (const job of jobs) if (!this.#running.has(job.id)) this.#start(job, lane.running);
          if (jobs.length === free) this.#again = true;
        }
      } while (this.#again && !this.#stopped);
    } catch (error) {
      this.#options.log.error('job worker could not claim work', { error });
    } finally {
      this.#ticking = false;
    }
  }

  #start(job: JobRecord, lane: Set<string>): void {
    const controller = new AbortController();
    lane.add(job.id);
    const done = this.#run(job, controller.signal).finally(() => {
      this.#running.delete(job.id);
      lane.delete(job.id);
      this.notify();
    });
    this.#running.set(job.id, { controller, done });
  }

  async #run(job: JobRecord, signal: AbortSignal): Promise<void> {
    const { store, clock, log, handlers, maxAttempts } = this.#options;
    const handler = handlers[job.type];
    try {
      await handler.run(job, signal);
      await store.finishJob(job.id, this.owner, clock.now());
      log.debug('job done', { jobId: job.id, type: job.type, attempts: job.attempts });
    } catch (error) {
      if (signal.aborted) return; // stopping: released as pending by stop()
      const dead = job.attempts >= maxAttempts;
      const now = clock.now();
      log.warn(dead ? 'job failed for good' : 'job failed, will retry', {
        jobId: job.id,
        type: job.type,
        attempts: job.attempts,
        error,
      });
      await store
        .retryJob(job.id, this.owner, {
          runAt: now + Math.max(backoffMs(job.attempts), requestedDelayMs(error)),
          error: String(error),
          dead,
          now,
        })
        .catch((e: unknown) => log.error('could not record a job failure', { jobId: job.id, error: e }));
      if (dead) {
        await handler
          .onDead?.(job, error)
          .catch((e: unknown) => log.error('job give-up handler failed', { jobId: job.id, error: e }));
      }
    }
  }

  async #renewLeases(): Promise<void> {
    if (this.#running.size === 0) return;
    const { store, clock, leaseMs, log } = this.#options;
    await store
      .renewJobLeases([...this.#running.keys()], this.owner, clock.now() + leaseMs)
      .catch((error: unknown) => log.error('could not renew job leases', { error }));
  }
}
