import { ContextProvider } from '@lit/context';
import type { UrcardClient } from '@urcard/sdk';
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ReadyEvent, StepChangeEvent, UrcardErrorEvent } from '../events.ts';
import { RTL_LOCALES } from '../i18n/locales.ts';
import { LocalizeController } from '../i18n/localize.ts';
import { type MessageOverrides, STEPS, type Step } from '../i18n/messages.ts';
import type { StripeLoader } from '../payments/stripe-loader.ts';
import { cssProps } from '../shared/css-props.ts';
import type { StepElement } from '../shared/step-element.ts';
import { uiStyles } from '../shared/ui.styles.ts';
import type { Timings } from '../steps/flow.ts';
import { type Appearance, appearanceStyle, themeStyles } from '../theme/tokens.ts';
import { VERSION } from '../version.ts';
import { checkoutStyles } from './checkout.styles.ts';
import { renderHeader, renderProblems, renderStep } from './checkout.templates.ts';
import { CheckoutFlow } from './checkout-flow.ts';
import {
  ATTRIBUTE_KEYS,
  type AttributeValues,
  attributeProperties,
  type CheckoutConfig,
  type ConfigProblem,
  DEFAULT_CONFIG,
  parseConfig,
} from './config.ts';
import { clientContext, configContext, flowContext, i18nContext } from './context.ts';
import { connect, loadSdk } from './lazy-client.ts';
import { whenIdleOrUsed, whenUsed } from './prefetch.ts';

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
 * @fires {AutoRenewChangeEvent} urcard-auto-renew-change - The customer turned automatic renewal on or off in the card summary (`detail.cardId`, `detail.enabled`).
 * @fires {UrcardErrorEvent} urcard-error - A wrong attribute (`invalid_config`, `detail.attribute`), a `locale` with no catalogue (`unsupported_locale`) or an error that stopped the customer.
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
 * @csspart still-applying - The notice shown when the renewal takes longer than 20 seconds (the customer may close the page).
 * @csspart success - The confirmation sentence above the receipt.
 * @csspart receipt - The receipt.
 *
 * @cssproperty [--urcard-color-primary=#2563eb] - Brand colour: primary buttons, focus rings, the selected plan (dark: #60a5fa).
 * @cssproperty [--urcard-color-on-primary=auto] - Text on the primary colour; default: white or black, whichever contrasts more with the primary (fallback #ffffff, dark #0b1220).
 * @cssproperty [--urcard-color-text=#111827] - Body text (dark: #f3f4f6).
 * @cssproperty [--urcard-color-background=#ffffff] - Background of the widget and its inputs (dark: #111827).
 * @cssproperty [--urcard-color-surface=#f3f4f6] - Background of cards, panels and alerts (dark: #1f2937).
 * @cssproperty [--urcard-color-border=#9ca3af] - Borders of inputs, plans and panels (dark: #4b5563).
 * @cssproperty [--urcard-color-danger=#b91c1c] - Errors (dark: #f87171).
 * @cssproperty [--urcard-color-success=#15803d] - Confirmations, discounts, the active badge (dark: #4ade80).
 * @cssproperty [--urcard-color-warning=#b45309] - Expiry warnings and the test-mode panel (dark: #fbbf24).
 * @cssproperty [--urcard-radius=.5rem] - Corner radius of inputs, buttons and panels.
 * @cssproperty [--urcard-font-family=system-ui] - Font family (Stripe's fields get it too).
 * @cssproperty [--urcard-font-size=1rem] - Base font size (the browser's, 16px unless the reader changed it); everything scales from it.
 * @cssproperty [--urcard-spacing=1rem] - Base spacing unit; gaps and paddings are multiples of it.
 *
 * @tagname urcard-checkout
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the attributes' properties are typed by the interface below.
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
    ...attributeProperties(),
    client: { attribute: false },
    appearance: { attribute: false },
    messages: { attribute: false },
    stripeLoader: { attribute: false },
    timings: { attribute: false },
    dir: { reflect: true },
    step: { state: true, attribute: false },
  };

  /**
   * Text direction, `ltr` or `rtl`. Unset, the locale decides: right to left in Arabic and Hebrew, else left to right
   * (whatever the page's direction).
   */
  declare dir: string;
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

  constructor() {
    super();
    this.step = 'card';
  }

  #l10n = new LocalizeController(this, (locale, fallback) =>
    this.dispatchEvent(
      new UrcardErrorEvent({
        code: 'unsupported_locale',
        message: `locale="${locale}" has no catalogue: showing ${fallback}`,
        attribute: 'locale',
        step: null,
        requestId: null,
      }),
    ),
  );
  #config: CheckoutConfig = DEFAULT_CONFIG;
  #problems: ConfigProblem[] = [];
  #apiClient: UrcardClient | null = null;
  #clientKey = '';
  #ready = false;
  #history: Promise<import('./step-history.ts').StepHistory> | undefined;
  readonly #flow = new CheckoutFlow(this, {
    l10n: this.#l10n,
    config: () => this.#config,
    client: () => this.#apiClient,
    step: () => this.step,
    goTo: (step) => this.#goTo(step),
  });
  readonly #provide = {
    client: new ContextProvider(this, { context: clientContext }),
    config: new ContextProvider(this, { context: configContext }),
    i18n: new ContextProvider(this, { context: i18nContext }),
    flow: new ContextProvider(this, { context: flowContext, initialValue: this.#flow }),
  };

  /** The step on screen: `card`, `plan`, `pay` or `done`. */
  get currentStep(): Step {
    return this.step;
  }

  /** Starts over on the card step, forgetting the card, the plan and the order in progress. */
  reset(): void {
    this.#flow.restart();
  }

  get #fatal(): boolean {
    return this.#problems.some((problem) => problem.fatal) || !this.#apiClient;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('client') || ATTRIBUTE_KEYS.some((key) => changed.has(key))) {
      const raw = Object.fromEntries(ATTRIBUTE_KEYS.map((key) => [key, this[key]]));
      const { config, problems } = parseConfig(raw, { hasClient: Boolean(this.client) });
      this.#config = config;
      this.#report(problems);
      this.#connectClient();
      this.#syncHistory();
    }
    this.#l10n.sync(this.#config.locale, this.messages);
    // A signed-in customer's cards are listed with strings from the rest of English: fetch it now.
    if (this.#config.customerSession && !this.#l10n.complete) this.#l10n.whenComplete().catch(() => {});
    this.#provide.config.setValue(this.#config);
    this.#provide.i18n.setValue(this.#l10n.i18n);
    if (this.#apiClient) this.#provide.client.setValue(this.#apiClient);
  }

  protected override firstUpdated(): void {
    this.#flow.resumeStored();
  }

  protected override updated(): void {
    if (!this.#ready && !this.#fatal && this.#l10n.ready && !this.#flow.resuming) {
      this.#ready = true;
      this.dispatchEvent(new ReadyEvent({ step: this.step, locale: this.#l10n.i18n.locale, version: VERSION }));
      // The first step is on screen. Once the page has loaded and the browser is idle, or as soon as the customer
      // starts, fetch the other steps, so that moving on never waits for the network; the SDK (unless the page gave
      // us a client) as soon as the customer starts: nothing needs it before (a failed load is reported by the first call).
      // The done step comes with the pay step (see #goTo): the budget of what loads unasked is the plan and pay steps.
      whenIdleOrUsed(this, () => {
        for (const step of STEPS) if (step !== 'done') void this.#loadStep(step);
      });
      if (!this.client) whenUsed(this, () => loadSdk().catch(() => {}));
    }
  }

  /** `history="steps"` loads step-history.ts, which keeps a history entry per step; without it, history is left alone. */
  #syncHistory(): void {
    const on = this.#config.history;
    if (on && !this.#history) {
      // The step it starts on now: the widget may move on before the module has loaded (moved() then pushes).
      const first = this.step;
      this.#history = import('./step-history.ts').then(
        ({ StepHistory }) =>
          new StepHistory(
            this,
            first,
            () => this.step,
            (step) => this.#flow.goTo(step),
          ),
      );
    } else if (!on && this.#history) {
      void this.#history.then((history) => history.stop());
      this.#history = undefined;
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
      console.error(`<urcard-checkout> ${message}`);
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
    const { client, key, startOver } = connect(
      { client: this.#apiClient, key: this.#clientKey },
      this.client,
      this.#config,
    );
    this.#apiClient = client;
    this.#clientKey = key;
    if (this.hasUpdated && startOver) {
      this.#flow.clear();
      this.step = 'card';
    }
  }

  #goTo(step: Step): void {
    const previous = this.step;
    if (previous === step) return;
    // Move focus only when the customer is working in the widget: never steal it from the page on load.
    const focus = this.matches(':focus-within');
    this.step = step;
    void this.#history?.then((history) => history.moved(step));
    this.dispatchEvent(new StepChangeEvent({ step, previous, index: STEPS.indexOf(step) }));
    const loaded = this.#loadStep(step);
    if (step === 'pay') void this.#loadStep('done');
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
    // The later steps also need the order part of the flow, and the rest of English.
    const strings =
      step === 'card'
        ? Promise.resolve()
        : Promise.all([this.#l10n.whenComplete(), this.#flow.loadOrders()]).catch((error) =>
            this.#flow.reportError(error),
          );
    if (customElements.get(tag)) return strings;
    const load = (this.constructor as typeof UrcardCheckout).stepLoaders[step];
    load?.().catch((error: unknown) => this.#flow.reportError(error));
    return Promise.all([customElements.whenDefined(tag), strings]);
  }

  protected override render(): TemplateResult {
    const { i18n } = this.#l10n;
    const { m } = i18n;
    return html`<section
      class="base"
      part="base"
      aria-label=${m.widgetLabel}
      lang=${i18n.locale}
      dir=${this.dir || (RTL_LOCALES.includes(i18n.locale) ? 'rtl' : 'ltr')}
      style=${cssProps(appearanceStyle(this.appearance))}
      aria-busy=${this.#l10n.ready ? 'false' : 'true'}
    >
      ${
        this.#problems.length > 0
          ? renderProblems(this.#l10n.i18n.m, this.#problems, /_live_/.test(String(this.publishableKey)))
          : nothing
      }
      ${this.#fatal || !this.#l10n.ready ? nothing : this.#renderFlow()}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#flow.announcement}</div>
    </section>`;
  }

  #renderFlow(): TemplateResult {
    const { m } = this.#l10n.i18n;
    const flow = this.#flow;
    if (flow.resuming) {
      return html`<p class="muted" role="status"><span class="spinner" aria-hidden="true"></span> ${m.loading}</p>`;
    }
    const back: Step | null =
      this.step === 'plan' ? 'card' : this.step === 'pay' ? (flow.session ? 'plan' : 'card') : null;
    return html`${renderHeader(m, this.step, back, (step) => this.#goTo(step))}
      ${flow.notice && this.step === 'card' ? html`<div class="alert info notice" role="alert" part="notice">${flow.notice}</div>` : nothing}
      ${(this.#l10n.complete && flow.ordersReady) || this.step === 'card' ? renderStep(this.step, flow) : nothing}`;
  }
}

/** The attributes' properties (`apiBase`, `theme`…), typed and documented from ATTRIBUTES (config.ts). */
export interface UrcardCheckout extends AttributeValues {}
