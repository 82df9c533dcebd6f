import type { FakeAiraloState } from './state.ts';
import type { Json, RecordedRequest } from './types.ts';
import { AiraloFakeError, invalid } from './types.ts';

/** Airalo's accepted refund reasons (`POST /v2/refund`). */
export const REFUND_REASONS = [
  'INSTALLATION_FAILURE',
  'NO_COVERAGE',
  'APN_FAILURE',
  'TRIP_CANCELLATION',
  'INTERMITTENT_CONNECTION',
  'BLOCKED_NETWORK',
  'CHANGE_OF_PLAN',
  'DELETED_ESIM',
  'EARLY_EXPIRY',
  'HOTSPOT_NOT_WORKING',
  'IMSI_CHANGE',
  'INCOMPATIBLE_DEVICE',
  'LOCKED_DEVICE',
  'NO_VOICE_TEXT_SERVICES',
  'OVERCHARGED',
  'SLOW_SPEED',
  'TOP_UP_PACKAGE_FAILURE',
  'UNKNOWN_CHARGES',
  'WRONG_PURCHASE',
  'UNABLE_TO_ACCESS_APPS',
  'SERVICE_DEGRADATION',
  'QR_ISSUE_PARTNERS',
  'OTHERS',
] as const;

/** A refund request the fake took (answered 202). */
export interface FakeRefundRequest {
  refund_id: string;
  iccids: string[];
  reason: string;
  notes: string | null;
  created_at: string;
}

const MAX_ICCIDS = 5;
const MAX_NOTES = 255;
/** Airalo's limit on this endpoint: 5 requests a minute (per IP; the fake counts them all). */
const LIMIT_PER_MINUTE = 5;

/** The refund requests of the fake's account: what `POST /v2/refund` took, and its rate limit. */
export class FakeRefunds {
  readonly requests: FakeRefundRequest[] = [];
  #calls: number[] = [];

  /** `POST /v2/refund {iccids, reason, notes?, email?}`: validated as Airalo documents it, then recorded. */
  request(state: FakeAiraloState, r: RecordedRequest): Json {
    const now = state.now();
    this.#calls = this.#calls.filter((t) => t > now - 60_000);
    if (this.#calls.length >= LIMIT_PER_MINUTE) {
      const retryAfter = Math.ceil((this.#calls[0]! + 60_000 - now) / 1000);
      throw new AiraloFakeError(429, { message: 'Too Many Attempts.' }, { 'Retry-After': String(retryAfter) });
    }
    this.#calls.push(now);
    const { iccids, reason, notes } = r.body;
    if (!Array.isArray(iccids) || iccids.length === 0) {
      throw new AiraloFakeError(422, { data: [], meta: { message: 'The iccids field is required.' } });
    }
    if (iccids.length > MAX_ICCIDS || !iccids.every((i) => typeof i === 'string' && /^\d+$/.test(i))) {
      throw invalid({ iccids: `The iccids must be at most ${MAX_ICCIDS} strings of digits.` });
    }
    if (typeof reason !== 'string' || !(REFUND_REASONS as readonly string[]).includes(reason)) {
      throw invalid({ reason: `The selected reason is invalid. It must be one of the following: ${REFUND_REASONS}` });
    }
    if (notes !== undefined && (typeof notes !== 'string' || notes.length > MAX_NOTES)) {
      throw invalid({ notes: `The notes may not be greater than ${MAX_NOTES} characters.` });
    }
    if (reason === 'OTHERS' && !notes) throw invalid({ notes: 'The notes field is required when reason is OTHERS.' });
    const foreign = (iccids as string[]).filter((i) => !state.sims.has(i));
    if (foreign.length > 0) {
      throw new AiraloFakeError(422, {
        data: [],
        meta: { message: `The following ICCIDs do not belong to your company: ${foreign.join(', ')}` },
      });
    }
    const request: FakeRefundRequest = {
      refund_id: String(12_000 + this.requests.length + 1),
      iccids: iccids as string[],
      reason,
      notes: typeof notes === 'string' ? notes : null,
      created_at: new Date(now).toISOString().replace('T', ' ').slice(0, 16),
    };
    this.requests.push(request);
    return {
      data: { refund_id: request.refund_id, created_at: request.created_at },
      meta: { message: 'success' },
    };
  }
}
