import type { Clock } from '../clock.ts';
import { sleep } from '../clock.ts';
import { en } from '../domain/catalogue-text/en.ts';
import type { Store } from '../store/types.ts';
import type { Carrier, RenewalAnswer, RenewalRequest, ReversalAnswer, ReversalRequest } from './carrier.ts';

export interface SimulatedCarrierOptions {
  store: Store;
  clock: Clock;
  /** Time to apply a renewal. */
  delayMs: number;
  /** Time for cards whose carrier profile is `slow` (test card …0067). */
  slowDelayMs: number;
}

/** Where the simulated carrier keeps the reversal of a renewal. */
export const reversalReference = (reference: string) => `reversal:${reference}`;

/** In English, as the carrier answers; the order view gives it in the customer's language (domain/card-text.ts). */
export const CARRIER_REJECTION_REASON = en.reasons.carrierRejected;

/**
 * A carrier that follows each card's profile: `normal` accepts after `delayMs`, `slow` after `slowDelayMs`,
 * `reject` refuses. It remembers every request (like a real carrier's reference check), so a request sent
 * again after a crash gets the first answer, at the time the first one was due: never applied twice.
 */
export class SimulatedCarrier implements Carrier {
  readonly name = 'simulated';
  readonly #options: SimulatedCarrierOptions;

  constructor(options: SimulatedCarrierOptions) {
    this.#options = options;
  }

  async renew({ reference, card }: RenewalRequest, signal: AbortSignal): Promise<RenewalAnswer> {
    const { store, clock } = this.#options;
    let request = await store.getCarrierRequest(reference);
    if (!request) {
      // Two instances may send the same renewal at once: the first request recorded is the one that counts.
      const now = clock.now();
      const delay = card.carrierProfile === 'slow' ? this.#options.slowDelayMs : this.#options.delayMs;
      const rejected = card.carrierProfile === 'reject';
      request = await store.putCarrierRequestOnce({
        reference,
        cardId: card.id,
        requestedAt: now,
        completesAt: now + delay,
        outcome: rejected ? 'rejected' : 'accepted',
        reason: rejected ? CARRIER_REJECTION_REASON : null,
      });
    }
    const wait = request.completesAt - clock.now();
    if (wait > 0) await sleep(wait, signal);
    return request.outcome === 'accepted'
      ? { status: 'accepted' }
      : { status: 'rejected', reason: request.reason ?? CARRIER_REJECTION_REASON };
  }

  /** Records the reversal once under `reversal:<reference>` (what a real carrier's reference check would do). */
  async reverse({ reference, card }: ReversalRequest): Promise<ReversalAnswer> {
    const now = this.#options.clock.now();
    await this.#options.store.putCarrierRequestOnce({
      reference: reversalReference(reference),
      cardId: card.id,
      requestedAt: now,
      completesAt: now,
      outcome: 'accepted',
      reason: null,
    });
    return { status: 'reversed', detail: null };
  }
}
