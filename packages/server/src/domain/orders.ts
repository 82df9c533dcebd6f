import type { Order } from '@urcard/sdk';
import type { PaymentEvent, PaymentEventResult } from '../payments/provider.ts';
import type { OrderPatch, OrderRecord } from '../store/types.ts';
import { OrderCheckout } from './orders/checkout.ts';
import type { OrderDeps } from './orders/deps.ts';
import { PaymentEvents } from './orders/payment-events.ts';
import { Provisioning } from './orders/provisioning.ts';
import { orderView } from './orders/record.ts';
import { Refunds } from './orders/refunds.ts';
import { Renewals } from './orders/renewals.ts';

export type { OrderDeps as OrderServiceDeps } from './orders/deps.ts';
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

  constructor(deps: OrderDeps) {
    this.#deps = deps;
    this.#checkout = new OrderCheckout(deps);
    this.#events = new PaymentEvents(deps);
    this.#provisioning = new Provisioning(deps);
    this.#refunds = new Refunds(deps);
    this.#renewals = new Renewals(deps, this.#events);
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
  view(order: OrderRecord, fresh?: { clientSecret?: string | null }): Promise<Order> {
    return orderView(this.#deps.provider, order, fresh);
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
  refund(orderId: string): Promise<void> {
    return this.#refunds.refund(orderId);
  }
  autoRenew(payload: { cardId: string; expiresAt: number; orderId: string }): Promise<void> {
    return this.#renewals.autoRenew(payload);
  }
  cancelUnpaid(): Promise<number> {
    return this.#renewals.cancelUnpaid();
  }
}
