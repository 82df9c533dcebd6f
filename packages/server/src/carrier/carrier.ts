import type { PlanSnapshot } from '@urcard/sdk';
import type { CardRecord } from '../store/types.ts';

export interface RenewalRequest {
  /** Our order id. The carrier must treat a second request with the same reference as the same renewal. */
  reference: string;
  card: CardRecord;
  plan: PlanSnapshot;
}

/** A renewal already applied that support refunded: the carrier takes it back. */
export interface ReversalRequest {
  /** The order id of the renewal; a second reversal with the same reference is the same reversal. */
  reference: string;
  card: CardRecord;
  plan: PlanSnapshot;
}

/** An eSIM's usage as the carrier reports it (a live balance). */
export interface CarrierUsage {
  /** What is left; null when the carrier said only that the eSIM is gone (recycled). */
  balance: {
    /** MB left; null when unlimited. */
    dataMb: number | null;
    /** MB of the current package; null when unlimited. */
    dataTotalMb: number | null;
    minutes: number;
    /** Minutes of the current package; null when the carrier does not say (the domain keeps the plan's). */
    minutesTotal: number | null;
    sms: number;
  } | null;
  /** When the eSIM's current package ends (ms); null when the carrier does not say. */
  expiresAt: number | null;
  /** The carrier took the eSIM back (recycled): it can never be renewed. */
  recycled: boolean;
}

export type RenewalAnswer = { status: 'accepted' } | { status: 'rejected'; reason: string };

/**
 * The network operator that applies a paid renewal to the SIM. `renew` may take minutes; it is called from the
 * job queue, again after a crash, so it must be idempotent on `reference`. Throwing means "try again later"
 * (the job backs off); a rejection is final and the order is refunded.
 */
export interface Carrier {
  readonly name: string;
  renew(request: RenewalRequest, signal: AbortSignal): Promise<RenewalAnswer>;
  /** Reverses an applied renewal (a support refund). Idempotent on `reference`; throwing means "try again later". */
  reverse(request: ReversalRequest, signal: AbortSignal): Promise<void>;
  /**
   * Live balance (optional: a carrier without it shows the server's own values). The card's usage now, or null
   * when the carrier does not know the card. Called sparingly (domain/balances.ts keeps within the carrier's
   * rate); throws a RetryLaterError when the carrier asks to wait, anything else when it failed.
   */
  usage?(card: CardRecord, signal: AbortSignal): Promise<CarrierUsage | null>;
}
