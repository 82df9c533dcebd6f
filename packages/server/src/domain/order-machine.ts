import type { OrderStatus } from '@urcard/sdk';
import { ORDER_STATUSES } from '@urcard/sdk';

/**
 * The order lifecycle: every status change goes through this table. Anything not listed is refused.
 *
 *   requires_payment ─▶ processing ─▶ paid ─▶ provisioning ─▶ completed
 *        │   ▲             │                       │
 *        │   └─ declined ──┘                       └─▶ failed ─▶ refunded
 *        ├─▶ paid (a payment that succeeds at once)
 *        ├─▶ failed (an off-session charge that cannot go through)
 *        └─▶ canceled (never paid)
 *   paid, completed ─▶ refunded (a support refund, POST /v1/orders/:orderId/refund)
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  requires_payment: ['processing', 'paid', 'failed', 'canceled'],
  processing: ['requires_payment', 'paid', 'failed', 'canceled'],
  paid: ['provisioning', 'refunded'],
  provisioning: ['completed', 'failed'],
  completed: ['refunded'],
  failed: ['refunded'],
  refunded: [],
  canceled: [],
};

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

/** Every (from, to) pair the table refuses, for tests and docs. */
export function forbiddenTransitions(): [OrderStatus, OrderStatus][] {
  const out: [OrderStatus, OrderStatus][] = [];
  for (const from of ORDER_STATUSES) {
    for (const to of ORDER_STATUSES) if (!canTransition(from, to)) out.push([from, to]);
  }
  return out;
}

export class OrderStateError extends Error {
  override readonly name = 'OrderStateError';
  readonly from: OrderStatus;
  readonly to: OrderStatus;
  constructor(orderId: string, from: OrderStatus, to: OrderStatus) {
    super(`Order ${orderId} cannot go from ${from} to ${to}`);
    this.from = from;
    this.to = to;
  }
}
