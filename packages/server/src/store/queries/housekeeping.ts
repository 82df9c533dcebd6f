import { sql } from 'kysely';
import type { CarrierRequestRecord } from '../types.ts';
import type { Queries, QueryContext } from './context.ts';

const DAY_MS = 86_400_000;

function carrierFromRow(r: {
  reference: string;
  card_id: string;
  requested_at: number;
  completes_at: number;
  outcome: string;
  reason: string | null;
}): CarrierRequestRecord {
  return {
    reference: r.reference,
    cardId: r.card_id,
    requestedAt: r.requested_at,
    completesAt: r.completes_at,
    outcome: r.outcome as CarrierRequestRecord['outcome'],
    reason: r.reason,
  };
}

/** Carriers' memory of requests, shared rate-limit windows, and the purge of what has expired. */
export function housekeepingQueries({
  db,
}: QueryContext): Queries<
  | 'getCarrierRequest'
  | 'putCarrierRequestOnce'
  | 'answerCarrierRequest'
  | 'forgetPendingCarrierRequest'
  | 'hitRateLimit'
  | 'purgeExpired'
> {
  const getCarrierRequest = async (reference: string) => {
    const r = await db.selectFrom('carrier_requests').selectAll().where('reference', '=', reference).executeTakeFirst();
    return r ? carrierFromRow(r) : null;
  };
  return {
    getCarrierRequest,
    async putCarrierRequestOnce(c) {
      await db
        .insertInto('carrier_requests')
        .values({
          reference: c.reference,
          card_id: c.cardId,
          requested_at: c.requestedAt,
          completes_at: c.completesAt,
          outcome: c.outcome,
          reason: c.reason,
        })
        .onConflict((oc) => oc.column('reference').doNothing())
        .execute();
      const stored = await getCarrierRequest(c.reference);
      if (!stored) throw new Error(`carrier request ${c.reference} vanished`);
      return stored;
    },
    async answerCarrierRequest(reference, answer) {
      const result = await db
        .updateTable('carrier_requests')
        .set({ outcome: answer.outcome, reason: answer.reason, completes_at: answer.completesAt })
        .where('reference', '=', reference)
        .where('outcome', '=', 'pending')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async forgetPendingCarrierRequest(reference) {
      await db
        .deleteFrom('carrier_requests')
        .where('reference', '=', reference)
        .where('outcome', '=', 'pending')
        .execute();
    },
    async hitRateLimit(key, windowMs, now) {
      const lapsed = sql<boolean>`rate_limits.window_start <= ${now - windowMs}`;
      const row = await db
        .insertInto('rate_limits')
        .values({ key, window_start: now, count: 1 })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            count: sql<number>`case when ${lapsed} then 1 else rate_limits.count + 1 end`,
            window_start: sql<number>`case when ${lapsed} then ${now} else rate_limits.window_start end`,
          }),
        )
        .returning(['count', 'window_start'])
        .executeTakeFirstOrThrow();
      return { count: row.count, windowStart: row.window_start };
    },
    async purgeExpired(now) {
      const counts = await Promise.all([
        db.deleteFrom('card_tokens').where('expires_at', '<', now).executeTakeFirst(),
        db
          .deleteFrom('customer_session_tokens')
          .where('session_id', 'in', (eb) =>
            eb.selectFrom('customer_sessions').select('id').where('expires_at', '<', now),
          )
          .executeTakeFirst(),
        db.deleteFrom('idempotency_keys').where('expires_at', '<', now).executeTakeFirst(),
        // Quotes are kept while an order points at them; unused ones go a day after they expire.
        db
          .deleteFrom('quotes')
          .where('expires_at', '<', now - DAY_MS)
          .where('id', 'not in', (eb) => eb.selectFrom('orders').select('quote_id'))
          .executeTakeFirst(),
        // Stripe retries events for up to three days; remember their ids for a month.
        db
          .deleteFrom('provider_events')
          .where('received_at', '<', now - 30 * DAY_MS)
          .executeTakeFirst(),
        // Counts are forgotten after a day; a history of lockouts only after a month, so escalation holds.
        db
          .deleteFrom('pin_attempts')
          .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
          .where((eb) =>
            eb.or([
              eb.and([eb('lockouts', '=', 0), eb('updated_at', '<', now - DAY_MS)]),
              eb('updated_at', '<', now - 30 * DAY_MS),
            ]),
          )
          .executeTakeFirst(),
        db
          .deleteFrom('rate_limits')
          .where('window_start', '<', now - DAY_MS)
          .executeTakeFirst(),
        // Events and their deliveries are kept for 30 days.
        db
          .deleteFrom('events')
          .where('created_at', '<', now - 30 * DAY_MS)
          .executeTakeFirst(),
        db
          .deleteFrom('webhook_deliveries')
          .where('created_at', '<', now - 30 * DAY_MS)
          .executeTakeFirst(),
      ]);
      return counts.reduce((n, r) => n + Number(r.numDeletedRows), 0);
    },
  };
}
