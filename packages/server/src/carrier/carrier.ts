import type { Currency, PlanSnapshot, ReversalStatus } from '@urcard/sdk';
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
  /** Support's reason for the refund, when it gave one. */
  reason?: string | null;
}

/**
 * A renewal the carrier sells for one SIM, in the carrier's terms: the domain turns it into a plan (tier, localised
 * name and description). The id is what `renew` buys (`plan.planId`).
 */
export interface CarrierPlan {
  id: string;
  /** The carrier's own name for it (English). */
  title: string;
  /** MB; null is unlimited. */
  dataMb: number | null;
  minutes: number;
  sms: number;
  validityDays: number;
  /** The price to sell it at, in integer minor units, in each currency the carrier gives one for. */
  prices: Partial<Record<Currency, number>>;
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

/** What the carrier made of a reversal (the order's refund shows it); `detail` in the carrier's words, English. */
export interface ReversalAnswer {
  status: ReversalStatus;
  detail: string | null;
}

/**
 * The network operator that applies a paid renewal to the SIM. `renew` may take minutes; it is called from the
 * job queue, again after a crash, so it must be idempotent on `reference`. Throwing means "try again later"
 * (the job backs off); a rejection is final and the order is refunded.
 */
export interface Carrier {
  readonly name: string;
  renew(request: RenewalRequest, signal: AbortSignal): Promise<RenewalAnswer>;
  /**
   * Reverses an applied renewal (a support refund). Idempotent on `reference`: a second call answers what the
   * first got, without asking the carrier again. Throwing means "try again later".
   */
  reverse(request: ReversalRequest, signal: AbortSignal): Promise<ReversalAnswer>;
  /**
   * The renewals this carrier sells for the card, when the carrier (not the static catalogue) decides them; null
   * when the carrier has no such SIM. Throwing means the carrier could not be asked (`service_unavailable`).
   */
  plans?(card: CardRecord, signal?: AbortSignal): Promise<CarrierPlan[] | null>;
  /**
   * Live balance (optional: a carrier without it shows the server's own values). The card's usage now, or null
   * when the carrier does not know the card. Called sparingly (domain/balances.ts keeps within the carrier's
   * rate); throws a RetryLaterError when the carrier asks to wait, anything else when it failed.
   */
  usage?(card: CardRecord, signal: AbortSignal): Promise<CarrierUsage | null>;
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
