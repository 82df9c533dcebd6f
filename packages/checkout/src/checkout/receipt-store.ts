import { forgetOrder, rememberOrder } from './resume.ts';

// Beside resume.ts rather than in it: resume.ts is in the first download, this is only needed once an order exists
// (order-flow.ts's chunk).

/**
 * Keeps the order id while the order is on its way, and while its receipt is on screen (a reload shows the receipt
 * again, until the customer leaves it with "Renew another card" or closes the tab); forgets it once the order failed,
 * was refunded or canceled. Only the id is stored: no card token, no PIN, nothing about the customer.
 */
export function storeOrderState(key: string, order: { id: string; status: string; settled: boolean }): void {
  if (order.status === 'completed' || !order.settled) rememberOrder(key, order.id);
  else forgetOrder(key, order.id);
}
