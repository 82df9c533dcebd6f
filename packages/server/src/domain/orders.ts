import type { Order, OrderStatus } from '@urcard/sdk';
import { ApiError } from '../errors.ts';
import type { PaymentEvent, PaymentEventResult } from '../payments/provider.ts';
import type { CardRecord, OrderPatch, OrderRecord } from '../store/types.ts';
import { OrderCheckout } from './orders/checkout.ts';
import type { OrderDeps } from './orders/deps.ts';
import { LowDataTopUps } from './orders/low-data.ts';
import { PaymentEvents } from './orders/payment-events.ts';
import { Provisioning } from './orders/provisioning.ts';
import type { OrderViewOptions } from './orders/record.ts';
import { orderView, viewerOptions } from './orders/record.ts';
import { Refunds } from './orders/refunds.ts';
import { Renewals } from './orders/renewals.ts';

export type { OrderDeps as OrderServiceDeps } from './orders/deps.ts';

/** The seller named when the partner is gone (the mail receipts say the same). */

export { receiptNumber, transitionOrder } from './orders/transition.ts';

/**
 * Orders, one phase of their life per class (./orders): checkout, payment events, provisioning, refunds, and
 * the renewals nobody is present for. Work between phases goes through the job queue port (`deps.jobs`).
 */
export class OrderService {
  readonly #deps: OrderDeps;
  readonly #checkout: OrderCheckout;
  readonly #events: PaymentEvents;
  readonly #provisioning: Provisioning;
  readonly #refunds: Refunds;
  readonly #renewals: Renewals;
  /** Top-ups when the data runs low (orders/low-data.ts). */
  readonly lowData: LowDataTopUps;

  constructor(deps: OrderDeps) {
    this.#deps = deps;
    this.#checkout = new OrderCheckout(deps);
    this.#events = new PaymentEvents(deps);
    this.#provisioning = new Provisioning(deps);
    this.#refunds = new Refunds(deps);
    this.#renewals = new Renewals(deps, this.#events);
    this.lowData = new LowDataTopUps(deps, this.#renewals);
  }

  create(input: Parameters<OrderCheckout['create']>[0]) {
    return this.#checkout.create(input);
  }
  get(orderId: string, partnerId: string): Promise<OrderRecord> {
    return this.#checkout.get(orderId, partnerId);
  }
  updatePayable(order: OrderRecord, patch: OrderPatch): Promise<OrderRecord> {
    return this.#checkout.updatePayable(order, patch);
  }
  async view(order: OrderRecord, fresh?: OrderViewOptions): Promise<Order> {
    const { store, clock, config, provider, partners } = this.#deps;
    const [seller, card] = await Promise.all([
      partners.sellerOf(order.partnerId),
      order.receipt ? null : store.getCard(order.cardId),
    ]);
    const context = {
      seller,
      cardExpiresAt: card?.expiresAt ?? null,
      now: clock.now(),
      autoRenewLeadDays: config.autoRenewLeadDays,
      catalogue: this.#deps.plans.catalogue,
    };
    return orderView(provider, order, context, fresh);
  }
  /** The order as one caller may see it (see `viewerOptions`). */
  viewFor(order: OrderRecord, viewer: { secretKey: boolean; card: CardRecord | null }): Promise<Order> {
    return this.view(order, viewerOptions(order, viewer));
  }
  applyPaymentEvent(event: PaymentEvent): Promise<PaymentEventResult> {
    return this.#events.applyPaymentEvent(event);
  }
  provision(orderId: string, signal: AbortSignal): Promise<void> {
    return this.#provisioning.provision(orderId, signal);
  }
  abandonProvisioning(orderId: string, reason: string): Promise<void> {
    return this.#provisioning.abandonProvisioning(orderId, reason);
  }
  refund(orderId: string, signal: AbortSignal): Promise<void> {
    return this.#refunds.refund(orderId, signal);
  }
  /** The refund job gave up: settles a support refund without the carrier (`refund.carrier` unreachable). */
  giveUpRefund(orderId: string, why: string): Promise<void> {
    return this.#refunds.giveUp(orderId, why, AbortSignal.timeout(60_000));
  }
  requestSupportRefund(orderId: string, partnerId: string, reason: string | null): Promise<OrderRecord> {
    return this.#refunds.requestSupportRefund(orderId, partnerId, reason);
  }
  /** Back office: a partner's orders, newest first, a page at a time. */
  async list(filter: {
    partnerId: string;
    limit: number;
    startingAfter?: string;
    status?: OrderStatus;
    cardId?: string;
    createdAfter?: number;
    createdBefore?: number;
  }) {
    const { store } = this.#deps;
    let after: { createdAt: number; id: string } | undefined;
    if (filter.startingAfter !== undefined) {
      const cursor = await store.getOrder(filter.startingAfter);
      if (!cursor || cursor.partnerId !== filter.partnerId) {
        throw new ApiError('not_found', `No order ${filter.startingAfter}`, { field: 'starting_after' });
      }
      after = { createdAt: cursor.createdAt, id: cursor.id };
    }
    const rows = await store.listOrders({
      partnerId: filter.partnerId,
      newestFirst: true,
      limit: filter.limit + 1,
      ...(after ? { after } : {}),
      ...(filter.status ? { statuses: [filter.status] } : {}),
      ...(filter.cardId ? { cardId: filter.cardId } : {}),
      ...(filter.createdAfter !== undefined ? { createdAfter: filter.createdAfter } : {}),
      ...(filter.createdBefore !== undefined ? { createdBefore: filter.createdBefore } : {}),
    });
    return { orders: rows.slice(0, filter.limit), hasMore: rows.length > filter.limit };
  }
  autoRenew(payload: { cardId: string; expiresAt: number; orderId: string }): Promise<void> {
    return this.#renewals.autoRenew(payload);
  }
  cancelUnpaid(): Promise<number> {
    return this.#renewals.cancelUnpaid();
  }
}
