import { newId } from '../../ids.ts';
import { queueReceipt } from '../receipts.ts';
import type { OrderDeps } from './deps.ts';
import { SupportRefunds } from './support-refunds.ts';
import { transitionOrder } from './transition.ts';

/** After a failure: the payment given back once, whatever retries happen. */
export class Refunds {
  readonly #deps: OrderDeps;

  readonly #support: SupportRefunds;

  constructor(deps: OrderDeps) {
    this.#deps = deps;
    this.#support = new SupportRefunds(deps);
  }

  /** Back office: refunds a paid or completed order (the money goes back through the job queue). */
  requestSupportRefund(orderId: string, partnerId: string, reason: string | null) {
    return this.#support.request(orderId, partnerId, reason);
  }

  /**
   * The refund job gave up (its last attempt failed): a support refund whose carrier stayed unreachable is settled
   * without the carrier, so the traveller's money does not wait on it. Nothing for other refunds.
   */
  async giveUp(orderId: string, why: string, signal: AbortSignal): Promise<void> {
    const order = await this.#deps.store.getOrder(orderId);
    if (order?.refund) await this.#support.settle(order, signal, why);
  }

  /** Job: refunds a failed order's payment once, then marks it refunded; settles a support refund. */
  async refund(orderId: string, signal: AbortSignal): Promise<void> {
    const { store, clock, provider } = this.#deps;
    const order = await store.getOrder(orderId);
    if (order?.refund) return this.#support.settle(order, signal);
    if (order?.status !== 'failed' || !order.failure || order.failure.refunded) return;
    if (!order.providerPaymentId || (await store.listPayments(orderId)).every((p) => p.kind !== 'charge')) return;
    const result = await provider.refund({
      orderId,
      paymentId: order.providerPaymentId,
      amount: order.total,
      idempotencyKey: `refund_${orderId}`,
      reason: order.failure.code,
    });
    const now = clock.now();
    await store.transaction(async (tx) => {
      const current = await tx.getOrder(orderId, { lock: true });
      if (current?.status !== 'failed' || !current.failure) return;
      await tx.insertPayment({
        id: newId('pay'),
        orderId,
        kind: 'refund',
        provider: current.provider,
        providerRef: result.refundId,
        amount: current.total,
        createdAt: now,
      });
      const refunded = await transitionOrder(
        tx,
        current,
        'refunded',
        { failure: { ...current.failure, refunded: true } },
        'refunded',
        now,
      );
      await queueReceipt(this.#deps, tx, refunded, 'refund', now);
    });
  }
}
