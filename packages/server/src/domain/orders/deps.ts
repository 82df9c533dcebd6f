import type { Carrier } from '../../carrier/carrier.ts';
import type { Clock } from '../../clock.ts';
import type { ServerConfig } from '../../config.ts';
import type { Logger } from '../../log.ts';
import type { PaymentProvider } from '../../payments/provider.ts';
import type { Store } from '../../store/types.ts';
import type { PartnerDirectory } from '../partners.ts';
import type { PlanSource } from '../plan-source.ts';
import type { JobQueue } from './job-queue.ts';

/** What every phase of an order's life works with. */
export interface OrderDeps {
  store: Store;
  provider: PaymentProvider;
  carrier: Carrier;
  clock: Clock;
  config: ServerConfig;
  log: Logger;
  jobs: JobQueue;
  partners: PartnerDirectory;
  /** The plans of each card (the catalogue, or the carrier's list). */
  plans: PlanSource;
}
