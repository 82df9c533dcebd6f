import { Task, TaskStatus } from '@lit/task';
import type { CardSession, Order, UrcardClient } from '@urcard/sdk';
import { isUrcardError } from '@urcard/sdk/errors';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CardVerifiedEvent, type CheckoutErrorCode, UrcardErrorEvent } from '../events.ts';
import type { LocalizeController } from '../i18n/localize.ts';
import type { Step } from '../i18n/messages.ts';
import type { StripeLoader } from '../payments/stripe-loader.ts';
import type { Flow, Selection, Timings } from '../steps/flow.ts';
import type { CheckoutConfig } from './config.ts';
import type { OrderFlow, OrderFlowCore } from './order-flow.ts';

/** The done step reassures the customer (they may close the page) once the renewal takes more than 20 s. */
const DEFAULT_TIMINGS: Timings = { stillApplyingAfterMs: 20_000 };

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
 * the checkout renders what it holds and hands it to every step (`flowContext`). Everything from the plan chosen
 * on lives in `OrderFlow` (order-flow.ts), loaded with the later steps (`loadOrders()`).
 */
export class CheckoutFlow implements Flow, ReactiveController {
  session: CardSession | null = null;
  /** Why the customer is back on the card step (their session expired). */
  notice: string | null = null;
  /** The last sentence for screen readers (the checkout's live region). */
  announcement = '';

  readonly #host: FlowHost;
  readonly #options: FlowOptions;
  #orders: OrderFlow | null = null;
  #loadingOrders: Promise<OrderFlow> | null = null;
  readonly #resume: Task<readonly [UrcardClient], void>;

  constructor(host: FlowHost, options: FlowOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#resume = new Task(host, {
      autoRun: false,
      task: async ([client]: readonly [UrcardClient], { signal }) =>
        (await this.loadOrders()).resume(client, this.#options.config().cardNumber, signal),
    });
  }

  hostConnected(): void {
    // Nothing to set up: the flow lives as long as its checkout.
  }

  /** The order part of the flow (a chunk of its own), loaded once; tried again after a failed load. */
  loadOrders(): Promise<OrderFlow> {
    this.#loadingOrders ??= import('./order-flow.ts').then(
      ({ OrderFlow }) => {
        this.#orders = new OrderFlow(this.#core);
        this.#host.requestUpdate();
        return this.#orders;
      },
      (error: unknown) => {
        this.#loadingOrders = null;
        throw error;
      },
    );
    return this.#loadingOrders;
  }

  /** The later steps can render: the order part of the flow has loaded. */
  get ordersReady(): boolean {
    return this.#orders !== null;
  }

  get #core(): OrderFlowCore {
    const flow = this;
    return {
      host: this.#host,
      get session() {
        return flow.session;
      },
      get storageKey() {
        return flow.#storageKey;
      },
      get timings() {
        return flow.timings;
      },
      m: () => this.#options.l10n.i18n.m,
      partnerRef: (order) => order?.partnerRef ?? this.#options.config().partnerRef,
      announce: (text) => this.announce(text),
      goTo: (step) => this.#options.goTo(step),
    };
  }

  /** The order part, which the later steps use: they render only once it has loaded (`ordersReady`). */
  get #o(): OrderFlow {
    if (!this.#orders) throw new Error('The order flow has not loaded yet');
    return this.#orders;
  }

  get selection(): Selection | null {
    return this.#orders?.selection ?? null;
  }
  get order(): Order | null {
    return this.#orders?.order ?? null;
  }
  get redirectFailed(): boolean {
    return this.#orders?.redirectFailed ?? false;
  }

  /** An order is being fetched again after a reload: the checkout shows a spinner meanwhile. */
  get resuming(): boolean {
    return this.#resume.status === TaskStatus.PENDING;
  }

  /** Resumes the order this tab was paying for, if there is one for this card (after a reload or a redirect). */
  resumeStored(): void {
    const client = this.#options.client();
    // Something is stored: the order part of the flow (resume.ts) reads it and decides.
    if (client && stored(this.#storageKey)) this.#resume.run([client]);
  }

  /** Forgets the card, the plan and the order (a new API or key: card tokens and orders belong to one). */
  clear(): void {
    this.session = null;
    this.#orders?.clear();
    this.#host.requestUpdate();
  }

  get #storageKey(): string {
    const { apiBase, publishableKey } = this.#options.config();
    return `urcard-checkout:order:${apiBase ?? ''}|${publishableKey ?? ''}`;
  }

  announce(text: string): void {
    // A repeated message must still be read again: make it differ from the last one.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
    this.#host.requestUpdate();
  }

  reportError(error: unknown, code?: CheckoutErrorCode): void {
    if (isUrcardError(error) && error.code === 'aborted') return;
    this.#host.dispatchEvent(
      new UrcardErrorEvent({
        code: code ?? (isUrcardError(error) ? error.code : 'internal_error'),
        message: error instanceof Error ? error.message : String(error),
        step: this.#options.step(),
        requestId: isUrcardError(error) ? error.requestId : null,
      }),
    );
    // The quote lapsed before the order was made: the plan step quotes again, with the new price, before paying.
    if (isUrcardError(error) && error.code === 'quote_expired') this.#orders?.quoteExpired();
    // The card token lapsed (it lives 30 minutes): the customer enters the card again, and is told why.
    if (isUrcardError(error) && error.code === 'card_token_invalid' && this.session) {
      this.session = null;
      this.notice = this.#options.l10n.i18n.m.errors.card_token_invalid ?? null;
      this.#host.requestUpdate();
      this.#options.goTo('card');
    }
  }

  cardVerified(session: CardSession): void {
    const { l10n } = this.#options;
    // The card summary's strings come with the rest of English (fetched already, unless that failed).
    l10n.whenComplete().catch((error) => this.reportError(error));
    this.notice = null;
    this.session = session;
    if (this.#orders) this.#orders.selection = null;
    this.#host.requestUpdate();
    const { card } = session;
    this.announce(`${l10n.i18n.m.cardSummaryHeading(card.maskedNumber)}: ${l10n.i18n.m.cardStatus[card.status]}`);
    const { id: cardId, maskedNumber, status, expiresAt, daysLeft, renewable } = card;
    const partnerRef = this.#options.config().partnerRef;
    const client = this.#options.client();
    if (client) this.#orders?.cardVerified(client, session);
    this.#host.dispatchEvent(
      new CardVerifiedEvent({ cardId, maskedNumber, status, expiresAt, daysLeft, renewable, partnerRef }),
    );
  }

  forgetCard(): void {
    this.clear();
  }

  goTo(step: Step): void {
    this.#options.goTo(step === 'plan' && !this.session ? 'card' : step);
  }

  /** Starts over on the card step, forgetting the card, the plan and the order in progress. */
  restart(): void {
    this.#orders?.forgetOrder();
    this.#resume.abort();
    this.notice = null;
    this.clear();
    this.#options.goTo('card');
  }

  planChosen(selection: Selection, planName: string): void {
    this.#o.planChosen(selection, planName);
  }
  keepChoice(selection: Selection): void {
    this.#o.selection = selection;
  }
  orderChanged(order: Order): void {
    this.#o.orderChanged(order);
  }
  beforePay(order: Order): boolean {
    return this.#o.beforePay(order);
  }
  paymentSucceeded(order: Order): void {
    this.#o.paymentSucceeded(order);
  }
  follow(client: UrcardClient, orderId: string, signal: AbortSignal): Promise<Order> {
    return this.#o.follow(client, orderId, signal);
  }
  tryAgain(): void {
    this.#o.tryAgain();
  }

  get stripeLoader(): StripeLoader | undefined {
    return this.#host.stripeLoader;
  }

  get timings(): Timings {
    return { ...DEFAULT_TIMINGS, ...this.#host.timings };
  }

  paymentElementHost(): HTMLElement {
    return this.#o.paymentHost.get();
  }
  releasePaymentElementHost(): void {
    this.#orders?.paymentHost.release();
  }
}

function stored(key: string): boolean {
  try {
    return sessionStorage.getItem(key) !== null;
  } catch {
    return false;
  }
}
