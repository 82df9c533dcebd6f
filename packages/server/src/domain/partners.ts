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
    const now = this.#clock.now();
    if (!this.#cache || now - this.#cache.at > this.#ttlMs) {
      this.#cache = { at: now, partners: await this.#store.listPartners() };
    }
    return this.#cache.partners.some((p) => originAllowed(origin, p.allowedOrigins));
  }

  invalidate(): void {
    this.#cache = null;
  }
}
