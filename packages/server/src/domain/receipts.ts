import type { Logger } from '../log.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { ReceiptKind } from '../mail/receipt-email.ts';
import { renderReceiptEmail } from '../mail/receipt-email.ts';
import type { NewJob, OrderRecord, Store, StoreData } from '../store/types.ts';
import type { OrderDeps } from './orders/deps.ts';

/** The job that emails a receipt (or a refund notice) for an order with an email address, once per kind. */
export function receiptJob(order: OrderRecord, kind: ReceiptKind): NewJob {
  return { type: 'send_receipt', uniqueKey: `email:${kind}:${order.id}`, payload: { orderId: order.id, kind } };
}

/** Queues the email inside the transaction that made it due, when mail is on and the order has an address. */
export async function queueReceipt(
  deps: Pick<OrderDeps, 'config' | 'jobs'>,
  tx: StoreData,
  order: OrderRecord,
  kind: ReceiptKind,
  now: number,
): Promise<void> {
  if (!deps.config.smtpUrl || !order.email) return;
  await deps.jobs.enqueue(tx, receiptJob(order, kind), now);
}

/** Sends receipts by email (job `send_receipt`), in the order's locale, from the partner that sold. */
export class ReceiptMail {
  readonly #store: Store;
  readonly #mailer: Mailer | null;
  readonly #log: Logger;

  constructor(deps: { store: Store; mailer: Mailer | null; log: Logger }) {
    this.#store = deps.store;
    this.#mailer = deps.mailer;
    this.#log = deps.log;
  }

  /** Whether receipts are emailed at all (URCARD_SMTP_URL). */
  get enabled(): boolean {
    return this.#mailer !== null;
  }

  close(): void {
    this.#mailer?.close();
  }

  async send(orderId: string, kind: ReceiptKind): Promise<void> {
    const order = await this.#store.getOrder(orderId);
    if (!order?.email || !this.#mailer) return;
    if (kind === 'receipt' && !order.receipt) return;
    const partner = (await this.#store.listPartners()).find((p) => p.id === order.partnerId);
    const email = renderReceiptEmail(kind, order, partner?.name ?? 'UR card');
    await this.#mailer.send({
      to: order.email,
      subject: email.subject,
      text: email.text,
      html: email.html,
      messageId: `<${kind}.${order.id}@receipts.urcard>`,
      language: email.locale,
    });
    this.#log.info('receipt emailed', { kind, locale: email.locale });
  }
}
