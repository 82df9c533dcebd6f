import type { CardSession, Order, UrcardClient } from '@urcard/sdk';
import {
  ORDER_STATUSES_FAILED,
  ORDER_STATUSES_PAID_OR_LATER,
  ORDER_STATUSES_SETTLED,
  orderStatusIn,
} from '@urcard/sdk/enums';
import {
  BeforePayEvent,
  PaymentSucceededEvent,
  PlanSelectedEvent,
  RenewalCompleteEvent,
  RenewalFailedEvent,
} from '../events.ts';
import type { Messages, Step } from '../i18n/messages.ts';
import { PaymentElementHost } from '../payments/payment-host.ts';
import { cleanReturnUrl } from '../payments/return-url.ts';
import type { Selection, Timings } from '../steps/flow.ts';
import { forgetOrder, recallOrders, rememberOrder } from './resume.ts';

/** What the order part of the flow needs from `CheckoutFlow`, which holds it. */
export interface OrderFlowCore {
  readonly host: HTMLElement & { requestUpdate(): void };
  readonly session: CardSession | null;
  readonly storageKey: string;
  readonly timings: Timings;
  m(): Messages;
  partnerRef(order?: Order | null): string | null;
  announce(text: string): void;
  goTo(step: Step): void;
}

/**
 * The flow from the plan chosen on: the order, its payment and its events, resuming it after a reload, following it
 * until the carrier has applied it. A chunk of its own, loaded with the later steps: the first screen needs none of it.
 */
export class OrderFlow {
  selection: Selection | null = null;
  order: Order | null = null;
  /** The customer came back from a redirect (Alipay, WeChat Pay) without paying. */
  redirectFailed = false;

  readonly #core: OrderFlowCore;
  /** Orders whose final event was fired, so that each fires once; the same for `urcard-payment-succeeded`. */
  readonly #announced = new Set<string>();
  readonly #paidFired = new Set<string>();
  readonly paymentHost: PaymentElementHost;

  constructor(core: OrderFlowCore) {
    this.#core = core;
    this.paymentHost = new PaymentElementHost(core.host);
  }

  #set(patch: Partial<Pick<OrderFlow, 'selection' | 'order' | 'redirectFailed'>>): void {
    Object.assign(this, patch);
    this.#core.host.requestUpdate();
  }

  #fire(event: Event): boolean {
    return this.#core.host.dispatchEvent(event);
  }

  clear(): void {
    this.#set({ selection: null, order: null, redirectFailed: false });
  }

  /**
   * Resumes this tab's order after a reload or a payment redirect, only for its card: a page opened for another card
   * (`card-number`) leaves it aside. An order past payment resumes on the done step; a payable one waits until its
   * card is verified again (`cardVerified`), so that a page opened for one card never pays for another.
   */
  async resume(client: UrcardClient, cardNumber: string | null, signal: AbortSignal): Promise<void> {
    const stored = recallOrders(this.#core.storageKey);
    const entry = cardNumber ? stored.findLast((o) => cardNumber.endsWith(o.last4)) : stored.at(-1);
    if (!entry) return;
    if (entry.announced) this.#announced.add(entry.orderId);
    const order = await client.orders.get(entry.orderId, { signal }).catch((error: unknown) => {
      forgetOrder(this.#core.storageKey, entry.orderId);
      throw error;
    });
    // Back from a redirect (Alipay, WeChat Pay) that did not pay: Stripe hands the client secret back in the return
    // URL, to this browser only; it resumes the pay step without asking for the card again.
    const secret = returnedClientSecret(order);
    if (secret) this.resumeWith({ ...order, payment: { ...order.payment, clientSecret: secret } } as Order);
    else if (order.status !== 'requires_payment' || redirectStatus() === 'succeeded') this.resumeWith(order);
  }

  /** A card verified again: its payable order, if this tab holds one, resumes on the pay step (with its card token). */
  async cardVerified(client: UrcardClient, session: CardSession): Promise<void> {
    const entry = recallOrders(this.#core.storageKey).findLast((o) => o.cardId === session.card.id);
    if (!entry || entry.orderId === this.order?.id) return;
    const order = await client.orders.get(entry.orderId, { cardToken: session.cardToken }).catch(() => {
      forgetOrder(this.#core.storageKey, entry.orderId);
      return null;
    });
    if (!order || this.#core.session !== session) return;
    // A receipt the customer already left is not shown again when they come back to renew the same card.
    if (order.status === 'completed') forgetOrder(this.#core.storageKey, order.id);
    else this.resumeWith(order);
  }

  resumeWith(order: Order): void {
    const redirect = redirectStatus();
    if (redirect !== null) history.replaceState(history.state, '', cleanReturnUrl(location.href));
    if (order.status === 'canceled') {
      forgetOrder(this.#core.storageKey);
      this.#set({ order: null });
      return;
    }
    this.#set({ order });
    if (order.status === 'requires_payment' && redirect !== 'succeeded') {
      this.#set({ redirectFailed: redirect !== null });
      this.#core.goTo('pay');
      return;
    }
    if (redirect === 'succeeded' && orderStatusIn(ORDER_STATUSES_PAID_OR_LATER, order.status)) {
      this.#firePaymentSucceeded(order);
    }
    this.orderChanged(order);
    this.#core.goTo('done');
  }

  planChosen(selection: Selection, planName: string): void {
    const { order } = this;
    const { quote } = selection;
    // Coming back with the same choice keeps the order already made; any change makes a new one.
    const keep =
      order?.status === 'requires_payment' && order.quoteId === quote.id && order.autoRenew === selection.autoRenew;
    this.#set({ selection, redirectFailed: false, ...(keep ? {} : { order: null }) });
    this.#fire(
      new PlanSelectedEvent({
        planId: quote.plan.planId,
        tier: quote.plan.tier,
        name: planName,
        quoteId: quote.id,
        total: quote.total,
        promoCode: quote.promo?.code ?? null,
        autoRenew: selection.autoRenew,
        partnerRef: this.#core.partnerRef(),
      }),
    );
    this.#core.goTo('pay');
  }

  /** Creating the order found the quote expired: back to the plan step, which quotes again and shows the new price. */
  quoteExpired(): void {
    const { selection } = this;
    this.#set({ order: null, ...(selection ? { selection: { ...selection, expired: true } } : {}) });
    this.#core.goTo('plan');
  }

  orderChanged(order: Order): void {
    this.#set({ order });
    const { storageKey } = this.#core;
    // Kept while the order is on its way and while its receipt is on screen (a reload shows the receipt again,
    // until the customer leaves it with "Renew another card" or closes the tab); forgotten once it failed, was
    // refunded or canceled.
    if (orderStatusIn(ORDER_STATUSES_SETTLED, order.status) && order.status !== 'completed') {
      forgetOrder(storageKey, order.id);
    } else {
      const cardId = this.#core.session?.card.id ?? null;
      const last4 = order.maskedCardNumber.slice(-4);
      // Completed with its receipt: `urcard-renewal-complete` fires below (or did), once, reloads included.
      const announced = order.status === 'completed' && !!order.receipt;
      rememberOrder(storageKey, { orderId: order.id, cardId, last4, ...(announced ? { announced } : {}) });
    }
    if (this.#announced.has(order.id)) return;
    const m = this.#core.m();
    const partnerRef = this.#core.partnerRef(order);
    if (order.status === 'completed' && order.receipt) {
      this.#announced.add(order.id);
      this.#core.announce(m.completeHeading);
      const { newExpiresAt: expiresAt, number: receiptNumber } = order.receipt;
      this.#fire(
        new RenewalCompleteEvent({ orderId: order.id, amount: order.total, expiresAt, receiptNumber, partnerRef }),
      );
    } else if (orderStatusIn(ORDER_STATUSES_FAILED, order.status)) {
      this.#announced.add(order.id);
      this.#core.announce(m.failedHeading);
      this.#fire(
        new RenewalFailedEvent({
          orderId: order.id,
          code: order.failure?.code ?? 'payment_failed',
          message: order.failure?.message ?? '',
          refunded: order.failure?.refunded ?? order.status === 'refunded',
          partnerRef,
        }),
      );
    } else if (order.status === 'provisioning') {
      this.#core.announce(m.phases.provisioning);
    }
  }

  beforePay(order: Order): boolean {
    const { id: orderId, total: amount } = order;
    const partnerRef = this.#core.partnerRef(order);
    return this.#fire(new BeforePayEvent({ orderId, amount, provider: order.payment.provider, partnerRef }));
  }

  paymentSucceeded(order: Order): void {
    this.orderChanged(order);
    this.#firePaymentSucceeded(order);
    this.#core.goTo('done');
  }

  #firePaymentSucceeded(order: Order): void {
    if (this.#paidFired.has(order.id)) return;
    this.#paidFired.add(order.id);
    const { id: orderId, total: amount, status } = order;
    this.#fire(new PaymentSucceededEvent({ orderId, amount, status, partnerRef: this.#core.partnerRef(order) }));
  }

  /** Polls the order until it settles, handing every change to `orderChanged` (the done step shows them). */
  follow(client: UrcardClient, orderId: string, signal: AbortSignal): Promise<Order> {
    const { pollIntervalMs } = this.#core.timings;
    return client.orders
      .waitForCompletion(orderId, {
        signal,
        onUpdate: (order) => this.orderChanged(order),
        ...(pollIntervalMs ? { intervalMs: pollIntervalMs, slowIntervalMs: pollIntervalMs } : {}),
      })
      .then((order) => {
        this.orderChanged(order);
        return order;
      });
  }

  /** Forgets the order on screen only: another card's stored order waits for that card. */
  forgetOrder(): void {
    if (this.order) forgetOrder(this.#core.storageKey, this.order.id);
  }

  tryAgain(): void {
    this.forgetOrder();
    this.#set({ order: null });
    this.#core.goTo(this.#core.session ? 'plan' : 'card');
  }
}

/** How a payment redirect (Alipay, WeChat Pay) came back, or null when this page is no redirect's return. */
/** The client secret of Stripe's return URL, when it is this payable order's PaymentIntent's. */
function returnedClientSecret(order: Order): string | null {
  const secret = new URLSearchParams(location.search).get('payment_intent_client_secret');
  const { payment } = order;
  return secret &&
    order.status === 'requires_payment' &&
    payment.provider === 'stripe' &&
    secret.startsWith(`${payment.paymentIntentId}_secret_`)
    ? secret
    : null;
}

function redirectStatus(): string | null {
  const params = new URLSearchParams(location.search);
  return params.has('payment_intent_client_secret') ? params.get('redirect_status') : null;
}
