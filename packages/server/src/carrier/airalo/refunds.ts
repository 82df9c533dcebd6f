import { randomUUID } from 'node:crypto';
import type { Clock } from '../../clock.ts';
import { iso } from '../../clock.ts';
import { RetryLaterError } from '../../jobs/retry-later.ts';
import type { Logger } from '../../log.ts';
import { redact } from '../../log.ts';
import type { CardRecord, CarrierRequestRecord, Store } from '../../store/types.ts';
import type { ReversalAnswer } from '../carrier.ts';
import type { AiraloOrder } from './carrier.ts';
import type { AiraloClient } from './client.ts';
import { AiraloApiError } from './errors.ts';

/** Where a refund request sent for our order is remembered (the carrier_requests table). */
export const refundRequestReference = (orderId: string) => `airalo-refund:${orderId}`;

/** Airalo's refund reason for ours: support's reason goes in `notes` (which `OTHERS` requires). */
const REFUND_REASON = 'OTHERS';
/** Airalo takes at most 255 characters of notes. */
const MAX_NOTES = 255;
/** The wait after a 429 that carried no Retry-After (the endpoint allows a few requests a minute per IP). */
const DEFAULT_RETRY_AFTER_MS = 60_000;

interface RefundAnswer {
  refund_id: string | number;
  created_at: string;
}

export interface AiraloRefundsOptions {
  client: AiraloClient;
  store: Store;
  clock: Clock;
  log: Logger;
}

/**
 * Reversals as Airalo refund requests (`POST /v2/refund {iccids, reason, notes}`, answered 202 with a
 * `refund_id`; Airalo's support reviews each one). Airalo has neither an idempotency key nor a way to look a
 * refund request up, so the request is recorded `pending` before it is sent (one row per order, first wins)
 * and its answer written after:
 * - 202: `requested`, with Airalo's refund id; 4xx (but 429): `refused`, final, in Airalo's words;
 * - 5xx or 429: Airalo did not take it: the record is forgotten and the job tries again later;
 * - no answer (a timeout, a connection closed) or a crash while it was in flight: it may have been taken, so it
 *   is never sent again: `unconfirmed`, to be checked with Airalo (the notes carry our order id).
 * A second reversal of the same order answers what the record says, without a request.
 */
export class AiraloRefunds {
  readonly #options: AiraloRefundsOptions;

  constructor(options: AiraloRefundsOptions) {
    this.#options = options;
  }

  /** The answer already known for this order (recorded), or null when no request was sent. */
  async known(orderId: string): Promise<ReversalAnswer | null> {
    const record = await this.#options.store.getCarrierRequest(refundRequestReference(orderId));
    return record ? answerOf(record) : null;
  }

  /** Sends the refund request of the top-up `topUp` of `iccid` once; see the class. */
  async request(
    input: { orderId: string; card: CardRecord; iccid: string; topUp: AiraloOrder; reason: string | null },
    signal: AbortSignal,
  ): Promise<ReversalAnswer> {
    const { client, store, clock, log } = this.#options;
    const reference = refundRequestReference(input.orderId);
    const claim = `pending:${randomUUID()}`;
    const now = clock.now();
    const held = await store.putCarrierRequestOnce({
      reference,
      cardId: input.card.id,
      requestedAt: now,
      completesAt: now,
      outcome: 'pending',
      reason: claim,
    });
    // Another attempt holds the record (or answered it): never a second request.
    if (held.reason !== claim) return answerOf(held);
    const notes = refundNotes(input.orderId, input.topUp, input.reason);
    let answer: RefundAnswer;
    try {
      answer = await client.post<RefundAnswer>(
        '/v2/refund',
        { iccids: [input.iccid], reason: REFUND_REASON, notes },
        signal,
      );
    } catch (error) {
      if (error instanceof AiraloApiError && (error.status >= 500 || error.status === 429)) {
        await store.forgetPendingCarrierRequest(reference);
        const wait = error.status === 429 ? (error.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS) : 0;
        throw new RetryLaterError(error.message, wait);
      }
      if (error instanceof AiraloApiError) {
        // Airalo's words can name the ICCID: kept masked, as the order shows card numbers.
        const detail = String(redact(error.detail));
        await store.answerCarrierRequest(reference, { outcome: 'rejected', reason: detail, completesAt: clock.now() });
        log.warn('carrier refused the refund request', { orderId: input.orderId, detail });
        return { status: 'refused', detail };
      }
      // No answer: it may have been taken. The record stays pending; a shutdown's abort comes back the same way.
      if (signal.aborted) throw error;
      log.warn('refund request unanswered: not sent again, check it with Airalo', {
        orderId: input.orderId,
        error: String((error as Error).message ?? error),
      });
      return answerOf(held);
    }
    const detail = `Airalo refund request ${String(answer.refund_id)} for top-up ${input.topUp.code}`;
    await store.answerCarrierRequest(reference, { outcome: 'accepted', reason: detail, completesAt: clock.now() });
    log.info('carrier took the refund request', { orderId: input.orderId, refundId: String(answer.refund_id) });
    return { status: 'requested', detail };
  }
}

function answerOf(record: CarrierRequestRecord): ReversalAnswer {
  if (record.outcome === 'accepted') return { status: 'requested', detail: record.reason };
  if (record.outcome === 'rejected') return { status: 'refused', detail: record.reason };
  return {
    status: 'unconfirmed',
    detail: `refund request sent ${iso(record.requestedAt)} without an answer: not sent again; check it with Airalo`,
  };
}

/** What Airalo's support reads: our order, the top-up to refund, and support's reason. */
export function refundNotes(orderId: string, topUp: AiraloOrder, reason: string | null): string {
  const notes = `urcard order ${orderId}: refund the top-up ${topUp.code} (package ${topUp.package_id})`;
  return (reason ? `${notes}. ${reason}` : notes).slice(0, MAX_NOTES);
}
