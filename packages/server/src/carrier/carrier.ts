import type { PlanSnapshot } from '@urcard/sdk';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/env.ts';
import type { Logger } from '../log.ts';
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
   * The carrier's signed notifications, as a sub-app mounted at `/v1/webhooks/<name>` (not part of the public
   * contract, like the payment provider's webhooks). Absent when the carrier sends none or is not set up for them.
   */
  webhooks?(context: CarrierWebhookContext): Hono<AppEnv>;
}

/** Airalo's low-data levels: 75 % or 90 % of the data used, 3 days or 1 day left. */
export const LOW_DATA_LEVELS = ['75%', '90%', '3days', '1days'] as const;
export type LowDataLevel = (typeof LOW_DATA_LEVELS)[number];
/** The levels that top a card up (the others are only acknowledged). */
export const LOW_DATA_TOP_UP_LEVELS: readonly LowDataLevel[] = ['90%', '1days'];

/** A verified notice from the carrier that an eSIM's data runs low. */
export interface LowDataNotice {
  /** The card number (the eSIM's ICCID): hashed at once, never stored. */
  iccid: string;
  packageName: string;
  level: LowDataLevel;
  remainingPercentage: number;
}

/** What the carrier's webhooks report to; the work happens in a job, so this answers fast. */
export interface CarrierWebhookContext {
  lowData(notice: LowDataNotice): Promise<{ outcome: string }>;
  log: Logger;
}
