/**
 * Resuming after a reload: each unsettled order of this tab is kept in `sessionStorage` (this tab only, gone when it
 * closes) with the card it belongs to, as its card id and last four digits: never the PIN, the card token or the
 * full number. An order resumes only for its own card; the others wait, untouched, until theirs is back. Storage may
 * be unavailable (sandboxed iframes, privacy modes): then there is simply nothing to resume.
 */
export interface StoredOrder {
  orderId: string;
  /** The card that placed the order; null when unknown (an order resumed without its card verified again). */
  cardId: string | null;
  last4: string;
  /** The widget fired `urcard-renewal-complete` for it: a reload onto its receipt does not fire it again. */
  announced?: boolean;
}

/** At most this many orders are kept (one per card; a travel party renews a few cards). */
const KEPT = 5;

/** The stored orders, the most recent last. */
export function recallOrders(key: string): StoredOrder[] {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(key) ?? '[]');
    return Array.isArray(value)
      ? value.filter(
          (entry): entry is StoredOrder =>
            /^ord_[A-Za-z0-9]+$/.test(entry?.orderId) &&
            /^\d{4}$/.test(entry.last4) &&
            (entry.cardId === null || typeof entry.cardId === 'string'),
        )
      : [];
  } catch {
    return [];
  }
}

function write(key: string, orders: StoredOrder[]): void {
  try {
    if (orders.length > 0) sessionStorage.setItem(key, JSON.stringify(orders.slice(-KEPT)));
    else sessionStorage.removeItem(key);
  } catch {
    // Nothing to do: the order can still be followed on this page.
  }
}

/** Keeps `order` as the most recent; it replaces an earlier order of the same card (and keeps a card id it knew). */
export function rememberOrder(key: string, order: StoredOrder): void {
  const stored = recallOrders(key);
  const cardId = order.cardId ?? stored.find((o) => o.orderId === order.orderId)?.cardId ?? null;
  const others = stored.filter((o) => o.orderId !== order.orderId && (cardId === null || o.cardId !== cardId));
  write(key, [...others, { ...order, cardId }]);
}

/** Forgets one stored order (another card's stay), or, without `orderId`, every one. */
export function forgetOrder(key: string, orderId?: string): void {
  write(key, orderId === undefined ? [] : recallOrders(key).filter((o) => o.orderId !== orderId));
}
