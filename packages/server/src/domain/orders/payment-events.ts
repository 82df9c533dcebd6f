import { newId } from '../../ids.ts';
import type { PaymentEvent, PaymentEventResult, PaymentMethodDetails } from '../../payments/provider.ts';
import type { OrderPatch, OrderRecord, StoreData } from '../../store/types.ts';
import { recordOrderEvent } from '../events/record.ts';
import type { OrderDeps } from './deps.ts';
import { PAYABLE, transitionOrder } from './transition.ts';

/** The second phase: what the payment provider reports moves the order, once per event, never backwards. */
export class PaymentEvents {
  readonly #deps: OrderDeps;

  constructor(deps: OrderDeps) {
    this.#deps = deps;
  }

  /**
   * Applies what a payment provider reports. Each event id counts once; an event that the order is already past
   * (a late `processing` after `succeeded`, a `failed` after `paid`) or that is older than the order's latest
   * news is recorded and ignored.
   */
  async applyPaymentEvent(event: PaymentEvent): Promise<PaymentEventResult> {
    const now = this.#deps.clock.now();
    const result = await this.#deps.store.transaction((tx) => this.applyInTransaction(tx, event, now));
    this.#deps.log.info('payment event', {
      provider: event.provider,
      eventId: event.eventId,
      type: event.type,
      outcome: result.outcome,
      orderId: result.orderId,
      status: result.status,
    });
    if (result.outcome === 'applied' && result.status === 'paid') this.#deps.jobs.wake();
    return result;
  }

  /** The same, inside the caller's transaction (an off-session charge records its answer with its order). */
  async applyInTransaction(tx: StoreData, event: PaymentEvent, now: number): Promise<PaymentEventResult> {
    if (!(await tx.recordProviderEvent(event.provider, event.eventId, now))) {
      return { outcome: 'duplicate', orderId: null, status: null };
    }
    const order = await tx.getOrderByProviderPaymentId(event.provider, event.paymentId, { lock: true });
    if (!order) return { outcome: 'unknown_payment', orderId: null, status: null };
    const stale = { outcome: 'stale', orderId: order.id, status: order.status, order } as const;
    if (
      event.occurredAt !== undefined &&
      order.lastPaymentEventAt !== null &&
      event.occurredAt < order.lastPaymentEventAt
    ) {
      return stale;
    }
    if (!PAYABLE.includes(order.status)) return stale;
    const base: OrderPatch = {
      lastPaymentEventAt: Math.max(event.occurredAt ?? now, order.lastPaymentEventAt ?? 0),
      ...(event.providerData ? { providerData: { ...order.providerData, ...event.providerData } } : {}),
    };
    let next: OrderRecord;
    switch (event.type) {
      case 'processing':
        if (order.status !== 'requires_payment') return stale;
        next = await transitionOrder(
          tx,
          order,
          'processing',
          { ...base, lastPaymentError: null },
          'payment processing',
          now,
        );
        break;
      case 'succeeded':
        next = await this.#markPaid(tx, order, event, base, now);
        break;
      case 'failed': {
        const error = event.error ?? { code: 'processing_error' as const, message: 'The payment failed' };
        if (order.offSession) {
          next = await transitionOrder(
            tx,
            order,
            'failed',
            {
              ...base,
              lastPaymentError: error,
              failure: { code: 'payment_failed', message: error.message, refunded: false },
            },
            `off-session payment failed: ${error.code}`,
            now,
          );
        } else if (order.status === 'processing') {
          next = await transitionOrder(
            tx,
            order,
            'requires_payment',
            { ...base, lastPaymentError: error },
            error.code,
            now,
          );
        } else {
          await tx.updateOrder(order.id, { ...base, lastPaymentError: error }, order.status, now);
          await tx.insertOrderEvent({
            orderId: order.id,
            from: order.status,
            to: order.status,
            reason: error.code,
            at: now,
          });
          next = { ...order, ...base, lastPaymentError: error, updatedAt: now };
          await recordOrderEvent(tx, 'order.payment_failed', next, now);
        }
        break;
      }
      case 'canceled':
        next = await transitionOrder(tx, order, 'canceled', base, 'payment canceled by the provider', now);
        break;
    }
    return { outcome: 'applied', orderId: order.id, status: next.status, order: next };
  }

  async #markPaid(tx: StoreData, order: OrderRecord, event: PaymentEvent, base: OrderPatch, now: number) {
    const method: PaymentMethodDetails | undefined = event.paymentMethod;
    const paid = await transitionOrder(
      tx,
      order,
      'paid',
      { ...base, lastPaymentError: null, paymentMethod: method?.summary ?? null },
      'payment succeeded',
      now,
    );
    const charged = await tx.insertPayment({
      id: newId('pay'),
      orderId: order.id,
      kind: 'charge',
      provider: order.provider,
      providerRef: event.paymentId,
      amount: event.amount ?? order.total,
      createdAt: now,
    });
    if (!charged) this.#deps.log.error('order was already charged: second charge not recorded', { orderId: order.id });
    if (
      event.amount &&
      (event.amount.amount !== order.total.amount || event.amount.currency !== order.total.currency)
    ) {
      this.#deps.log.error('amount received differs from the order total', { orderId: order.id });
    }
    await this.#deps.jobs.enqueue(
      tx,
      { type: 'provision_order', uniqueKey: `provision:${order.id}`, payload: { orderId: order.id } },
      now,
    );
    if (order.autoRenew && method?.reusable && method.providerId) {
      await tx.updateCard(
        order.cardId,
        {
          autoRenew: true,
          savedPaymentMethod: { provider: order.provider, id: method.providerId, summary: method.summary },
        },
        now,
      );
    }
    return paid;
  }
}
