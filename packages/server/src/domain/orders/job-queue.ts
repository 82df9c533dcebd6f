import type { NewJob, StoreData } from '../../store/types.ts';

/**
 * The port through which the order phases hand work on: a job is queued inside the transaction that made it
 * due, and `wake()` after that transaction commits starts this instance's worker on it at once (other
 * instances hear of it from the store: LISTEN/NOTIFY on PostgreSQL, polling on SQLite).
 */
export interface JobQueue {
  /** False when a job with the same unique key exists already. */
  enqueue(tx: StoreData, job: NewJob, now: number): Promise<boolean>;
  wake(): void;
}

/** The job queue kept in the store's `jobs` table. */
export class StoreJobQueue implements JobQueue {
  readonly #listeners = new Set<() => void>();

  enqueue(tx: StoreData, job: NewJob, now: number): Promise<boolean> {
    return tx.enqueueJob(job, now);
  }

  wake(): void {
    for (const listener of this.#listeners) listener();
  }

  /** The worker's way in: called on every wake(). */
  onWake(listener: () => void): void {
    this.#listeners.add(listener);
  }
}
