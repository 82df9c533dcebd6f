import type { IssuedReceipt } from '@urcard/sdk';
import { iso } from '../../clock.ts';
import type { CardRecord, OrderRecord, QuoteRecord, StoreData } from '../../store/types.ts';
import { planLinePrice, renewedExpiry } from '../auto-renewal.ts';
import { noteRenewalReading } from '../balances.ts';
import { queueReceipt } from '../receipts.ts';
import type { OrderDeps } from './deps.ts';
import { receiptNumber, transitionOrder } from './transition.ts';

/** The third phase: a paid order handed to the carrier, then completed (the card extended) or failed. */
export class Provisioning {
  readonly #deps: OrderDeps;

  constructor(deps: OrderDeps) {
    this.#deps = deps;
  }

  /** Job: hands a paid order to the carrier and records the answer. Safe to run again after a crash. */
  async provision(orderId: string, signal: AbortSignal): Promise<void> {
    const { store, clock, carrier } = this.#deps;
    let order = await store.getOrder(orderId);
    if (!order) return;
    if (order.status === 'paid') {
      const paid = order;
      order = await store.transaction((tx) =>
        transitionOrder(tx, paid, 'provisioning', {}, `sent to carrier ${carrier.name}`, clock.now()),
      );
    }
    if (order.status !== 'provisioning') return;
    const card = await store.getCard(order.cardId);
    if (!card) throw new Error(`Card ${order.cardId} of order ${order.id} is missing`);

    const answer = await carrier.renew({ reference: order.id, card, plan: order.plan }, signal);
    if (answer.status === 'accepted') {
      await store.transaction(async (tx) => {
        const current = await tx.getOrder(orderId, { lock: true });
        // Locked: two orders of one card completing on two instances must not both extend the old expiry.
        const currentCard = await tx.getCardForUpdate(card.id);
        if (current?.status !== 'provisioning' || !currentCard) return;
        // Read under the lock, so receipts of one card are issued in the order they chain.
        await this.#complete(tx, current, currentCard, clock.now());
      });
      return;
    }
    const now = clock.now();
    await store.transaction(async (tx) => {
      const current = await tx.getOrder(orderId, { lock: true });
      if (current?.status !== 'provisioning') return;
      await this.#fail(tx, current, 'carrier_rejected', answer.reason, now);
    });
    this.#deps.jobs.wake();
  }

  /** Gives up on provisioning (the carrier stayed unreachable): the order fails and is refunded. */
  async abandonProvisioning(orderId: string, reason: string): Promise<void> {
    const now = this.#deps.clock.now();
    await this.#deps.store.transaction(async (tx) => {
      const order = await tx.getOrder(orderId, { lock: true });
      if (!order || (order.status !== 'provisioning' && order.status !== 'paid')) return;
      const provisioning =
        order.status === 'paid'
          ? await transitionOrder(tx, order, 'provisioning', {}, 'carrier unreachable', now)
          : order;
      await this.#fail(tx, provisioning, 'carrier_unavailable', reason, now);
    });
    this.#deps.jobs.wake();
  }

  async #fail(
    tx: StoreData,
    order: OrderRecord,
    code: 'carrier_rejected' | 'carrier_unavailable',
    message: string,
    now: number,
  ) {
    await transitionOrder(tx, order, 'failed', { failure: { code, message, refunded: false } }, code, now);
    await this.#deps.jobs.enqueue(
      tx,
      { type: 'refund_order', uniqueKey: `refund:${order.id}`, payload: { orderId: order.id } },
      now,
    );
  }

  async #complete(tx: StoreData, order: OrderRecord, card: CardRecord, now: number) {
    const previous = card.expiresAt;
    const newExpiresAt = renewedExpiry(previous, order.plan.validityDays, now);
    const receipt: IssuedReceipt = {
      number: receiptNumber(order.id, now),
      planName: order.plan.name,
      tier: order.plan.tier,
      amount: order.total,
      paymentMethod: order.paymentMethod ?? {
        type: order.provider === 'sandbox' ? 'sandbox' : 'card',
        brand: null,
        last4: null,
      },
      maskedCardNumber: order.maskedCardNumber,
      previousExpiresAt: iso(previous),
      newExpiresAt: iso(newExpiresAt),
      issuedAt: iso(now),
    };
    const completed = await transitionOrder(tx, order, 'completed', { receipt }, 'carrier applied the renewal', now);
    await queueReceipt(this.#deps, tx, completed, 'receipt', now);
    const plan = order.plan;
    await tx.updateCard(
      card.id,
      {
        expiresAt: newExpiresAt,
        currentPlan: { id: plan.planId ?? 'custom', name: plan.name, tier: plan.tier },
        balance: {
          dataMb: plan.dataMb,
          dataTotalMb: plan.dataMb,
          minutes: plan.minutes,
          minutesTotal: plan.minutes,
          sms: plan.sms,
        },
        lastPurchase: {
          planId: plan.planId,
          plan,
          currency: order.total.currency as QuoteRecord['currency'],
          ...(planLinePrice(order.lineItems) ? { price: planLinePrice(order.lineItems)! } : {}),
        },
      },
      now,
    );
    // A carrier with live balances may still report the eSIM from before this renewal for a while (balances.ts).
    if (this.#deps.carrier.usage) await noteRenewalReading(tx, card.id, now);
  }
}
