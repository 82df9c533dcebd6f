import type { CardEventData, LowDataSkipReason, Money } from '@urcard/sdk';
import type { LowDataLevel, LowDataNotice } from '../../carrier/carrier.ts';
import { LOW_DATA_LEVELS, LOW_DATA_TOP_UP_LEVELS } from '../../carrier/carrier.ts';
import { derivedId, hmacSha256, newId } from '../../ids.ts';
import type { CardRecord, QuoteRecord, StoreData } from '../../store/types.ts';
import { LOW_DATA_OFF } from '../../store/types.ts';
import { cardEventData } from '../events/card-events.ts';
import { recordEvent } from '../events/record.ts';
import type { OfferedPlan } from '../plan-source.ts';
import { offeredPlan } from '../plan-source.ts';
import type { OrderDeps } from './deps.ts';
import { insertOffSessionOrder, offSessionQuote } from './off-session.ts';
import type { Renewals } from './renewals.ts';

/** The first instant of the calendar month (UTC) of `now`: the cap counts from there. */
export function monthStartUtc(now: number): number {
  const d = new Date(now);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

/** The job's payload: the card (never its number), the package and the level of the notice. */
export interface LowDataJob {
  cardId: string;
  packageName: string;
  level: LowDataLevel;
}

export function lowDataJobFrom(payload: Record<string, unknown>): LowDataJob {
  const { cardId, packageName, level } = payload;
  if (typeof cardId !== 'string' || typeof packageName !== 'string') throw new Error('low-data job payload is bad');
  if (!LOW_DATA_LEVELS.includes(level as LowDataLevel)) throw new Error('low-data job payload level is bad');
  return { cardId, packageName, level: level as LowDataLevel };
}

/** What the card's month of low-data top-ups looks like (the card view shows it). */
export async function lowDataSpentThisMonth(store: Pick<StoreData, 'lowDataSpent'>, card: CardRecord, now: number) {
  const currency = card.lowData?.monthlyCap?.currency ?? card.lastPurchase?.currency ?? 'USD';
  return { amount: await store.lowDataSpent(card.id, monthStartUtc(now), currency), currency };
}

type Decision =
  | { skip: LowDataSkipReason; partnerId: string; amount: Money | null; spent: Money | null }
  | { skip: null; partnerId: string; quote: QuoteRecord };

/**
 * Top-ups when the data runs low. The carrier's verified notice becomes a job (`receive`); the job (`run`)
 * decides once per card, package and level, with the card locked: a trigger row whose primary key makes a
 * second notice, a second instance or a retried job find the first decision, and the month's low-data spend
 * read under the same lock, so two notices at once cannot both pass the cap. A top-up is an off-session order
 * of the card's last plan, charged and provisioned like an auto-renewal (Renewals.chargeOffSession); a notice
 * the cap or the card's state stops is `card.low_data_top_up_skipped` for the partner.
 */
export class LowDataTopUps {
  readonly #deps: OrderDeps;
  readonly #renewals: Renewals;

  constructor(deps: OrderDeps, renewals: Renewals) {
    this.#deps = deps;
    this.#renewals = renewals;
  }

  /** The webhook's part: the card of the ICCID, and a job for a level that tops up. Fast; idempotent. */
  async receive(notice: LowDataNotice): Promise<{ outcome: 'queued' | 'ignored' | 'unknown_card' }> {
    const { store, clock, config, log, jobs } = this.#deps;
    if (!LOW_DATA_TOP_UP_LEVELS.includes(notice.level)) {
      log.info('low-data notification acknowledged (level does not top up)', { level: notice.level });
      return { outcome: 'ignored' };
    }
    const card = await store.getCardByNumberHash(hmacSha256(config.cardHashKey, notice.iccid));
    if (!card) {
      log.warn('low-data notification for an ICCID that is no card of ours', { last4: notice.iccid.slice(-4) });
      return { outcome: 'unknown_card' };
    }
    const job: LowDataJob = { cardId: card.id, packageName: notice.packageName, level: notice.level };
    const now = clock.now();
    await store.transaction((tx) =>
      jobs.enqueue(
        tx,
        {
          type: 'low_data_top_up',
          uniqueKey: `low_data:${card.id}:${notice.level}:${notice.packageName}`,
          payload: { ...job },
        },
        now,
      ),
    );
    jobs.wake();
    return { outcome: 'queued' };
  }

  /** Job: decides (once) and, when it places an order, charges it off-session. Resumable after a crash. */
  async run(job: LowDataJob): Promise<void> {
    const { store, clock, log } = this.#deps;
    // The plan is asked of the carrier before the card is locked: no carrier call holds a transaction open.
    const current = await store.getCard(job.cardId);
    const last = current?.lastPurchase;
    const plan = current && last?.planId ? await offeredPlan(this.#deps.plans, current, last.planId) : undefined;
    const now = clock.now();
    const orderId = await store.transaction((tx) => this.#decide(tx, job, now, plan));
    if (!orderId) return;
    const [order, card] = await Promise.all([store.getOrder(orderId), store.getCard(job.cardId)]);
    if (!order || !card) return;
    log.info('low-data top-up ordered', { orderId, cardId: card.id, level: job.level });
    await this.#renewals.chargeOffSession(order, card, 'data running low');
  }

  /** In one transaction with the card locked: the order id to charge, or null (skipped, done, not chosen). */
  async #decide(tx: StoreData, job: LowDataJob, now: number, plan: OfferedPlan | undefined): Promise<string | null> {
    const card = await tx.getCardForUpdate(job.cardId);
    if (!card) return null;
    const existing = await tx.getLowDataTrigger(card.id, job.packageName, job.level);
    if (existing) return existing.orderId;
    const setting = card.lowData ?? LOW_DATA_OFF;
    if (!setting.enabled) return null;
    const decision = await this.#judge(tx, card, setting.monthlyCap, now, plan);
    if (!decision) return null;
    const trigger = { cardId: card.id, packageName: job.packageName, level: job.level, createdAt: now };
    if (decision.skip) {
      await this.#skip(tx, card, job, decision, now);
      return null;
    }
    const { quote } = decision;
    const orderId = newId('ord');
    if (!(await tx.insertLowDataTrigger({ ...trigger, outcome: 'ordered', orderId }))) return null;
    const order = await insertOffSessionOrder(tx, this.#deps, {
      id: orderId,
      card,
      quote,
      now,
      reason: `data running low (${job.level})`,
      origin: 'low_data',
    });
    return order.id;
  }

  /**
   * The job was given up (the carrier could not be asked for the card's package through every retry): the
   * decision is recorded as `carrier_unavailable` and the partner hears it, as for any top-up that did not happen.
   */
  async giveUp(job: LowDataJob): Promise<void> {
    const { store, clock, log } = this.#deps;
    const now = clock.now();
    await store.transaction(async (tx) => {
      const card = await tx.getCardForUpdate(job.cardId);
      if (!card || (await tx.getLowDataTrigger(card.id, job.packageName, job.level))) return;
      const partnerId = (await tx.listOrders({ cardId: card.id, statuses: ['completed'] })).at(-1)?.partnerId;
      if (!partnerId) return;
      await this.#skip(tx, card, job, { skip: 'carrier_unavailable', partnerId, amount: null, spent: null }, now);
    });
    log.warn('low-data top-up given up: the carrier could not be asked', { cardId: job.cardId, level: job.level });
  }

  /** Records a top-up that does not happen (once per card, package and level) and tells the partner why. */
  async #skip(
    tx: StoreData,
    card: CardRecord,
    job: LowDataJob,
    decision: Extract<Decision, { skip: LowDataSkipReason }>,
    now: number,
  ): Promise<void> {
    const trigger = { cardId: card.id, packageName: job.packageName, level: job.level, createdAt: now };
    await tx.insertLowDataTrigger({ ...trigger, outcome: decision.skip, orderId: null });
    const data: CardEventData = {
      ...cardEventData(card, null),
      lowDataTopUp: {
        reason: decision.skip,
        level: job.level,
        packageName: job.packageName,
        amount: decision.amount,
        monthlyCap: (card.lowData ?? LOW_DATA_OFF).monthlyCap,
        spentThisMonth: decision.spent,
      },
    };
    await recordEvent(
      tx,
      {
        id: derivedId('evt', `low_data_skipped:${card.id}:${job.packageName}:${job.level}`),
        partnerId: decision.partnerId,
        type: 'card.low_data_top_up_skipped',
        cardId: card.id,
        data,
      },
      now,
    );
    this.#deps.log.info('low-data top-up skipped', { cardId: card.id, level: job.level, reason: decision.skip });
  }

  /** Whether the card may be topped up now, and at what price; null when it has no partner to tell. */
  async #judge(
    tx: StoreData,
    card: CardRecord,
    cap: Money | null,
    now: number,
    plan: OfferedPlan | undefined,
  ): Promise<Decision | null> {
    const partnerId = (await tx.listOrders({ cardId: card.id, statuses: ['completed'] })).at(-1)?.partnerId;
    if (!partnerId) return null;
    const skip = (reason: LowDataSkipReason, amount: Money | null = null, spent: Money | null = null): Decision => ({
      skip: reason,
      partnerId,
      amount,
      spent,
    });
    if (!card.autoRenew) return skip('auto_renew_off');
    if (!card.savedPaymentMethod) return skip('no_payment_method');
    if (card.state !== 'active') return skip('card_not_renewable');
    const last = card.lastPurchase;
    if (!last || plan?.id !== last.planId || !plan.autoRenewAllowed || !plan.price(last.currency, now, 'en')) {
      return skip('plan_unavailable');
    }
    const quote = offSessionQuote(this.#deps, { card, partnerId, plan, last, now });
    if (!cap || cap.currency !== quote.total.currency) return skip('cap_currency_changed', quote.total);
    const spent = { amount: await tx.lowDataSpent(card.id, monthStartUtc(now), cap.currency), currency: cap.currency };
    if (spent.amount + quote.total.amount > cap.amount) return skip('cap_reached', quote.total, spent);
    return { skip: null, partnerId, quote };
  }
}
