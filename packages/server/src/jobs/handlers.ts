import type { OrderService } from '../domain/orders.ts';
import type { JobType } from '../store/types.ts';
import type { JobHandler } from './worker.ts';

const str = (value: unknown, name: string): string => {
  if (typeof value !== 'string') throw new Error(`job payload ${name} is missing`);
  return value;
};

/** What each queued job does. */
export function jobHandlers(orders: OrderService): Record<JobType, JobHandler> {
  return {
    provision_order: {
      run: (job, signal) => orders.provision(str(job.payload.orderId, 'orderId'), signal),
      onDead: (job, error) =>
        orders.abandonProvisioning(
          str(job.payload.orderId, 'orderId'),
          `The carrier could not be reached: ${String(error)}`,
        ),
    },
    refund_order: {
      run: (job, signal) => orders.refund(str(job.payload.orderId, 'orderId'), signal),
    },
    auto_renew: {
      run: (job) =>
        orders.autoRenew({
          cardId: str(job.payload.cardId, 'cardId'),
          orderId: str(job.payload.orderId, 'orderId'),
          expiresAt: Number(job.payload.expiresAt),
        }),
    },
  };
}
