import * as z from 'zod/mini';
import { RetryLaterError } from '../../jobs/retry-later.ts';
import type { CardRecord } from '../../store/types.ts';
import type { CarrierUsage } from '../carrier.ts';
import type { AiraloClient } from './client.ts';
import { AiraloApiError } from './errors.ts';
import type { AiraloSims } from './sims.ts';

/** Airalo's eSIM statuses in `GET /v2/sims/{iccid}/usage` (RECYCLED: the eSIM was taken back). */
export const AIRALO_SIM_STATUSES = ['NOT_ACTIVE', 'ACTIVE', 'FINISHED', 'UNKNOWN', 'EXPIRED', 'RECYCLED'] as const;

const count = z.nullish(z.number().check(z.nonnegative()));

/** The fields we read of the usage answer's `data`; totals of voice and text are not in every answer. */
const usageSchema = z.object({
  remaining: count,
  total: count,
  remaining_voice: count,
  remaining_text: count,
  total_voice: count,
  total_text: count,
  expired_at: z.nullish(z.string()),
  is_unlimited: z.nullish(z.boolean()),
  // Another status (a new one of theirs) is read as an eSIM still in use.
  status: z.nullish(z.string()),
});
export type AiraloUsageAnswer = z.infer<typeof usageSchema>;

/** The wait after a 429 without Retry-After: their window is a minute. */
const DEFAULT_RETRY_AFTER_MS = 60_000;
/** Airalo's answer to any call about a recycled eSIM: 422 `{code: 73, reason}`. */
const RECYCLED_CODE = /\(code 73\)/;

/**
 * Airalo writes times as `YYYY-MM-DD HH:mm:ss` without a zone; their API works in UTC, so they are read as UTC.
 * Null for anything else (an ISO string with a zone is read as written).
 */
export function parseAiraloTime(value: string | null | undefined): number | null {
  if (!value) return null;
  const plain = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(value);
  const at = Date.parse(plain ? `${plain[1]}T${plain[2]}Z` : value);
  return Number.isNaN(at) ? null : at;
}

/** Airalo's usage answer as our usage: MB and counts as whole numbers, unlimited data as null. */
export function usageFromAiralo(answer: AiraloUsageAnswer): CarrierUsage {
  const unlimited = answer.is_unlimited === true;
  const whole = (n: number | null | undefined) => Math.floor(n ?? 0);
  return {
    balance: {
      dataMb: unlimited ? null : whole(answer.remaining),
      dataTotalMb: unlimited ? null : whole(answer.total),
      minutes: whole(answer.remaining_voice),
      minutesTotal: answer.total_voice == null ? null : whole(answer.total_voice),
      sms: whole(answer.remaining_text),
    },
    expiresAt: parseAiraloTime(answer.expired_at),
    recycled: answer.status === 'RECYCLED',
  };
}

/**
 * The card's usage from `GET /v2/sims/{iccid}/usage`, asked once: a 429 is not waited out here but thrown as a
 * RetryLaterError with its Retry-After (the caller must not ask before), a 422 code 73 is a recycled eSIM.
 * Null when the card is not an eSIM of the account (or Airalo does not know it: 404).
 */
export async function readAiraloUsage(
  client: AiraloClient,
  sims: AiraloSims,
  card: CardRecord,
  signal: AbortSignal,
): Promise<CarrierUsage | null> {
  const iccid = await sims.iccidOf(card, signal);
  if (!iccid) return null;
  let data: unknown;
  try {
    data = await client.get<unknown>(`/v2/sims/${encodeURIComponent(iccid)}/usage`, {}, signal, {
      waitOnRateLimit: false,
    });
  } catch (error) {
    if (!(error instanceof AiraloApiError)) throw error;
    if (error.status === 429) throw new RetryLaterError(error.message, error.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS);
    if (error.status === 404) return null;
    if (error.status === 422 && RECYCLED_CODE.test(error.detail)) {
      return { balance: null, expiresAt: null, recycled: true };
    }
    throw error;
  }
  const parsed = usageSchema.safeParse(data);
  if (!parsed.success) {
    throw new Error(`Airalo GET /v2/sims/…/usage: unexpected answer (${z.prettifyError(parsed.error)})`);
  }
  return usageFromAiralo(parsed.data);
}
