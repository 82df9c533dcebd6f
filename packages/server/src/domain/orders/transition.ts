import type { OrderStatus } from '@urcard/sdk';
import { iso } from '../../clock.ts';
import type { OrderPatch, OrderRecord, StoreData } from '../../store/types.ts';
import { recordAutoRenewFailed } from '../events/card-events.ts';
import { eventTypeOfTransition, recordOrderEvent } from '../events/record.ts';
import { canTransition, OrderStateError } from '../order-machine.ts';

/** Statuses in which an order is waiting for its payment. */
export const PAYABLE: readonly OrderStatus[] = ['requires_payment', 'processing'];

/**
 * Moves an order to `to` inside a transaction, if the state machine allows it and nobody moved it meanwhile
 * (compare-and-set on the current status), and writes the change to the order's history.
 */
export async function transitionOrder(
  tx: StoreData,
  order: OrderRecord,
  to: OrderStatus,
  patch: OrderPatch,
  reason: string,
  now: number,
): Promise<OrderRecord> {
  if (!canTransition(order.status, to)) throw new OrderStateError(order.id, order.status, to);
  const moved = await tx.updateOrder(order.id, { ...patch, status: to }, order.status, now);
  if (!moved) {
    const current = await tx.getOrder(order.id);
    throw new OrderStateError(order.id, current?.status ?? order.status, to);
  }
  await tx.insertOrderEvent({ orderId: order.id, from: order.status, to, reason, at: now });
  const next: OrderRecord = { ...order, ...patch, status: to, updatedAt: now };
  await recordOrderEvent(tx, eventTypeOfTransition(to), next, now);
  // An auto-renewal charged without the customer: the partner hears that it went through.
  if (to === 'paid' && next.offSession) await recordOrderEvent(tx, 'auto_renew.succeeded', next, now);
  if (to === 'failed' && order.offSession) await recordAutoRenewFailed(tx, next, now);
  return next;
}

export function receiptNumber(orderId: string, issuedAt: number): string {
  return `UR-${iso(issuedAt).slice(0, 10).replaceAll('-', '')}-${orderId.slice(-8).toUpperCase()}`;
}
