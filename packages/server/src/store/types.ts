import type { EngineKind } from './engine.ts';
import type { CardStoreData } from './records/cards.ts';
import type { EventStoreData } from './records/events.ts';
import type { JobStoreData } from './records/jobs.ts';
import type { LowDataStoreData } from './records/low-data.ts';
import type { OrderStoreData } from './records/orders.ts';
import type { ReadingStoreData } from './records/readings.ts';

// The records and the store's interface, one file per aggregate in records/; imported from here.
export * from './records/cards.ts';
export * from './records/events.ts';
export * from './records/jobs.ts';
export * from './records/low-data.ts';
export * from './records/orders.ts';
export * from './records/readings.ts';

/**
 * Everything the server keeps, behind one interface. Every method is atomic on its own; several calls that
 * must happen together go inside `Store.transaction`. Methods are async so that a networked database
 * (PostgreSQL) can implement the same interface.
 */
export interface StoreData
  extends CardStoreData,
    OrderStoreData,
    JobStoreData,
    EventStoreData,
    ReadingStoreData,
    LowDataStoreData {}

export interface Store extends StoreData {
  readonly kind: EngineKind;
  /** Where the data lives, for logs (a PostgreSQL URL without its password). */
  readonly location: string;
  /** Runs `fn` only when no other instance runs the same `name` (the scheduler pass); null when one does. */
  exclusive<T>(name: string, owner: string, fn: () => Promise<T>): Promise<T | null>;
  /** Called when another instance queued jobs (PostgreSQL); SQLite instances poll. */
  onJobsAnnounced(listener: () => void): void;
  /**
   * Runs `fn` in one transaction: all of its writes or none. `fn` must only call `tx` (not the store, not the
   * network): a slow call inside would hold every other request up, and `store.*` inside throws at once. A
   * serialization failure or a busy database runs `fn` again (a few times), so it must not have side effects.
   */
  transaction<T>(fn: (tx: StoreData) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
