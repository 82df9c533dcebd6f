import type { Currency } from '@urcard/sdk';
import { CURRENCIES, CURRENCY_MINOR_UNITS } from '@urcard/sdk';
import type { Clock } from '../../clock.ts';
import type { CardRecord } from '../../store/types.ts';
import type { CarrierPlan } from '../carrier.ts';
import type { AiraloClient } from './client.ts';
import { AiraloApiError } from './errors.ts';
import type { AiraloSims } from './sims.ts';

/** A package of `GET /v2/sims/{iccid}/topups` (the fields we read). */
export interface AiraloPackage {
  id: string;
  title: string;
  /** MB. */
  amount: number;
  day: number;
  is_unlimited: boolean;
  voice: number | null;
  text: number | null;
  prices: {
    recommended_retail_price?: Partial<Record<string, number>>;
    net_price?: Partial<Record<string, number>>;
  };
}

export interface AiraloPackagesOptions {
  client: AiraloClient;
  sims: AiraloSims;
  clock: Clock;
  /** How long one eSIM's list is kept (ms). */
  cacheMs: number;
  /** Sell at the net price times this; null: at Airalo's recommended retail price. */
  markup: number | null;
}

/** An amount in a currency's major unit (19.99 USD) in its minor unit (1999), rid of binary float noise. */
export function toMinorUnits(major: number, currency: Currency): number {
  const digits = CURRENCY_MINOR_UNITS[currency];
  // 19.99 * 100 is 1998.9999999999998: round at a precision far above a cent, then to the unit.
  return Math.round(Number((major * 10 ** digits).toFixed(6)));
}

/** The package's price in each of our currencies Airalo gives one for (retail, or net × markup). */
export function packagePrices(p: AiraloPackage, markup: number | null): Partial<Record<Currency, number>> {
  const table = markup === null ? p.prices.recommended_retail_price : p.prices.net_price;
  const out: Partial<Record<Currency, number>> = {};
  for (const currency of CURRENCIES) {
    const major = table?.[currency];
    if (typeof major !== 'number' || !Number.isFinite(major) || major <= 0) continue;
    const minor = toMinorUnits(major, currency);
    out[currency] = markup === null ? minor : Math.round(minor * markup);
  }
  return out;
}

export function toCarrierPlan(p: AiraloPackage, markup: number | null): CarrierPlan {
  return {
    id: p.id,
    title: p.title,
    dataMb: p.is_unlimited ? null : Math.max(0, Math.round(p.amount)),
    minutes: Math.max(0, Math.round(p.voice ?? 0)),
    sms: Math.max(0, Math.round(p.text ?? 0)),
    validityDays: Math.max(1, Math.round(p.day)),
    prices: packagePrices(p, markup),
  };
}

/**
 * The top-ups Airalo sells for an eSIM (`GET /v2/sims/{iccid}/topups`) as carrier plans. Each eSIM's list is kept
 * `cacheMs` in this instance's memory: one widget session lists plans, quotes and orders within a minute or two,
 * and asking Airalo at every step would be slow and count against its rate limits. A list that changed meanwhile
 * is harmless: a package gone from it is refused by Airalo when the top-up is placed (a 422: the order fails and
 * is refunded), and a new one shows after the cache lapses. Several instances keep a list each; nothing to share.
 */
export class AiraloPackages {
  readonly #options: AiraloPackagesOptions;
  readonly #cache = new Map<string, { at: number; list: Promise<AiraloPackage[] | null> }>();

  constructor(options: AiraloPackagesOptions) {
    this.#options = options;
  }

  async forCard(card: CardRecord, signal?: AbortSignal): Promise<CarrierPlan[] | null> {
    const iccid = await this.#options.sims.iccidOf(card, signal);
    if (!iccid) return null;
    const list = await this.#list(iccid);
    return list === null ? null : list.map((p) => toCarrierPlan(p, this.#options.markup));
  }

  #list(iccid: string): Promise<AiraloPackage[] | null> {
    const { clock, cacheMs, client } = this.#options;
    const now = clock.now();
    const kept = this.#cache.get(iccid);
    if (kept && kept.at > now - cacheMs) return kept.list;
    this.#forgetLapsed(now);
    const list = client
      // No caller's signal: the request is shared by whoever asks meanwhile (the client's timeout bounds it).
      .get<AiraloPackage[]>(`/v2/sims/${encodeURIComponent(iccid)}/topups`)
      .catch((error: unknown) => {
        // 404: no such eSIM; 422: recycled. Neither has top-ups. Anything else is not kept.
        if (error instanceof AiraloApiError && (error.status === 404 || error.status === 422)) return null;
        this.#cache.delete(iccid);
        throw error;
      });
    // Kept while it runs too, so that calls at once share one request.
    this.#cache.set(iccid, { at: now, list });
    return list;
  }

  /** Bounded memory: lists older than the cache time go when a new one is read. */
  #forgetLapsed(now: number): void {
    for (const [iccid, entry] of this.#cache) if (entry.at <= now - this.#options.cacheMs) this.#cache.delete(iccid);
  }
}
