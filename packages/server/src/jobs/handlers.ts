import { lowDataJobFrom } from '../domain/orders/low-data.ts';
import type { OrderService } from '../domain/orders.ts';
import type { ReceiptMail } from '../domain/receipts.ts';
import type { WebhookDeliveries } from '../domain/webhooks/deliveries.ts';
import type { ReceiptKind } from '../mail/receipt-email.ts';
import { RECEIPT_KINDS } from '../mail/receipt-email.ts';
import type { JobType } from '../store/types.ts';
import type { JobHandler } from './worker.ts';

const str = (value: unknown, name: string): string => {
  if (typeof value !== 'string') throw new Error(`job payload ${name} is missing`);
  return value;
};

const receiptKind = (value: unknown): ReceiptKind => {
  if (!RECEIPT_KINDS.includes(value as ReceiptKind)) throw new Error('job payload kind is not a receipt kind');
  return value as ReceiptKind;
};

/** What each queued job does. */
export function jobHandlers(
  orders: OrderService,
  webhooks: WebhookDeliveries,
  receipts: ReceiptMail,
): Record<JobType, JobHandler> {
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
      onDead: (job, error) =>
        orders.giveUpRefund(str(job.payload.orderId, 'orderId'), `The carrier could not be reached: ${String(error)}`),
    },
    send_receipt: {
      run: (job) => receipts.send(str(job.payload.orderId, 'orderId'), receiptKind(job.payload.kind)),
    },
    auto_renew: {
      run: (job) =>
        orders.autoRenew({
          cardId: str(job.payload.cardId, 'cardId'),
          orderId: str(job.payload.orderId, 'orderId'),
          expiresAt: Number(job.payload.expiresAt),
        }),
    },
    low_data_top_up: {
      run: (job) => orders.lowData.run(lowDataJobFrom(job.payload)),
      onDead: (job) => orders.lowData.giveUp(lowDataJobFrom(job.payload)),
    },
    deliver_webhook: {
      run: (job, signal) => webhooks.deliver(str(job.payload.deliveryId, 'deliveryId'), signal),
    },
  };
}
