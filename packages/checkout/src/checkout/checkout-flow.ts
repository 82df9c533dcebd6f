import { Task, TaskStatus } from '@lit/task';
import {
  type CardSession,
  isUrcardError,
  ORDER_STATUSES_FAILED,
  ORDER_STATUSES_PAID_OR_LATER,
  ORDER_STATUSES_SETTLED,
  type Order,
  orderStatusIn,
  type UrcardClient,
} from '@urcard/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  BeforePayEvent,
  CardVerifiedEvent,
  type CheckoutErrorCode,
  PaymentSucceededEvent,
  PlanSelectedEvent,
  RenewalCompleteEvent,
  RenewalFailedEvent,
  UrcardErrorEvent,
} from '../events.ts';
import type { LocalizeController } from '../i18n/localize.ts';
import type { Step } from '../i18n/messages.ts';
import { PaymentElementHost } from '../payments/payment-host.ts';
import { cleanReturnUrl } from '../payments/return-url.ts';
import type { StripeLoader } from '../payments/stripe-loader.ts';
import type { Flow, Selection, Timings } from '../steps/flow.ts';
import type { CheckoutConfig } from './config.ts';
import { forgetOrder, recallOrder, rememberOrder } from './resume.ts';

const DEFAULT_TIMINGS: Timings = { stillApplyingAfterMs: 120_000 };

/** The element that holds the flow: it renders, routes between steps and hosts Stripe's iframe. */
export interface FlowHost extends ReactiveControllerHost, HTMLElement {
  readonly stripeLoader: StripeLoader | undefined;
  readonly timings: Partial<Timings> | undefined;
}

export interface FlowOptions {
  l10n: LocalizeController;
  config: () => CheckoutConfig;
  client: () => UrcardClient | null;
  /** The step on screen, and the checkout's way to another (it loads the step and moves focus). */
  step: () => Step;
  goTo: (step: Step) => void;
}

/**
 * The renewal in progress, as a reactive controller: the card session, the plan chosen, the order, resuming it
 * after a reload or a redirect, and following it until the carrier has applied it. It fires the public events;
 * the checkout renders what it holds and hands it to every step (`flowContext`).
 */
export class CheckoutFlow implements Flow, ReactiveController {
  session: CardSession | null = null;
  selection: Selection | null = null;
  order: Order | null = null;
  /** The customer came back from a redirect (Alipay, WeChat Pay) without paying. */
  redirectFailed = false;
  /** Why the customer is back on the card step (their session expired). */
  notice: string | null = null;
  /** The last sentence for screen readers (the checkout's live region). */
  announcement = '';

  readonly #host: FlowHost;
  readonly #options: FlowOptions;
  /** Orders whose final event was fired, so that each fires once; the same for `urcard-payment-succeeded`. */
  readonly #announced = new Set<string>();
  readonly #paidFired = new Set<string>();
  readonly #paymentHost: PaymentElementHost;

  readonly #resume: Task<readonly [string], Order | null>;

  constructor(host: FlowHost, options: FlowOptions) {
    this.#host = host;
    this.#options = options;
    this.#paymentHost = new PaymentElementHost(host);
    host.addController(this);
    this.#resume = new Task(host, {
      autoRun: false,
      task: async ([orderId]: readonly [string], { signal }) => {
        const client = this.#options.client();
        if (!client) return null;
        const order = await client.orders.get(orderId, { signal });
        this.#resumeWith(order);
        return order;
      },
      onError: () => forgetOrder(this.#storageKey),
    });
  }

  hostConnected(): void {
    // Nothing to set up: the flow lives as long as its checkout; the resume task aborts with a new one.
  }

  /** An order is being fetched again after a reload: the checkout shows a spinner meanwhile. */
  get resuming(): boolean {
    return this.#resume.status === TaskStatus.PENDING;
  }

  /** Resumes the order this tab was paying for, if there is one (after a reload or a payment redirect). */
  resumeStored(): void {
    const stored = recallOrder(this.#storageKey);
    if (stored && this.#options.client()) this.#resume.run([stored]);
  }

  /** Forgets the card, the plan and the order (a new API or key: card tokens and orders belong to one). */
  clear(): void {
    this.session = null;
    this.selection = null;
    this.order = null;
    this.redirectFailed = false;
    this.#host.requestUpdate();
  }

  get #storageKey(): string {
    const { apiBase, publishableKey } = this.#options.config();
    return `urcard-checkout:order:${apiBase ?? ''}|${publishableKey ?? ''}`;
  }

  get #m() {
    return this.#options.l10n.i18n.m;
  }

  #fire(event: Event): boolean {
    return this.#host.dispatchEvent(event);
  }

  #partnerRef(order?: Order | null): string | null {
    return order?.partnerRef ?? this.#options.config().partnerRef;
  }

  #set(patch: Partial<Pick<CheckoutFlow, 'session' | 'selection' | 'order' | 'redirectFailed' | 'notice'>>): void {
    Object.assign(this, patch);
    this.#host.requestUpdate();
  }

  #resumeWith(order: Order): void {
    const params = new URLSearchParams(location.search);
    const redirectStatus = params.has('payment_intent_client_secret') ? params.get('redirect_status') : null;
    if (redirectStatus !== null) history.replaceState(history.state, '', cleanReturnUrl(location.href));
    if (order.status === 'canceled') {
      forgetOrder(this.#storageKey);
      this.#set({ order: null });
      return;
    }
    this.#set({ order });
    if (order.status === 'requires_payment' && redirectStatus !== 'succeeded') {
      this.#set({ redirectFailed: redirectStatus !== null });
      this.#options.goTo('pay');
      return;
    }
    if (redirectStatus === 'succeeded' && orderStatusIn(ORDER_STATUSES_PAID_OR_LATER, order.status)) {
      this.#firePaymentSucceeded(order);
    }
    this.orderChanged(order);
    this.#options.goTo('done');
  }

  announce(text: string): void {
    // A repeated message must still be read again: make it differ from the last one.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
    this.#host.requestUpdate();
  }

  reportError(error: unknown, code?: CheckoutErrorCode): void {
    if (isUrcardError(error) && error.code === 'aborted') return;
    this.#fire(
      new UrcardErrorEvent({
        code: code ?? (isUrcardError(error) ? error.code : 'internal_error'),
        message: error instanceof Error ? error.message : String(error),
        step: this.#options.step(),
        requestId: isUrcardError(error) ? error.requestId : null,
      }),
    );
    // The card token lapsed (it lives 30 minutes): the customer enters the card again, and is told why.
    if (isUrcardError(error) && error.code === 'card_token_invalid' && this.session) {
      this.#set({ session: null, notice: this.#m.errors.card_token_invalid ?? null });
      this.#options.goTo('card');
    }
  }

  cardVerified(session: CardSession): void {
    // The card summary's strings come with the rest of English (fetched already, unless that failed).
    this.#options.l10n.whenComplete().catch((error) => this.reportError(error));
    this.#set({ notice: null, session, selection: null });
    const { card } = session;
    this.announce(`${this.#m.cardSummaryHeading(card.maskedNumber)}: ${this.#m.cardStatus[card.status]}`);
    this.#fire(
      new CardVerifiedEvent({
        cardId: card.id,
        maskedNumber: card.maskedNumber,
        status: card.status,
        expiresAt: card.expiresAt,
        daysLeft: card.daysLeft,
        renewable: card.renewable,
        partnerRef: this.#partnerRef(),
      }),
    );
  }

  forgetCard(): void {
    this.#set({ session: null, selection: null, order: null });
  }

  goTo(step: Step): void {
    this.#options.goTo(step === 'plan' && !this.session ? 'card' : step);
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
        partnerRef: this.#partnerRef(),
      }),
    );
    this.#options.goTo('pay');
  }

  orderChanged(order: Order): void {
    this.#set({ order });
    if (orderStatusIn(ORDER_STATUSES_SETTLED, order.status)) forgetOrder(this.#storageKey, order.id);
    else rememberOrder(this.#storageKey, order.id);
    if (this.#announced.has(order.id)) return;
    if (order.status === 'completed' && order.receipt) {
      this.#announced.add(order.id);
      this.announce(this.#m.completeHeading);
      this.#fire(
        new RenewalCompleteEvent({
          orderId: order.id,
          amount: order.total,
          expiresAt: order.receipt.newExpiresAt,
          receiptNumber: order.receipt.number,
          partnerRef: this.#partnerRef(order),
        }),
      );
    } else if (orderStatusIn(ORDER_STATUSES_FAILED, order.status)) {
      this.#announced.add(order.id);
      this.announce(this.#m.failedHeading);
      this.#fire(
        new RenewalFailedEvent({
          orderId: order.id,
          code: order.failure?.code ?? 'payment_failed',
          message: order.failure?.message ?? '',
          refunded: order.failure?.refunded ?? order.status === 'refunded',
          partnerRef: this.#partnerRef(order),
        }),
      );
    } else if (order.status === 'provisioning') {
      this.announce(this.#m.phases.provisioning);
    }
  }

  beforePay(order: Order): boolean {
    return this.#fire(
      new BeforePayEvent({
        orderId: order.id,
        amount: order.total,
        provider: order.payment.provider,
        partnerRef: this.#partnerRef(order),
      }),
    );
  }

  paymentSucceeded(order: Order): void {
    this.orderChanged(order);
    this.#firePaymentSucceeded(order);
    this.#options.goTo('done');
  }

  #firePaymentSucceeded(order: Order): void {
    if (this.#paidFired.has(order.id)) return;
    this.#paidFired.add(order.id);
    this.#fire(
      new PaymentSucceededEvent({
        orderId: order.id,
        amount: order.total,
        status: order.status,
        partnerRef: this.#partnerRef(order),
      }),
    );
  }

  /** Polls the order until it settles, handing every change to `orderChanged` (the done step shows them). */
  follow(client: UrcardClient, orderId: string, signal: AbortSignal): Promise<Order> {
    const { pollIntervalMs } = this.timings;
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

  tryAgain(): void {
    forgetOrder(this.#storageKey);
    this.#set({ order: null });
    this.#options.goTo(this.session ? 'plan' : 'card');
  }

  /** Starts over on the card step, forgetting the card, the plan and the order in progress. */
  restart(): void {
    forgetOrder(this.#storageKey);
    this.#resume.abort();
    this.#set({ notice: null });
    this.clear();
    this.#options.goTo('card');
  }

  get stripeLoader(): StripeLoader | undefined {
    return this.#host.stripeLoader;
  }

  get timings(): Timings {
    return { ...DEFAULT_TIMINGS, ...this.#host.timings };
  }

  paymentElementHost(): HTMLElement {
    return this.#paymentHost.get();
  }

  releasePaymentElementHost(): void {
    this.#paymentHost.release();
  }
}
