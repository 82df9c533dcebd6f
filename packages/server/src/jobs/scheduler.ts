import type { Clock } from '../clock.ts';
import { DAY_MS } from '../clock.ts';
import type { ServerConfig } from '../config.ts';
import { announceExpiringCards } from '../domain/events/card-events.ts';
import type { OrderService } from '../domain/orders.ts';
import { newId } from '../ids.ts';
import type { Logger } from '../log.ts';
import type { Store } from '../store/types.ts';

export interface SchedulerOptions {
  store: Store;
  clock: Clock;
  config: ServerConfig;
  log: Logger;
  orders: OrderService;
  /** Wakes the job worker after new jobs are queued. */
  notify: () => void;
}

export interface SchedulerRun {
  autoRenewQueued: number;
  unpaidCanceled: number;
  purged: number;
  /** `card.expiring_soon` events recorded. */
  expiringAnnounced: number;
}

/**
 * Periodic work: queues auto-renewals of cards that expire within the lead time, cancels orders never paid,
 * and deletes expired records. Queuing is idempotent (one auto-renew job per card and expiry date).
 */
export class Scheduler {
  readonly #o: SchedulerOptions;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<SchedulerRun> | null = null;
  readonly #owner = newId('sch');

  constructor(options: SchedulerOptions) {
    this.#o = options;
  }

  start(): void {
    this.#timer = setInterval(() => void this.runOnce().catch(() => {}), this.#o.config.schedulerIntervalMs);
    this.#timer.unref();
    void this.runOnce().catch(() => {});
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    await this.#running?.catch(() => {});
  }

  /**
   * One pass; concurrent calls share the pass in progress, and while another instance runs its pass this one
   * does nothing (all zeros).
   */
  runOnce(): Promise<SchedulerRun> {
    this.#running ??= this.#o.store
      .exclusive('scheduler', this.#owner, () => this.#pass())
      .then((run) => run ?? { autoRenewQueued: 0, unpaidCanceled: 0, purged: 0, expiringAnnounced: 0 })
      .finally(() => {
        this.#running = null;
      });
    return this.#running;
  }

  async #pass(): Promise<SchedulerRun> {
    const { store, clock, config, log, orders } = this.#o;
    const now = clock.now();
    let autoRenewQueued = 0;
    try {
      const due = await store.listAutoRenewCandidates(now + config.autoRenewLeadDays * DAY_MS);
      for (const card of due) {
        if (!card.lastPurchase?.planId) continue;
        const inFlight = await store.listOrders({
          cardId: card.id,
          statuses: ['processing', 'paid', 'provisioning'],
          limit: 1,
        });
        if (inFlight.length > 0) continue;
        const queued = await store.enqueueJob(
          {
            type: 'auto_renew',
            uniqueKey: `auto_renew:${card.id}:${card.expiresAt}`,
            payload: { cardId: card.id, expiresAt: card.expiresAt, orderId: newId('ord') },
          },
          now,
        );
        if (queued) autoRenewQueued++;
      }
      if (autoRenewQueued > 0) {
        log.info('auto-renewals queued', { count: autoRenewQueued });
        this.#o.notify();
      }
      const unpaidCanceled = await orders.cancelUnpaid();
      const expiringAnnounced = await announceExpiringCards(store, now);
      if (expiringAnnounced > 0) this.#o.notify();
      const purged = await store.purgeExpired(now);
      return { autoRenewQueued, unpaidCanceled, purged, expiringAnnounced };
    } catch (error) {
      log.error('scheduler pass failed', { error });
      throw error;
    }
  }
}
