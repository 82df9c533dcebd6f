import type { Clock } from '../clock.ts';
import { sha256 } from '../ids.ts';
import type { PartnerRecord, Store } from '../store/types.ts';

/** Whether `origin` matches one of the partner's patterns: an exact origin, or `scheme://host:*` for any port. */
export function originAllowed(origin: string, patterns: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin !== origin) return false; // a path, credentials or trailing slash: not an Origin header value
  for (const pattern of patterns) {
    if (pattern === origin) return true;
    if (pattern.endsWith(':*') && `${url.protocol}//${url.hostname}` === pattern.slice(0, -2)) return true;
  }
  return false;
}

/** The seller named when an order's partner is unknown. */
const DEFAULT_SELLER = 'UR card';

/** Partners by API key, and the union of their allowed origins for CORS preflights (cached briefly). */
export class PartnerDirectory {
  readonly #store: Store;
  readonly #clock: Clock;
  readonly #ttlMs: number;
  #cache: { at: number; partners: PartnerRecord[] } | null = null;

  constructor(store: Store, clock: Clock, ttlMs = 10_000) {
    this.#store = store;
    this.#clock = clock;
    this.#ttlMs = ttlMs;
  }

  byPublishableKey(key: string): Promise<PartnerRecord | null> {
    return this.#store.getPartnerByPublishableKey(key);
  }

  bySecretKey(key: string): Promise<PartnerRecord | null> {
    return this.#store.getPartnerBySecretKeyHash(sha256(key));
  }

  /** A preflight carries no key, so it is answered for any origin that some partner allows. */
  async originAllowedByAny(origin: string): Promise<boolean> {
    return (await this.#all()).some((p) => originAllowed(origin, p.allowedOrigins));
  }

  /** The name an order's receipt gives as seller: its partner's (from the cached list, not a read per order view). */
  async sellerOf(partnerId: string): Promise<string> {
    return (await this.#all()).find((p) => p.id === partnerId)?.name ?? DEFAULT_SELLER;
  }

  async #all(): Promise<PartnerRecord[]> {
    const now = this.#clock.now();
    if (!this.#cache || now - this.#cache.at > this.#ttlMs) {
      this.#cache = { at: now, partners: await this.#store.listPartners() };
    }
    return this.#cache.partners;
  }

  invalidate(): void {
    this.#cache = null;
  }
}
