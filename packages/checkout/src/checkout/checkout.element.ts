import { Task, TaskStatus } from '@lit/task';
import { type CardSession, isSettledOrderStatus, isUrcardError, type Order, type UrcardClient } from '@urcard/sdk';
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  BeforePayEvent,
  CardVerifiedEvent,
  PaymentSucceededEvent,
  PlanSelectedEvent,
  ReadyEvent,
  RenewalCompleteEvent,
  RenewalFailedEvent,
  StepChangeEvent,
  UrcardErrorEvent,
} from '../events.ts';
import { LocalizeController } from '../i18n/localize.ts';
import { type MessageOverrides, STEPS, type Step } from '../i18n/messages.ts';
import { cleanReturnUrl } from '../payments/return-url.ts';
import type { StripeLoader } from '../payments/stripe-loader.ts';
import { cssProps } from '../shared/css-props.ts';
import type { StepElement } from '../shared/step-element.ts';
import { uiStyles } from '../shared/ui.styles.ts';
import type { Flow, Selection, Timings } from '../steps/flow.ts';
import { type Appearance, appearanceStyle, themeStyles } from '../theme/tokens.ts';
import { VERSION } from '../version.ts';
import { checkoutStyles } from './checkout.styles.ts';
import { type CheckoutConfig, type ConfigProblem, DEFAULT_CONFIG, parseConfig } from './config.ts';
import { lazyClient, loadSdk } from './lazy-client.ts';
import { forgetOrder, recallOrder, rememberOrder } from './resume.ts';

/** Parts of the steps, re-exported both as they are (`heading`) and per step (`plan__heading`). */
const STEP_PARTS = [
  'heading',
  'input',
  'submit-button',
  'secondary-button',
  'error',
  'card-summary',
  'balance-bar',
  'expiry-warning',
  'not-renewable',
  'plan',
  'plan-price',
  'custom-builder',
  'auto-renew',
  'summary',
  'amount',
  'test-panel',
  'challenge',
  'payment-element',
  'phases',
  'still-applying',
  'success',
  'receipt',
];
const exportParts = (step: Step) => STEP_PARTS.map((part) => `${part}, ${part}: ${step}__${part}`).join(', ');

/** Statuses after which the money has been taken. */
const PAID_STATUSES = new Set(['processing', 'paid', 'provisioning', 'completed']);

/** The raw configuration properties, named as in `CheckoutConfig`. */
const CONFIG_PROPERTIES = [
  'apiBase',
  'publishableKey',
  'locale',
  'currency',
  'cardNumber',
  'customerSession',
  'plan',
  'tiers',
  'promoCode',
  'paymentMethods',
  'theme',
  'returnUrl',
  'supportUrl',
  'partnerRef',
  'autoRenew',
] as const satisfies readonly (keyof CheckoutConfig)[];

const DEFAULT_TIMINGS: Timings = { stillApplyingAfterMs: 120_000 };

/**
 * Renews a UR prepaid eSIM or phone card in four steps: card, plan, pay, done. Configure it with attributes;
 * theme it with `--urcard-*` custom properties and `::part()`; listen to its `urcard-*` events.
 *
 * @summary The UR card renewal checkout.
 *
 * @fires {ReadyEvent} urcard-ready - The widget is configured and shows its first step.
 * @fires {StepChangeEvent} urcard-step-change - Another step opened (`detail.step`, `detail.previous`).
 * @fires {CardVerifiedEvent} urcard-card-verified - The card and PIN were accepted; `detail` describes the card (never the token).
 * @fires {PlanSelectedEvent} urcard-plan-selected - The customer continued with a plan and its server quote.
 * @fires {BeforePayEvent} urcard-before-pay - A payment is about to be sent; cancelable with `preventDefault()`.
 * @fires {PaymentSucceededEvent} urcard-payment-succeeded - The payment went through; the carrier has yet to apply the renewal.
 * @fires {RenewalCompleteEvent} urcard-renewal-complete - The renewal is active; `detail.expiresAt` is the new expiry.
 * @fires {RenewalFailedEvent} urcard-renewal-failed - The renewal failed; `detail.refunded` says whether the money went back.
 * @fires {UrcardErrorEvent} urcard-error - A wrong attribute (`invalid_config`, `detail.attribute`) or an error that stopped the customer.
 *
 * @slot payment-element - Reserved: the widget puts Stripe's Payment Element here, in its light DOM.
 *
 * @csspart base - The widget's box.
 * @csspart header - The progress header.
 * @csspart progress - The progress bar of the four steps.
 * @csspart progress-label - "Step 2 of 4: Plan".
 * @csspart back-button - The Back button.
 * @csspart config-error - The list of wrong attributes.
 * @csspart notice - Why the customer is back on the card step (their session expired).
 * @csspart heading - Each step's heading (also `card__heading`, `plan__heading`, … per step).
 * @csspart input - Text inputs and selects of every step.
 * @csspart submit-button - Each step's primary action (Check card, Continue to payment, Pay, Try again).
 * @csspart secondary-button - Secondary actions (use a different card, apply a promo code, print the receipt).
 * @csspart error - Error messages of every step.
 * @csspart card-summary - The verified card: number, status, expiry, balance.
 * @csspart balance-bar - A data or minutes balance bar.
 * @csspart expiry-warning - The warning shown within 7 days of expiry.
 * @csspart not-renewable - Why the card cannot be renewed.
 * @csspart plan - One plan option.
 * @csspart plan-price - A plan's price, with the original struck through during a promotion.
 * @csspart custom-builder - The custom plan builder.
 * @csspart auto-renew - The automatic renewal switch.
 * @csspart summary - The quote: line items, discount, total.
 * @csspart amount - The amount to pay, on the pay step.
 * @csspart test-panel - The sandbox test panel (test mode only).
 * @csspart challenge - The simulated 3-D Secure challenge (test mode only).
 * @csspart payment-element - The box that holds Stripe's Payment Element.
 * @csspart phases - Payment confirmed, carrier applying, active.
 * @csspart still-applying - The notice shown when the renewal takes longer than 2 minutes.
 * @csspart success - The confirmation sentence above the receipt.
 * @csspart receipt - The receipt.
 *
 * @cssproperty [--urcard-color-primary=#2563eb] - Brand colour: primary buttons, focus rings, the selected plan (dark: #60a5fa).
 * @cssproperty [--urcard-color-on-primary=#ffffff] - Text on the primary colour (dark: #0b1220).
 * @cssproperty [--urcard-color-text=#111827] - Body text (dark: #f3f4f6).
 * @cssproperty [--urcard-color-background=#ffffff] - Background of the widget and its inputs (dark: #111827).
 * @cssproperty [--urcard-color-surface=#f3f4f6] - Background of cards, panels and alerts (dark: #1f2937).
 * @cssproperty [--urcard-color-border=#9ca3af] - Borders of inputs, plans and panels (dark: #4b5563).
 * @cssproperty [--urcard-color-danger=#b91c1c] - Errors (dark: #f87171).
 * @cssproperty [--urcard-color-success=#15803d] - Confirmations, discounts, the active badge (dark: #4ade80).
 * @cssproperty [--urcard-color-warning=#b45309] - Expiry warnings and the test-mode panel (dark: #fbbf24).
 * @cssproperty [--urcard-radius=8px] - Corner radius of inputs, buttons and panels.
 * @cssproperty [--urcard-font-family=system-ui] - Font family (Stripe's fields get it too).
 * @cssproperty [--urcard-font-size=16px] - Base font size; everything scales from it.
 * @cssproperty [--urcard-spacing=16px] - Base spacing unit; gaps and paddings are multiples of it.
 *
 * @tagname urcard-checkout
 */
export class UrcardCheckout extends LitElement {
  /** The package version, compared when a page registers the element twice. */
  static readonly version = VERSION;
  static override styles = [themeStyles, uiStyles, checkoutStyles];
  /**
   * Loads and registers the plan, pay and done steps (`define.js` sets these: they are separate chunks).
   * @internal
   */
  static stepLoaders: Partial<Record<Step, () => Promise<unknown>>> = {};
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    publishableKey: { attribute: 'publishable-key' },
    locale: {},
    currency: {},
    cardNumber: { attribute: 'card-number' },
    customerSession: { attribute: 'customer-session' },
    plan: {},
    tiers: {},
    promoCode: { attribute: 'promo-code' },
    paymentMethods: { attribute: 'payment-methods' },
    theme: { reflect: true },
    returnUrl: { attribute: 'return-url' },
    supportUrl: { attribute: 'support-url' },
    partnerRef: { attribute: 'partner-ref' },
    autoRenew: { attribute: 'auto-renew' },
    client: { attribute: false },
    appearance: { attribute: false },
    messages: { attribute: false },
    stripeLoader: { attribute: false },
    timings: { attribute: false },
    step: { state: true, attribute: false },
    session: { state: true, attribute: false },
    selection: { state: true, attribute: false },
    order: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    redirectFailed: { state: true, attribute: false },
    notice: { state: true, attribute: false },
  };

  /** Base URL of the renewal API, e.g. `https://api.example.com`. Required unless `client` is set. */
  declare apiBase: string | null | undefined;
  /** Your publishable key (`pk_test_…`, `pk_live_…`). Required unless `client` is set. */
  declare publishableKey: string | null | undefined;
  /** Language (BCP 47, e.g. `zh-CN`). Defaults to `<html lang>`, then English. */
  declare locale: string | null | undefined;
  /** Currency of the prices: USD, EUR, CNY, HKD or JPY. Default USD. */
  declare currency: string | null | undefined;
  /** Prefills the card number (ICCID, 18 to 22 digits). */
  declare cardNumber: string | null | undefined;
  /** A customer session token (`cs_…`) from your server: the customer's bound cards are offered first. */
  declare customerSession: string | null | undefined;
  /** Preselects a plan by its id, or `custom` for the builder. */
  declare plan: string | null | undefined;
  /** Tiers to offer: any of `basic`, `advanced`, `custom`, separated by spaces or commas. Default all three. */
  declare tiers: string | null | undefined;
  /** Prefills and applies a promo code. */
  declare promoCode: string | null | undefined;
  /** Payment methods to offer: any of `card`, `alipay`, `wechat_pay`. Default all three. */
  declare paymentMethods: string | null | undefined;
  /** Colour scheme: `light`, `dark` or `auto` (the system's). Reflected, so you can style `urcard-checkout[theme=dark]`. */
  declare theme: string | null | undefined;
  /** Where Alipay and WeChat Pay send the customer back to. Default: this page. */
  declare returnUrl: string | null | undefined;
  /** Your support page (http(s), mailto: or tel:), linked when the customer needs a person. */
  declare supportUrl: string | null | undefined;
  /** Your own reference (at most 100 characters), echoed in events and stored on the order. */
  declare partnerRef: string | null | undefined;
  /** Initial state of the automatic renewal switch: present or `"true"` for on, `"false"` for off. */
  declare autoRenew: string | boolean | null | undefined;

  /** An SDK client (`createClient()` from `@urcard/sdk`) to use instead of one made from `api-base` and `publishable-key`. */
  declare client: UrcardClient | undefined;
  /** Theme tokens as an object, e.g. `{ colorPrimary: '#0a7d55', radius: '4px' }`; wins over the CSS custom properties. */
  declare appearance: Appearance | undefined;
  /** Overrides of any string, per locale: `{ en: { payButton: (amount) => \`Renew for ${amount}\` } }`. */
  declare messages: MessageOverrides | undefined;
  /**
   * Loads Stripe.js. For tests, and for pages that load Stripe.js themselves.
   * @internal
   */
  declare stripeLoader: StripeLoader | undefined;
  /**
   * Shorter waits for tests.
   * @internal
   */
  declare timings: Partial<Timings> | undefined;

  declare private step: Step;
  declare private session: CardSession | null;
  declare private selection: Selection | null;
  declare private order: Order | null;
  declare private announcement: string;
  declare private redirectFailed: boolean;
  /** Why the customer is back on the card step (their session expired). */
  declare private notice: string | null;

  constructor() {
    super();
    this.step = 'card';
    this.session = null;
    this.selection = null;
    this.order = null;
    this.announcement = '';
    this.redirectFailed = false;
    this.notice = null;
  }

  #l10n = new LocalizeController(this);
  #config: CheckoutConfig = DEFAULT_CONFIG;
  #problems: ConfigProblem[] = [];
  #apiClient: UrcardClient | null = null;
  #clientKey = '';
  #ready = false;
  /** Orders whose final event was fired, so that each fires once. */
  #announced = new Set<string>();
  #paymentHost: HTMLElement | null = null;

  #resume = new Task(this, {
    autoRun: false,
    task: async ([orderId]: readonly [string], { signal }) => {
      const client = this.#apiClient;
      if (!client) return null;
      const order = await client.orders.get(orderId, { signal });
      this.#resumeWith(order);
      return order;
    },
    onError: () => forgetOrder(this.#storageKey),
  });

  /** The step on screen: `card`, `plan`, `pay` or `done`. */
  get currentStep(): Step {
    return this.step;
  }

  /** Starts over on the card step, forgetting the card, the plan and the order in progress. */
  reset(): void {
    this.notice = null;
    forgetOrder(this.#storageKey);
    this.#resume.abort();
    this.session = null;
    this.selection = null;
    this.order = null;
    this.redirectFailed = false;
    this.#goTo('card');
  }

  get #storageKey(): string {
    const { apiBase, publishableKey } = this.#config;
    return `urcard-checkout:order:${apiBase ?? ''}|${publishableKey ?? ''}`;
  }

  get #fatal(): boolean {
    return this.#problems.some((problem) => problem.fatal) || !this.#apiClient;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('client') || CONFIG_PROPERTIES.some((key) => changed.has(key))) {
      const raw = Object.fromEntries(CONFIG_PROPERTIES.map((key) => [key, this[key]]));
      const { config, problems } = parseConfig(raw, { hasClient: Boolean(this.client) });
      this.#config = config;
      this.#report(problems);
      this.#connectClient();
    }
    this.#l10n.sync(this.#config.locale, this.messages);
  }

  protected override firstUpdated(): void {
    const stored = recallOrder(this.#storageKey);
    if (stored && this.#apiClient) this.#resume.run([stored]);
  }

  protected override updated(): void {
    if (!this.#ready && !this.#fatal && this.#l10n.ready && this.#resume.status !== TaskStatus.PENDING) {
      this.#ready = true;
      this.dispatchEvent(new ReadyEvent({ step: this.step, locale: this.#l10n.i18n.locale, version: VERSION }));
      // The first step is on screen: fetch the others now, so that moving on never waits for the network.
      // The same for the SDK, unless the page gave us a client (a failed load is reported by the first call).
      setTimeout(() => {
        for (const step of STEPS) void this.#loadStep(step);
        if (!this.client) loadSdk().catch(() => {});
      }, 0);
    }
  }

  /** Fires `urcard-error` once for each newly wrong attribute. */
  #report(problems: ConfigProblem[]): void {
    const key = (p: ConfigProblem) => `${p.attribute}=${p.value}`;
    const before = new Set(this.#problems.map(key));
    this.#problems = problems;
    for (const problem of problems) {
      if (before.has(key(problem))) continue;
      const message =
        problem.value === null
          ? `${problem.attribute} is required: ${problem.expected}`
          : `${problem.attribute}="${problem.value}" is not valid: expected ${problem.expected}`;
      this.dispatchEvent(
        new UrcardErrorEvent({
          code: 'invalid_config',
          message,
          attribute: problem.attribute,
          step: null,
          requestId: null,
        }),
      );
    }
  }

  /** The client from the `client` property, or one made from the attributes. A new API or key starts over. */
  #connectClient(): void {
    const { apiBase, publishableKey, customerSession } = this.#config;
    let next: UrcardClient | null = null;
    let key = '';
    if (this.client) {
      next = this.client;
      key = 'property';
    } else if (apiBase && publishableKey) {
      key = `${apiBase}|${publishableKey}|${customerSession ?? ''}`;
      next =
        key === this.#clientKey && this.#apiClient
          ? this.#apiClient
          : lazyClient({ apiBase, publishableKey, ...(customerSession ? { customerSession } : {}) });
    }
    const endpointChanged = key.split('|').slice(0, 2).join('|') !== this.#clientKey.split('|').slice(0, 2).join('|');
    const changedClient = next !== this.#apiClient;
    this.#apiClient = next;
    this.#clientKey = key;
    if (this.hasUpdated && changedClient && (endpointChanged || this.client)) {
      // Card tokens and orders belong to one API and key: start over rather than mix them.
      this.session = null;
      this.selection = null;
      this.order = null;
      this.step = 'card';
    }
  }

  #resumeWith(order: Order): void {
    const params = new URLSearchParams(location.search);
    const redirectStatus = params.has('payment_intent_client_secret') ? params.get('redirect_status') : null;
    if (redirectStatus !== null) history.replaceState(history.state, '', cleanReturnUrl(location.href));
    this.order = order;
    if (order.status === 'canceled') {
      forgetOrder(this.#storageKey);
      this.order = null;
      return;
    }
    if (order.status === 'requires_payment' && redirectStatus !== 'succeeded') {
      this.redirectFailed = redirectStatus !== null;
      this.#goTo('pay');
      return;
    }
    if (redirectStatus === 'succeeded' && PAID_STATUSES.has(order.status)) this.#firePaymentSucceeded(order);
    this.#orderChanged(order);
    this.#goTo('done');
  }

  #goTo(step: Step): void {
    const previous = this.step;
    if (previous === step) return;
    // Move focus only when the customer is working in the widget: never steal it from the page on load.
    const focus = this.matches(':focus-within');
    this.step = step;
    this.dispatchEvent(new StepChangeEvent({ step, previous, index: STEPS.indexOf(step) }));
    const loaded = this.#loadStep(step);
    if (focus) {
      loaded
        .then(() => this.updateComplete)
        .then(() => this.renderRoot.querySelector<StepElement>('[data-step]')?.focusHeading());
    }
  }

  /**
   * The step's element, registered (fetched first when it lives in its own chunk), and its strings: the first download
   * carries English for the card step only, the rest of it comes with the other steps.
   */
  #loadStep(step: Step): Promise<unknown> {
    const tag = `urcard-${step}-step`;
    const strings =
      step === 'card' ? Promise.resolve() : this.#l10n.whenComplete().catch((error) => this.#flow.reportError(error));
    if (customElements.get(tag)) return strings;
    const load = (this.constructor as typeof UrcardCheckout).stepLoaders[step];
    load?.().catch((error: unknown) => this.#flow.reportError(error));
    return Promise.all([customElements.whenDefined(tag), strings]);
  }

  #announce(text: string): void {
    // A repeated message must still be read again: make it differ from the last one.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  #partnerRef(): string | null {
    return this.#config.partnerRef;
  }

  #orderChanged(order: Order): void {
    this.order = order;
    if (isSettledOrderStatus(order.status)) forgetOrder(this.#storageKey, order.id);
    else rememberOrder(this.#storageKey, order.id);
    if (this.#announced.has(order.id)) return;
    if (order.status === 'completed' && order.receipt) {
      this.#announced.add(order.id);
      this.#announce(this.#l10n.i18n.m.completeHeading);
      this.dispatchEvent(
        new RenewalCompleteEvent({
          orderId: order.id,
          amount: order.total,
          expiresAt: order.receipt.newExpiresAt,
          receiptNumber: order.receipt.number,
          partnerRef: order.partnerRef ?? this.#partnerRef(),
        }),
      );
    } else if (order.status === 'failed' || order.status === 'refunded') {
      this.#announced.add(order.id);
      this.#announce(this.#l10n.i18n.m.failedHeading);
      this.dispatchEvent(
        new RenewalFailedEvent({
          orderId: order.id,
          code: order.failure?.code ?? 'payment_failed',
          message: order.failure?.message ?? '',
          refunded: order.failure?.refunded ?? order.status === 'refunded',
          partnerRef: order.partnerRef ?? this.#partnerRef(),
        }),
      );
    } else if (order.status === 'provisioning') {
      this.#announce(this.#l10n.i18n.m.phases.provisioning);
    }
  }

  #paidFired = new Set<string>();
  #firePaymentSucceeded(order: Order): void {
    if (this.#paidFired.has(order.id)) return;
    this.#paidFired.add(order.id);
    this.dispatchEvent(
      new PaymentSucceededEvent({
        orderId: order.id,
        amount: order.total,
        status: order.status,
        partnerRef: order.partnerRef ?? this.#partnerRef(),
      }),
    );
  }

  #flow: Flow = this.#makeFlow();

  #makeFlow(): Flow {
    const host = this;
    return {
      announce: (text) => this.#announce(text),
      reportError: (error, code) => {
        if (isUrcardError(error) && error.code === 'aborted') return;
        this.dispatchEvent(
          new UrcardErrorEvent({
            code: code ?? (isUrcardError(error) ? error.code : 'internal_error'),
            message: error instanceof Error ? error.message : String(error),
            step: this.step,
            requestId: isUrcardError(error) ? error.requestId : null,
          }),
        );
        // The card token lapsed (it lives 30 minutes): the customer enters the card again, and is told why.
        if (isUrcardError(error) && error.code === 'card_token_invalid' && this.session) {
          this.session = null;
          this.notice = this.#l10n.i18n.m.errors.card_token_invalid ?? null;
          this.#goTo('card');
        }
      },
      cardVerified: (session) => {
        // The card summary's strings come with the rest of English (fetched already, unless that failed).
        this.#l10n.whenComplete().catch((error) => this.#flow.reportError(error));
        this.notice = null;
        this.session = session;
        this.selection = null;
        const { card } = session;
        this.#announce(
          `${this.#l10n.i18n.m.cardSummaryHeading(card.maskedNumber)}: ${this.#l10n.i18n.m.cardStatus[card.status]}`,
        );
        this.dispatchEvent(
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
      },
      forgetCard: () => {
        this.session = null;
        this.selection = null;
        this.order = null;
      },
      goTo: (step) => this.#goTo(step === 'plan' && !this.session ? 'card' : step),
      planChosen: (selection, name) => {
        const order = this.order;
        // Coming back with the same choice keeps the order already made; any change makes a new one.
        if (
          order?.status !== 'requires_payment' ||
          order.quoteId !== selection.quote.id ||
          order.autoRenew !== selection.autoRenew
        ) {
          this.order = null;
        }
        this.selection = selection;
        this.redirectFailed = false;
        const { quote } = selection;
        this.dispatchEvent(
          new PlanSelectedEvent({
            planId: quote.plan.planId,
            tier: quote.plan.tier,
            name,
            quoteId: quote.id,
            total: quote.total,
            promoCode: quote.promo?.code ?? null,
            autoRenew: selection.autoRenew,
            partnerRef: this.#partnerRef(),
          }),
        );
        this.#goTo('pay');
      },
      orderChanged: (order) => this.#orderChanged(order),
      beforePay: (order) =>
        this.dispatchEvent(
          new BeforePayEvent({
            orderId: order.id,
            amount: order.total,
            provider: order.payment.provider,
            partnerRef: order.partnerRef ?? this.#partnerRef(),
          }),
        ),
      paymentSucceeded: (order) => {
        this.#orderChanged(order);
        this.#firePaymentSucceeded(order);
        this.#goTo('done');
      },
      tryAgain: () => {
        forgetOrder(this.#storageKey);
        this.order = null;
        this.#goTo(this.session ? 'plan' : 'card');
      },
      restart: () => this.reset(),
      get stripeLoader() {
        return host.stripeLoader;
      },
      get timings() {
        return { ...DEFAULT_TIMINGS, ...host.timings };
      },
      paymentElementHost: () => {
        if (!this.#paymentHost) {
          const div = document.createElement('div');
          div.slot = 'payment-element';
          div.className = 'urcard-payment-element';
          this.append(div);
          this.#paymentHost = div;
        }
        return this.#paymentHost;
      },
      releasePaymentElementHost: () => {
        this.#paymentHost?.remove();
        this.#paymentHost = null;
      },
    };
  }

  protected override render(): TemplateResult {
    const { i18n } = this.#l10n;
    const { m } = i18n;
    const fatal = this.#fatal;
    return html`<section
      class="base"
      part="base"
      aria-label=${m.widgetLabel}
      lang=${i18n.locale}
      style=${cssProps(appearanceStyle(this.appearance))}
      aria-busy=${this.#l10n.ready ? 'false' : 'true'}
    >
      ${this.#problems.length > 0 ? this.#renderProblems() : nothing}
      ${fatal || !this.#l10n.ready ? nothing : this.#renderFlow()}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </section>`;
  }

  #renderProblems(): TemplateResult {
    const { m } = this.#l10n.i18n;
    return html`<div class="alert danger config-error" role="alert" part="config-error">
      <p><strong>${m.configErrorTitle}</strong></p>
      <ul>
        ${this.#problems.map(
          (p) =>
            html`<li>
              ${
                p.value === null
                  ? m.configErrorMissing(p.attribute, p.expected)
                  : m.configErrorInvalid(p.attribute, p.value, p.expected)
              }
            </li>`,
        )}
      </ul>
    </div>`;
  }

  #renderFlow(): TemplateResult {
    const { m } = this.#l10n.i18n;
    if (this.#resume.status === TaskStatus.PENDING) {
      return html`<p class="muted" role="status"><span class="spinner" aria-hidden="true"></span> ${m.loading}</p>`;
    }
    const index = STEPS.indexOf(this.step);
    const back: Step | null =
      this.step === 'plan' ? 'card' : this.step === 'pay' ? (this.session ? 'plan' : 'card') : null;
    return html`
      <header class="header" part="header">
        <div class="top">
          <p class="progress-label" part="progress-label">${m.progress(index + 1, STEPS.length, m.stepNames[this.step])}</p>
          ${
            back
              ? html`<button type="button" class="link back" part="back-button" @click=${() => this.#goTo(back)}>
                <span aria-hidden="true">←</span> ${m.back}
              </button>`
              : nothing
          }
        </div>
        <ol class="progress" part="progress" aria-hidden="true">
          ${STEPS.map(
            (step, i) => html`<li class=${i < index ? 'done' : i === index ? 'current' : ''}>${m.stepNames[step]}</li>`,
          )}
        </ol>
      </header>
      ${
        this.notice && this.step === 'card'
          ? html`<div class="alert info notice" role="alert" part="notice">${this.notice}</div>`
          : nothing
      }
      ${this.#renderStep()}
    `;
  }

  #renderStep(): TemplateResult | typeof nothing {
    const i18n = this.#l10n.i18n;
    const client = this.#apiClient!;
    const config = this.#config;
    const flow = this.#flow;
    // Until the rest of English has arrived (#loadStep fetches it), only the card step has its strings.
    if (this.step !== 'card' && !this.#l10n.complete) return nothing;
    switch (this.step) {
      case 'card':
        return html`<urcard-card-step
          data-step
          exportparts=${exportParts('card')}
          .i18n=${i18n}
          .client=${client}
          .config=${config}
          .flow=${flow}
          .session=${this.session}
        ></urcard-card-step>`;
      case 'plan':
        return this.session
          ? html`<urcard-plan-step
              data-step
              exportparts=${exportParts('plan')}
              .i18n=${i18n}
              .client=${client}
              .config=${config}
              .flow=${flow}
              .session=${this.session}
              .selection=${this.selection}
            ></urcard-plan-step>`
          : nothing;
      case 'pay':
        return html`<urcard-pay-step
          data-step
          exportparts=${exportParts('pay')}
          .i18n=${i18n}
          .client=${client}
          .config=${config}
          .flow=${flow}
          .session=${this.session}
          .selection=${this.selection}
          .order=${this.order}
          .redirectFailed=${this.redirectFailed}
          ><slot name="payment-element" slot="payment-element"></slot
        ></urcard-pay-step>`;
      case 'done':
        return this.order
          ? html`<urcard-done-step
              data-step
              exportparts=${exportParts('done')}
              .i18n=${i18n}
              .client=${client}
              .config=${config}
              .flow=${flow}
              .order=${this.order}
            ></urcard-done-step>`
          : nothing;
    }
  }
}
