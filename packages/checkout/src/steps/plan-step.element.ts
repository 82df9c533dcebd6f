import { initialState, Task, TaskStatus } from '@lit/task';
import type { CardSession, CustomComposition, CustomRules, Plan, PlanList, PlanTier } from '@urcard/sdk';
import { isUrcardError } from '@urcard/sdk/errors';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { StepElement } from '../shared/step-element.ts';
import type { Selection } from './flow.ts';
import { renderCustomBuilder, renderPlan } from './plan-options.ts';
import { planStepStyles } from './plan-step.styles.ts';
import { renderAutoRenew, renderPromo, renderSummary } from './plan-summary.ts';
import { CUSTOM, type Custom, type PlanView, PROMO_ERRORS, type PromoError } from './plan-view.ts';

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });

/**
 * Step 2: plans grouped by tier as one radio group, the custom builder, a promo code, automatic renewal and the
 * server's quote.
 *
 * @csspart heading - The step's heading.
 * @csspart plan - One plan option.
 * @csspart plan-price - A plan's price (with the original price struck through during a promotion).
 * @csspart input - Text inputs and selects (promo code, custom builder).
 * @csspart summary - Line items, discount and total of the quote.
 * @csspart submit-button - Continue to payment.
 * @csspart secondary-button - Apply or remove the promo code.
 * @csspart error - Error messages.
 *
 * @tagname urcard-plan-step
 */
export class UrcardPlanStep extends StepElement {
  static override styles = [...StepElement.styles, planStepStyles];
  static override properties: PropertyDeclarations = {
    session: { attribute: false },
    selection: { attribute: false },
    choice: { state: true, attribute: false },
    custom: { state: true, attribute: false },
    promoInput: { state: true, attribute: false },
    appliedPromo: { state: true, attribute: false },
    promoError: { state: true, attribute: false },
    autoRenew: { state: true, attribute: false },
    requoted: { state: true, attribute: false },
  };

  /** The verified card. */
  declare session: CardSession;
  /** What was chosen before, when the customer comes back from the pay step. */
  declare selection: Selection | null;

  declare private choice: string | null;
  declare private custom: Custom | null;
  declare private promoInput: string;
  declare private appliedPromo: string | null;
  declare private promoError: PromoError | null;
  /** The quote shown before had expired: this one is new, and the customer is told before going on. */
  declare private requoted: boolean;
  declare private autoRenew: boolean;

  constructor() {
    super();
    this.selection = null;
    this.choice = null;
    this.custom = null;
    this.promoInput = '';
    this.appliedPromo = null;
    this.promoError = null;
    this.autoRenew = false;
    this.requoted = false;
  }

  #chosen = false;
  #autoRenewTouched = false;
  #promoTouched = false;
  /** A promo code was applied or removed: once priced, focus goes to what replaced the button pressed. */
  #focusPromo = false;

  #plans = new Task(this, {
    task: async ([client, cardToken, currency], { signal }) => client.plans.list({ cardToken, currency }, { signal }),
    args: () => [this.client, this.session.cardToken, this.config.currency] as const,
    onComplete: (list) => this.#preselect(list),
    onError: (error) => this.flow.reportError(error),
  });

  #quote = new Task(this, {
    task: async ([client, cardToken, currency, choice, customKey, promoCode], { signal }) => {
      if (!choice) return initialState;
      // The custom builder quotes live: let a burst of changes settle first.
      if (choice === CUSTOM) await wait(250, signal);
      const target = choice === CUSTOM ? { custom: JSON.parse(customKey) as CustomComposition } : { planId: choice };
      try {
        return await client.quotes.create(
          { cardToken, currency, ...target, ...(promoCode ? { promoCode } : {}) },
          { signal },
        );
      } catch (error) {
        if (promoCode && isUrcardError(error) && (PROMO_ERRORS as readonly string[]).includes(error.code)) {
          // Say what is wrong with the code and price without it: the next update re-quotes.
          this.promoError = error.code as PromoError;
          this.appliedPromo = null;
          this.flow.announce(this.i18n.m.errors[error.code] ?? '');
          return initialState;
        }
        throw error;
      }
    },
    args: () =>
      [
        this.client,
        this.session.cardToken,
        this.config.currency,
        this.choice,
        this.choice === CUSTOM ? JSON.stringify(this.custom) : '',
        this.appliedPromo,
      ] as const,
    onComplete: (quote) => {
      const { m, f } = this.i18n;
      const expired = this.requoted ? `${m.errors.quote_expired} ` : '';
      // After a promo code that did not work, the price without it follows the very sentence on screen.
      const promo = this.promoError ? `${m.errors[this.promoError]} ` : '';
      if (quote) this.flow.announce(`${promo}${expired}${m.total}: ${f.money(quote.total)}`);
    },
    onError: (error) => this.flow.reportError(error),
  });

  protected override updated(): void {
    if (this.#focusPromo && this.#quote.status !== TaskStatus.PENDING) {
      this.#focusPromo = false;
      // Applied: its Remove button; removed, or a code that does not work: the code field.
      const applied = this.renderRoot.querySelector<HTMLElement>('.applied button');
      (applied ?? this.renderRoot.querySelector<HTMLElement>('#promo'))?.focus();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Back (or the browser's Back, history="steps") keeps the plan, promo code and auto-renew for Forward.
    const quote = this.#quote.value;
    if (quote) this.flow.keepChoice({ quote, autoRenew: this.autoRenew });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('selection') && this.selection && !this.#chosen) {
      const { quote, autoRenew } = this.selection;
      this.choice = quote.plan.planId ?? CUSTOM;
      if (quote.plan.planId === null) {
        const { dataMb, minutes, validityDays, addOns } = quote.plan;
        this.custom = { dataMb, minutes, validityDays, addOns };
      }
      this.appliedPromo = quote.promo?.code ?? null;
      this.promoInput = this.appliedPromo ?? '';
      this.autoRenew = autoRenew;
      this.requoted = this.selection.expired === true;
      this.#chosen = this.#autoRenewTouched = this.#promoTouched = true;
    }
    if (changed.has('config')) {
      if (!this.#promoTouched) {
        this.appliedPromo = this.config.promoCode;
        this.promoInput = this.config.promoCode ?? '';
      }
      if (!this.#autoRenewTouched) this.autoRenew = this.config.autoRenew;
      const list = this.#plans.value;
      if (list && !this.#chosen) this.#preselect(list);
    }
  }

  /** The `plan` attribute, else the card's current plan, if offered. */
  #preselect(list: PlanList): void {
    if (this.#chosen) return;
    const visible = this.#visiblePlans(list);
    const wanted = [this.config.plan, this.session.card.currentPlan?.id].find(
      (id) => id && (visible.some((plan) => plan.id === id) || (id === CUSTOM && this.#customRules(list))),
    );
    this.choice = wanted ?? null;
    if (wanted === CUSTOM) this.#initCustom(list);
  }

  #visiblePlans(list: PlanList): Plan[] {
    return list.plans.filter((plan) => this.config.tiers.includes(plan.tier));
  }

  #customRules(list: PlanList): CustomRules | null {
    return this.config.tiers.includes('custom') ? list.custom : null;
  }

  #initCustom(list: PlanList): void {
    const rules = list.custom;
    if (this.custom || !rules) return;
    this.custom = {
      dataMb: rules.dataMbOptions[0] ?? null,
      minutes: rules.minutesOptions[0] ?? 0,
      validityDays: rules.validityDaysOptions[0] ?? 30,
      addOns: [],
    };
  }

  #choose(id: string, list: PlanList): void {
    this.#chosen = true;
    this.choice = id;
    if (id === CUSTOM) this.#initCustom(list);
  }

  #applyPromo(event: SubmitEvent): void {
    event.preventDefault();
    this.#promoTouched = true;
    const code = this.promoInput.trim();
    this.promoError = null;
    this.appliedPromo = code === '' ? null : code.toUpperCase();
    this.#focusPromo = true;
  }

  #removePromo(): void {
    this.#promoTouched = true;
    this.appliedPromo = null;
    this.promoInput = '';
    this.promoError = null;
    this.#focusPromo = true;
  }

  get #autoRenewBlock(): string | null {
    const { m } = this.i18n;
    const quote = this.#quote.value;
    if (this.config.paymentMethods.length === 1 && this.config.paymentMethods[0] === 'wechat_pay') {
      return m.autoRenewWechatOnly;
    }
    if (quote && this.#quote.status === TaskStatus.COMPLETE && !quote.autoRenewAllowed) return m.autoRenewNotAllowed;
    const plan = this.#plans.value?.plans.find((p) => p.id === this.choice);
    if (plan && !plan.autoRenewAllowed) return m.autoRenewNotAllowed;
    return null;
  }

  #continue(): void {
    const quote = this.#quote.value;
    if (this.#quote.status !== TaskStatus.COMPLETE || !quote) return;
    // Never on to a pay step with a price that no longer holds: quote again, and show the new price first.
    if (Date.parse(quote.expiresAt) <= Date.now()) {
      this.requoted = true;
      this.#quote.run();
      return;
    }
    const autoRenew = this.autoRenew && this.#autoRenewBlock === null;
    this.flow.planChosen({ quote, autoRenew }, quote.plan.name);
  }

  protected override render(): TemplateResult {
    const { m } = this.i18n;
    return html`
      <h2 tabindex="-1" part="heading">${m.planHeading}</h2>
      ${this.#plans.render({
        pending: () => this.renderLoading(m.loading),
        error: (error) => this.renderError(error, () => this.#plans.run()),
        complete: (list) => this.#renderPlans(list),
      })}
    `;
  }

  #renderPlans(list: PlanList): TemplateResult {
    const { m } = this.i18n;
    const plans = this.#visiblePlans(list);
    const rules = this.#customRules(list);
    if (plans.length === 0 && !rules) return html`<p class="alert info">${m.noPlans}</p>`;
    const tiers = (['basic', 'advanced'] as PlanTier[]).filter((tier) => plans.some((plan) => plan.tier === tier));
    return html`
      <fieldset class="plans">
        <legend class="visually-hidden">${m.planGroupLabel}</legend>
        ${tiers.map(
          (tier) => html`<fieldset class="tier">
            <legend>${m.tierNames[tier]}</legend>
            <div class="options">
              ${plans.filter((plan) => plan.tier === tier).map((plan) => renderPlan(this.#view, plan, list))}
            </div>
          </fieldset>`,
        )}
        ${rules ? renderCustomBuilder(this.#view, rules, list) : nothing}
      </fieldset>
      ${renderPromo(this.#view)} ${renderAutoRenew(this.#view)} ${renderSummary(this.#view)}
      ${this.requoted ? html`<p class="alert info">${m.errors.quote_expired}</p>` : nothing}
      <div class="actions">
        <button
          type="button"
          class="primary"
          part="submit-button"
          ?disabled=${this.#quote.status !== TaskStatus.COMPLETE || !this.#quote.value}
          @click=${this.#continue}
        >
          ${m.continueToPayment}
        </button>
      </div>
    `;
  }

  /** What the templates of plan-options.ts and plan-summary.ts read and call. */
  get #view(): PlanView {
    return {
      i18n: this.i18n,
      config: this.config,
      choice: this.choice,
      custom: this.custom,
      quote: this.#quote,
      plans: this.#plans.value,
      appliedPromo: this.appliedPromo,
      promoInput: this.promoInput,
      promoError: this.promoError,
      autoRenew: this.autoRenew,
      autoRenewBlock: this.#autoRenewBlock,
      choose: (id, list) => this.#choose(id, list),
      setCustom: (patch) => {
        if (this.custom) this.custom = { ...this.custom, ...patch };
      },
      applyPromo: (event) => this.#applyPromo(event),
      removePromo: () => this.#removePromo(),
      typePromo: (text) => {
        this.promoInput = text;
      },
      setAutoRenew: (on) => {
        this.#autoRenewTouched = true;
        this.autoRenew = on;
      },
      renderLoading: (text) => this.renderLoading(text),
      renderError: (error, retry) => this.renderError(error, retry),
    };
  }
}
