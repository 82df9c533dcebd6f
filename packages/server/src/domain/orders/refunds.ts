import { newId } from '../../ids.ts';
import type { OrderDeps } from './deps.ts';
import { transitionOrder } from './transition.ts';

/** After a failure: the payment given back once, whatever retries happen. */
export class Refunds {
  readonly #deps: OrderDeps;

  constructor(deps: OrderDeps) {
    this.#deps = deps;
  }

  /** Job: refunds a failed order's payment once, then marks it refunded. */
  async refund(orderId: string): Promise<void> {
    const { store, clock, provider } = this.#deps;
    const order = await store.getOrder(orderId);
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
      await transitionOrder(
        tx,
        current,
        'refunded',
        { failure: { ...current.failure, refunded: true } },
        'refunded',
        now,
      );
    });
  }
}
