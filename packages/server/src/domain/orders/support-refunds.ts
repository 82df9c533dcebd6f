import type { ReversalAnswer } from '../../carrier/carrier.ts';
import { DAY_MS, iso } from '../../clock.ts';
import { ApiError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { OrderRecord } from '../../store/types.ts';
import { queueReceipt } from '../receipts.ts';
import type { OrderDeps } from './deps.ts';
import { transitionOrder } from './transition.ts';

/**
 * A refund support asks for (back office, secret key) of a paid or completed order. The order becomes `refunded`
 * at once, in one transaction with the job that gives the money back; a renewal already applied has its days
 * taken off the card there too, and the job reports it to the carrier as a reversal.
 */
export class SupportRefunds {
  readonly #deps: OrderDeps;

  constructor(deps: OrderDeps) {
    this.#deps = deps;
  }

  async request(orderId: string, partnerId: string, reason: string | null): Promise<OrderRecord> {
    const { store, clock, jobs } = this.#deps;
    const now = clock.now();
    const refunded = await store.transaction(async (tx) => {
      const order = await tx.getOrder(orderId, { lock: true });
      if (!order || order.partnerId !== partnerId) throw new ApiError('not_found', `No order ${orderId}`);
      if (order.status !== 'paid' && order.status !== 'completed') {
        throw new ApiError(
          'order_state_invalid',
          `Order ${orderId} is ${order.status}: only paid or completed orders can be refunded`,
        );
      }
      const reversal = order.status === 'completed';
      if (reversal) {
        const card = await tx.getCardForUpdate(order.cardId);
        if (card) {
          const expiresAt = Math.max(now, card.expiresAt - order.plan.validityDays * DAY_MS);
          await tx.updateCard(card.id, { expiresAt }, now);
        }
      }
      const refund = { reason, amount: order.total, reversal, requestedAt: now, settledAt: null };
      const moved = await transitionOrder(
        tx,
        order,
        'refunded',
        { refund },
        `support refund: ${reason ?? 'no reason given'}`,
        now,
      );
      await jobs.enqueue(tx, { type: 'refund_order', uniqueKey: `refund:${orderId}`, payload: { orderId } }, now);
      return moved;
    });
    jobs.wake();
    return refunded;
  }

  /**
   * Job: reverses the renewal at the carrier (if applied), refunds the payment once, then marks it settled with
   * the carrier's answer (a refusal does not hold the traveller's money back: support sees it on the order).
   * With `unreachable` (the job gave up: why), the carrier is asked once more (it answers a known reversal without
   * a request) and, should that fail too, the refund settles without it.
   */
  async settle(order: OrderRecord, signal: AbortSignal, unreachable?: string): Promise<void> {
    const { store, clock, provider, carrier } = this.#deps;
    const refund = order.refund;
    if (order.status !== 'refunded' || !refund || refund.settledAt !== null) return;
    const card = refund.reversal ? await store.getCard(order.cardId) : null;
    const reversed = card
      ? await carrier
          .reverse({ reference: order.id, card, plan: order.plan, reason: refund.reason }, signal)
          .catch((error: unknown) => {
            // The job gave up: one last try failed too, so the money goes back without the carrier.
            if (unreachable === undefined) throw error;
            return { status: 'unreachable', detail: unreachable } satisfies ReversalAnswer;
          })
      : null;
    const result = order.providerPaymentId
      ? await provider.refund({
          orderId: order.id,
          paymentId: order.providerPaymentId,
          amount: refund.amount,
          idempotencyKey: `refund_${order.id}`,
          reason: 'requested_by_customer',
        })
      : null;
    const now = clock.now();
    await store.transaction(async (tx) => {
      const current = await tx.getOrder(order.id, { lock: true });
      if (current?.status !== 'refunded' || !current.refund || current.refund.settledAt !== null) return;
      if (result) {
        await tx.insertPayment({
          id: newId('pay'),
          orderId: order.id,
          kind: 'refund',
          provider: current.provider,
          providerRef: result.refundId,
          amount: current.refund.amount,
          createdAt: now,
        });
      }
      const settled = { ...current.refund, settledAt: now, ...(reversed ? { carrier: reversed } : {}) };
      await tx.updateOrder(order.id, { refund: settled }, 'refunded', now);
      await queueReceipt(this.#deps, tx, { ...current, refund: settled }, 'refund', now);
      await tx.insertOrderEvent({
        orderId: order.id,
        from: 'refunded',
        to: 'refunded',
        reason: `refund settled ${iso(now)}${reversed ? `; carrier reversal ${carrierNote(reversed)}` : ''}`,
        at: now,
      });
    });
  }
}

const carrierNote = ({ status, detail }: ReversalAnswer) => (detail ? `${status}: ${detail}` : status);
