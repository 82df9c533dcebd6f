import type { CardRecord, OrderRecord } from '../../store/types.ts';
import { recordAutoRenewNotOffered } from '../events/card-events.ts';
import { offeredPlan } from '../plan-source.ts';
import type { OrderDeps } from './deps.ts';
import { insertOffSessionOrder, offSessionQuote } from './off-session.ts';
import type { PaymentEvents } from './payment-events.ts';
import { transitionOrder } from './transition.ts';

/** Orders nobody is present for: auto-renewals charged off-session, and unpaid orders canceled in time. */
export class Renewals {
  readonly #deps: OrderDeps;
  readonly #events: PaymentEvents;

  constructor(deps: OrderDeps, events: PaymentEvents) {
    this.#deps = deps;
    this.#events = events;
  }

  /**
   * Job: renews a card off-session with its last plan at today's price. The order id is fixed when the job is
   * queued, so a resumed job finds its order and the provider's idempotency key stops a second charge.
   */
  async autoRenew(payload: { cardId: string; expiresAt: number; orderId: string }): Promise<void> {
    const { store, clock, log } = this.#deps;
    let order = await store.getOrder(payload.orderId);
    const card = await store.getCard(payload.cardId);
    if (!card) return;
    if (!order) {
      const last = card.lastPurchase;
      if (
        !card.autoRenew ||
        !card.savedPaymentMethod ||
        card.state !== 'active' ||
        card.expiresAt !== payload.expiresAt ||
        !last?.planId
      ) {
        return;
      }
      const partnerId = await this.#partnerOfLastOrder(card.id);
      const plan = await offeredPlan(this.#deps.plans, card, last.planId);
      if (!plan?.autoRenewAllowed || !plan.price(last.currency, clock.now(), 'en')) {
        log.warn('auto-renew skipped: the last plan is no longer offered', { cardId: card.id, planId: last.planId });
        await store.transaction((tx) => recordAutoRenewNotOffered(tx, card, partnerId, clock.now()));
        return;
      }
      const now = clock.now();
      const quote = offSessionQuote(this.#deps, { card, partnerId, plan, last, now });
      const created = await store.transaction((tx) =>
        insertOffSessionOrder(tx, this.#deps, { id: payload.orderId, card, quote, now, reason: 'auto-renew' }),
      );
      order = created;
    }
    await this.chargeOffSession(order, card);
  }

  /**
   * Charges an off-session order (auto-renew, or a low-data top-up) with the card's saved method, once: an order
   * already sent to the provider is left alone, and the provider's idempotency key stops a second charge.
   */
  async chargeOffSession(order: OrderRecord, card: CardRecord, why = 'auto-renew'): Promise<void> {
    const { store, clock, provider, log } = this.#deps;
    if (order.status !== 'requires_payment' || order.providerPaymentId !== null || !card.savedPaymentMethod) return;

    const result = await provider.chargeOffSession({
      orderId: order.id,
      amount: order.total,
      description: `UR card ${order.maskedCardNumber} — ${order.plan.name} (${why})`,
      card: { id: card.id, last4: card.last4, providerCustomerId: card.providerCustomerId },
      paymentMethod: card.savedPaymentMethod,
      idempotencyKey: `offsession_${order.id}`,
      metadata: { orderId: order.id, cardId: card.id, partnerId: order.partnerId, autoRenew: 'true' },
    });
    const now = clock.now();
    const charging = order;
    const applied = await store.transaction(async (tx) => {
      await tx.updateOrder(
        charging.id,
        { providerPaymentId: result.paymentId, providerData: { ...charging.providerData, ...result.data } },
        'requires_payment',
        now,
      );
      const type = result.status === 'requires_action' ? 'failed' : result.status;
      const error =
        result.status === 'requires_action'
          ? {
              code: 'authentication_failed' as const,
              message: 'The bank asked for authentication, which needs the customer',
            }
          : result.error;
      return this.#events.applyInTransaction(
        tx,
        {
          provider: charging.provider,
          eventId: `offsession:${charging.id}:${result.status}`,
          paymentId: result.paymentId,
          type,
          ...(result.paymentMethod ? { paymentMethod: result.paymentMethod } : {}),
          ...(error ? { error } : {}),
          amount: charging.total,
        },
        now,
      );
    });
    log.info(`${why} charged`, { orderId: charging.id, cardId: card.id, outcome: result.status });
    if (applied.status === 'paid') this.#deps.jobs.wake();
  }

  async #partnerOfLastOrder(cardId: string): Promise<string> {
    const orders = await this.#deps.store.listOrders({ cardId, statuses: ['completed'] });
    const last = orders.at(-1);
    if (!last) throw new Error(`Card ${cardId} has no completed order to renew`);
    return last.partnerId;
  }

  /** Cancels orders that have waited for payment longer than the configured time. */
  async cancelUnpaid(): Promise<number> {
    const { store, clock, config, provider, log } = this.#deps;
    const now = clock.now();
    const stale = await store.listOrders({
      statuses: ['requires_payment'],
      createdBefore: now - config.unpaidOrderTtlMs,
      limit: 100,
    });
    let canceled = 0;
    for (const order of stale) {
      try {
        await store.transaction((tx) => transitionOrder(tx, order, 'canceled', {}, 'not paid in time', now));
        canceled++;
        if (order.provider === provider.name) await provider.cancelPayment?.(order);
      } catch (error) {
        log.warn('could not cancel an unpaid order', { orderId: order.id, error });
      }
    }
    return canceled;
  }
}
