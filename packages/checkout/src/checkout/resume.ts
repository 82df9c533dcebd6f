/**
 * Resuming after a reload: only the order id is kept, in `sessionStorage` (this tab only, gone when it closes).
 * The PIN and the card token are never stored. Storage may be unavailable (sandboxed iframes, privacy modes):
 * then there is simply nothing to resume.
 */
export function rememberOrder(key: string, orderId: string): void {
  try {
    sessionStorage.setItem(key, orderId);
  } catch {
    // Nothing to do: the order can still be followed on this page.
  }
}

export function recallOrder(key: string): string | null {
  try {
    const value = sessionStorage.getItem(key);
    return value && /^ord_[A-Za-z0-9]+$/.test(value) ? value : null;
  } catch {
    return null;
  }
}

/** Forgets the stored order; with `orderId`, only if that is the one stored (another widget may own the key). */
export function forgetOrder(key: string, orderId?: string): void {
  try {
    if (orderId === undefined || sessionStorage.getItem(key) === orderId) sessionStorage.removeItem(key);
  } catch {
    // Unavailable storage holds nothing to forget.
  }
}
