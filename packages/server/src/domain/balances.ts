import type { Carrier, CarrierUsage } from '../carrier/carrier.ts';
import type { Clock } from '../clock.ts';
import { requestedDelayMs } from '../jobs/retry-later.ts';
import type { Logger } from '../log.ts';
import { MIN_USAGE_READ_GAP_MS as MIN_READ_GAP_MS } from '../settings/integrations.ts';
import type { CardPatch, CardRecord, Store, StoreData } from '../store/types.ts';
import { en } from './catalogue-text/en.ts';

/** How fresh a card view's balance is: when the carrier reported it, and whether it failed to answer this time. */
export interface BalanceReading {
  /** When the carrier answered (ms); null for a carrier without usage, or before its first answer. */
  asOf: number | null;
  stale: boolean;
}

/** A carrier without a usage endpoint (the simulated one): the server's values are the balance. */
export const SERVER_BALANCE: BalanceReading = { asOf: null, stale: false };

/** A claim outlives the carrier call by this much (a crashed instance's claim lapses after it). */
const CLAIM_MARGIN_MS = 5_000;
/**
 * After a renewal the carrier's usage may still show the eSIM before it (Airalo caches usage 20 minutes): the
 * renewal's own values are served that long, so an old answer cannot put the expiry back.
 */
export const RENEWAL_HOLD_MS = 20 * 60_000;

/** A renewal set the card's balance and expiry: they are its reading until the carrier's usage has caught up. */
export async function noteRenewalReading(tx: StoreData, cardId: string, now: number): Promise<void> {
  await tx.putCardReading(cardId, { fetchedAt: now, freshUntil: now + RENEWAL_HOLD_MS });
}

export interface LiveBalancesOptions {
  store: Store;
  carrier: Carrier;
  clock: Clock;
  log: Logger;
  /** A reading younger than this is served without asking the carrier (at least MIN_READ_GAP_MS). */
  refreshMs: number;
  /** How long a card view waits for the carrier before it answers the last known values. */
  budgetMs: number;
  /** A carrier call is abandoned after this long (it goes on past the budget, for the next view). */
  callTimeoutMs: number;
}

type Outcome = 'stored' | 'busy' | 'failed';

/**
 * Live balances from a real carrier's usage endpoint, within its rate with any number of instances: the last
 * reading of each card is in the database (the values on the card, their time in card_readings); a reading is
 * served as it is for `refreshMs` (a renewal's for RENEWAL_HOLD_MS); then it is read again by one caller only, in
 * one call for every request of this instance (single flight) and one claim among instances (claimCardReading),
 * never before the carrier's Retry-After. A view waits `budgetMs` for it, then answers the last known values,
 * `stale`. A view that finds another instance reading answers the last known values at once.
 */
export class LiveBalances {
  readonly #options: LiveBalancesOptions;
  readonly #inflight = new Map<string, Promise<Outcome>>();

  constructor(options: LiveBalancesOptions) {
    this.#options = { ...options, refreshMs: Math.max(MIN_READ_GAP_MS, options.refreshMs) };
  }

  /** The card with its balance and expiry as fresh as the carrier allows, and how fresh they are. */
  async current(card: CardRecord): Promise<{ card: CardRecord; reading: BalanceReading }> {
    const { store, carrier, clock, budgetMs } = this.#options;
    if (!carrier.usage) return { card, reading: SERVER_BALANCE };
    const last = await store.getCardReading(card.id);
    if (last && isFresh(last, clock.now())) return { card, reading: { asOf: last.fetchedAt, stale: false } };
    let flight = this.#inflight.get(card.id);
    if (!flight) {
      flight = this.#refresh(card).finally(() => this.#inflight.delete(card.id));
      this.#inflight.set(card.id, flight);
    }
    const outcome = await withinBudget(flight, budgetMs);
    if (outcome === 'stored' || outcome === 'busy') {
      // Ours, or another instance's that has just finished: read what was stored.
      const reading = await store.getCardReading(card.id);
      if (reading && (outcome === 'stored' || isFresh(reading, clock.now()))) {
        const fresh = await store.getCard(card.id);
        return { card: fresh ?? card, reading: { asOf: reading.fetchedAt, stale: false } };
      }
    }
    return { card, reading: { asOf: last?.fetchedAt ?? null, stale: true } };
  }

  /** One read of the card from the carrier, if this caller wins the claim; never throws. */
  async #refresh(card: CardRecord): Promise<Outcome> {
    const { store, carrier, clock, log, refreshMs, callTimeoutMs } = this.#options;
    try {
      const startedAt = clock.now();
      if (!(await store.claimCardReading(card.id, { now: startedAt, leaseMs: callTimeoutMs + CLAIM_MARGIN_MS }))) {
        return 'busy';
      }
      let usage: CarrierUsage | null;
      try {
        usage = await carrier.usage!(card, AbortSignal.timeout(callTimeoutMs));
      } catch (error) {
        const waitMs = Math.max(MIN_READ_GAP_MS, requestedDelayMs(error));
        log.warn('carrier usage unavailable: the last known balance is shown', {
          cardId: card.id,
          error: (error as Error).message,
          nextReadInMs: waitMs,
        });
        await store.finishCardReading(card.id, { reading: null, notBefore: clock.now() + waitMs });
        return 'failed';
      }
      const at = clock.now();
      return await store.transaction(async (tx): Promise<Outcome> => {
        const current = await tx.getCardForUpdate(card.id);
        const row = await tx.getCardReading(card.id);
        if (row?.fetchedAt != null && row.fetchedAt >= startedAt) {
          // A renewal set the values while we asked: the carrier's answer may be from before it.
          await tx.finishCardReading(card.id, { reading: null, notBefore: 0 });
          return 'stored';
        }
        if (!usage) {
          // A card the carrier does not know is asked about again after a whole interval.
          await tx.finishCardReading(card.id, { reading: null, notBefore: at + refreshMs });
          return 'failed';
        }
        if (current) await tx.updateCard(card.id, patchFromUsage(current, usage), at);
        await tx.finishCardReading(card.id, { reading: { fetchedAt: at, freshUntil: at + refreshMs }, notBefore: 0 });
        return 'stored';
      });
    } catch (error) {
      log.warn('live balance not stored', { cardId: card.id, error: (error as Error).message });
      return 'failed';
    }
  }
}

const isFresh = (reading: { fetchedAt: number | null; freshUntil: number }, now: number) =>
  reading.fetchedAt !== null && reading.freshUntil > now;

/** The flight's outcome, or 'failed' when it takes longer than `budgetMs` (it goes on). */
async function withinBudget(flight: Promise<Outcome>, budgetMs: number): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve('failed'), budgetMs);
  });
  try {
    return await Promise.race([flight, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * What a reading changes on the card: balance and expiry (a renewal then extends the carrier's expiry), and a
 * recycled eSIM ends the card (terminated, with the catalogue's reason, localised where it is shown). Airalo gives
 * totals of voice only sometimes: without one, the plan's stays (never below what is left).
 */
export function patchFromUsage(card: CardRecord, usage: CarrierUsage): CardPatch {
  const patch: CardPatch = {};
  const b = usage.balance;
  if (b) {
    patch.balance = {
      dataMb: b.dataMb,
      dataTotalMb: b.dataTotalMb === null ? null : Math.max(b.dataTotalMb, b.dataMb ?? 0),
      minutes: b.minutes,
      minutesTotal: Math.max(b.minutesTotal ?? card.balance.minutesTotal, b.minutes),
      sms: b.sms,
    };
  }
  if (usage.expiresAt !== null) patch.expiresAt = usage.expiresAt;
  if (usage.recycled && card.state !== 'terminated') {
    patch.state = 'terminated';
    patch.stateReason = en.reasons.simRecycled;
  }
  return patch;
}
