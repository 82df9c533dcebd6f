import type { ContentLocale } from '@urcard/sdk';
import { DEFAULT_CONTENT_LOCALE } from '@urcard/sdk';
import type { Logger } from '../log.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { ReceiptKind } from '../mail/receipt-email.ts';
import { renderReceiptEmail } from '../mail/receipt-email.ts';
import type { NewJob, OrderRecord, Store, StoreData } from '../store/types.ts';
import { carrierPlanText } from './carrier-plans.ts';
import { catalogueText } from './catalogue-text/index.ts';
import { matchLocale } from './locale.ts';
import type { OrderDeps } from './orders/deps.ts';
import type { PartnerDirectory } from './partners.ts';

/**
 * The plan's name in `locale`: a catalogue plan's from the catalogue, a carrier's package written again from its
 * numbers (as its offer was), a custom plan keeps the name it was sold under. `catalogue`: PlanSource.catalogue.
 */
function planNameIn(plan: OrderRecord['plan'], locale: ContentLocale, catalogue: boolean): string {
  if (!plan.planId) return plan.name;
  if (!catalogue) return carrierPlanText({ ...plan, id: plan.planId, title: plan.name, prices: {} }, locale).name;
  const plans: Record<string, { name: string }> = catalogueText(locale).plans;
  return Object.hasOwn(plans, plan.planId) ? plans[plan.planId]!.name : plan.name;
}

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

/**
 * Sends receipts by email (job `send_receipt`), from the partner that sold, in the content locale that serves the
 * order's `locale` (`matchLocale`: `pt-PT` reads pt-BR, `zh-Hant` zh-TW; none, or one not served, is English).
 */
export class ReceiptMail {
  readonly #store: Store;
  readonly #partners: PartnerDirectory;
  readonly #mailer: Mailer | null;
  readonly #log: Logger;
  readonly #catalogue: boolean;

  constructor(deps: {
    store: Store;
    partners: PartnerDirectory;
    mailer: Mailer | null;
    log: Logger;
    /** PlanSource.catalogue: whether plan ids are the static catalogue's (default true). */
    catalogue?: boolean;
  }) {
    this.#catalogue = deps.catalogue ?? true;
    this.#store = deps.store;
    this.#partners = deps.partners;
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
    const seller = await this.#partners.sellerOf(order.partnerId);
    const locale = (order.locale && matchLocale(order.locale)) || DEFAULT_CONTENT_LOCALE;
    const email = renderReceiptEmail(kind, order, {
      seller,
      locale,
      planName: planNameIn(order.plan, locale, this.#catalogue),
    });
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
