import { initialState, Task, TaskStatus } from '@lit/task';
import {
  type CardSession,
  type CustomComposition,
  type CustomRules,
  isUrcardError,
  type Plan,
  type PlanList,
  type PlanTier,
  type Quote,
} from '@urcard/sdk';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { StepElement } from '../shared/step-element.ts';
import type { Selection } from './flow.ts';
import { planStepStyles } from './plan-step.styles.ts';

const CUSTOM = 'custom';
const PROMO_ERRORS = ['promo_invalid', 'promo_expired', 'promo_not_applicable'] as const;
type PromoError = (typeof PROMO_ERRORS)[number];

interface Custom {
  dataMb: number | null;
  minutes: number;
  validityDays: number;
  addOns: string[];
}

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
  }

  #chosen = false;
  #autoRenewTouched = false;
  #promoTouched = false;

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
      if (quote) this.flow.announce(`${this.i18n.m.total}: ${this.i18n.f.money(quote.total)}`);
    },
    onError: (error) => this.flow.reportError(error),
  });

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
  }

  #removePromo(): void {
    this.#promoTouched = true;
    this.appliedPromo = null;
    this.promoInput = '';
    this.promoError = null;
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
              ${plans.filter((plan) => plan.tier === tier).map((plan) => this.#renderPlan(plan, list))}
            </div>
          </fieldset>`,
        )}
        ${rules ? this.#renderCustom(rules, list) : nothing}
      </fieldset>
      ${this.#renderPromo()} ${this.#renderAutoRenew()} ${this.#renderSummary()}
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

  #renderPlan(plan: Plan, list: PlanList): TemplateResult {
    const { m, f } = this.i18n;
    const facts = [
      plan.dataMb === null ? m.unlimitedData : f.data(plan.dataMb),
      m.minutesCount(plan.minutes),
      m.validity(plan.validityDays),
    ];
    const promo = plan.promotion;
    return html`<label class="plan" part="plan">
      <input
        type="radio"
        name="plan"
        .value=${plan.id}
        .checked=${live(this.choice === plan.id)}
        @change=${() => this.#choose(plan.id, list)}
      />
      <span class="plan-main">
        <span class="plan-name">${plan.name}</span>
        <span class="small muted">${facts.join(' · ')}</span>
        ${plan.description ? html`<span class="small">${plan.description}</span>` : nothing}
        ${
          plan.features.length
            ? html`<span class="features small">${plan.features.map((feature) => html`<span>${m.features[feature.code] ?? feature.label}</span>`)}</span>`
            : nothing
        }
        ${
          promo
            ? html`<span class="promo small"
              >${promo.label}${promo.endsAt ? html` · ${m.promotionEnds(f.date(promo.endsAt))}` : nothing}</span
            >`
            : nothing
        }
      </span>
      <span class="plan-price" part="plan-price">
        ${
          promo
            ? html`<span class="visually-hidden">${m.originalPrice(f.money(promo.originalPrice))}</span
              ><s aria-hidden="true">${f.money(promo.originalPrice)}</s> `
            : nothing
        }<strong>${f.money(plan.price)}</strong>
      </span>
    </label>`;
  }

  #renderCustom(rules: CustomRules, list: PlanList): TemplateResult {
    const { m, f } = this.i18n;
    const selected = this.choice === CUSTOM;
    const custom = this.custom;
    const set = (patch: Partial<Custom>) => {
      if (this.custom) this.custom = { ...this.custom, ...patch };
    };
    return html`<fieldset class="tier">
      <legend>${m.tierNames.custom}</legend>
      <div class="options">
        <label class="plan" part="plan">
          <input
            type="radio"
            name="plan"
            value=${CUSTOM}
            .checked=${live(selected)}
            @change=${() => this.#choose(CUSTOM, list)}
          />
          <span class="plan-main"><span class="plan-name">${m.customOption}</span></span>
          <span class="plan-price" part="plan-price">${m.customFrom(f.money(rules.priceFrom))}</span>
        </label>
        ${
          selected && custom
            ? html`<div class="builder" part="custom-builder">
              <div class="field">
                <label for="custom-data">${m.customData}</label>
                <select
                  id="custom-data"
                  part="input"
                  @change=${(e: Event) => {
                    const v = (e.target as HTMLSelectElement).value;
                    set({ dataMb: v === 'unlimited' ? null : Number(v) });
                  }}
                >
                  ${rules.dataMbOptions.map(
                    (mb) => html`<option
                      value=${mb === null ? 'unlimited' : String(mb)}
                      ?selected=${custom.dataMb === mb}
                    >
                      ${mb === null ? m.unlimitedData : f.data(mb)}
                    </option>`,
                  )}
                </select>
              </div>
              <div class="field">
                <label for="custom-minutes">${m.customMinutes}</label>
                <select
                  id="custom-minutes"
                  part="input"
                  @change=${(e: Event) => set({ minutes: Number((e.target as HTMLSelectElement).value) })}
                >
                  ${rules.minutesOptions.map(
                    (n) => html`<option value=${n} ?selected=${custom.minutes === n}>${m.minutesCount(n)}</option>`,
                  )}
                </select>
              </div>
              <div class="field">
                <label for="custom-validity">${m.customValidity}</label>
                <select
                  id="custom-validity"
                  part="input"
                  @change=${(e: Event) => set({ validityDays: Number((e.target as HTMLSelectElement).value) })}
                >
                  ${rules.validityDaysOptions.map(
                    (d) => html`<option value=${d} ?selected=${custom.validityDays === d}>${m.validity(d)}</option>`,
                  )}
                </select>
              </div>
              ${
                rules.addOns.length
                  ? html`<fieldset class="addons">
                    <legend>${m.customAddOns}</legend>
                    ${rules.addOns.map(
                      (addOn) => html`<label class="addon">
                        <input
                          type="checkbox"
                          .checked=${live(custom.addOns.includes(addOn.code))}
                          @change=${(e: Event) => {
                            const on = (e.target as HTMLInputElement).checked;
                            const others = custom.addOns.filter((code) => code !== addOn.code);
                            set({ addOns: on ? [...others, addOn.code] : others });
                          }}
                        />
                        <span
                          >${m.features[addOn.code] ?? addOn.name} <span class="muted small">${addOn.description}</span>
                          <strong class="small">+${f.money(addOn.price)}</strong></span
                        >
                      </label>`,
                    )}
                  </fieldset>`
                  : nothing
              }
            </div>`
            : nothing
        }
      </div>
    </fieldset>`;
  }

  #renderPromo(): TemplateResult {
    const { m } = this.i18n;
    const quote = this.#quote.value;
    const applied =
      this.appliedPromo && quote?.promo && this.#quote.status === TaskStatus.COMPLETE ? quote.promo : null;
    return html`<form class="promo-form" @submit=${this.#applyPromo}>
      ${
        applied
          ? html`<div class="row applied">
            <p role="status">${m.promoApplied(applied.code, applied.description)}</p>
            <button type="button" class="link" part="secondary-button" @click=${this.#removePromo}>
              ${m.promoRemove}
            </button>
          </div>`
          : html`<div class="field">
            <label for="promo">${m.promoLabel}</label>
            <div class="promo-row">
              <input
                id="promo"
                part="input"
                autocomplete="off"
                autocapitalize="characters"
                spellcheck="false"
                maxlength="40"
                .value=${live(this.promoInput)}
                aria-invalid=${this.promoError ? 'true' : 'false'}
                aria-describedby=${this.promoError ? 'promo-error' : nothing}
                @input=${(e: Event) => {
                  this.promoInput = (e.target as HTMLInputElement).value;
                }}
              />
              <button type="submit" class="secondary" part="secondary-button">${m.promoApply}</button>
            </div>
            ${
              this.promoError
                ? html`<p id="promo-error" class="field-error" part="error">${m.errors[this.promoError]}</p>`
                : nothing
            }
          </div>`
      }
    </form>`;
  }

  #renderAutoRenew(): TemplateResult {
    const { m } = this.i18n;
    const block = this.#autoRenewBlock;
    const on = this.autoRenew && block === null;
    const wechat = on && this.config.paymentMethods.includes('wechat_pay');
    return html`<div class="auto-renew">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          part="auto-renew"
          .checked=${live(on)}
          ?disabled=${block !== null}
          aria-describedby="auto-renew-help"
          @change=${(e: Event) => {
            this.#autoRenewTouched = true;
            this.autoRenew = (e.target as HTMLInputElement).checked;
          }}
        />
        <span class="label">${m.autoRenewLabel}</span>
      </label>
      <p id="auto-renew-help" class="hint">
        ${block ?? m.autoRenewHelp}${wechat ? html` ${m.autoRenewWechat}` : nothing}
      </p>
    </div>`;
  }

  #renderSummary(): TemplateResult {
    const { m, f } = this.i18n;
    return html`<section class="summary" part="summary" aria-labelledby="summary-heading">
      <h3 id="summary-heading">${m.summaryHeading}</h3>
      ${this.#quote.render({
        initial: () => html`<p class="muted">${m.choosePlanFirst}</p>`,
        pending: () => this.renderLoading(m.updatingPrice),
        error: (error) => this.renderError(error, () => this.#quote.run()),
        complete: (quote: Quote) => html`<dl>
          ${quote.lineItems
            .filter((item) => item.kind !== 'discount')
            .map((item) => html`<div class="line"><dt>${item.description}</dt><dd>${f.money(item.amount)}</dd></div>`)}
          ${
            quote.discount.amount > 0
              ? html`<div class="line discount">
                <dt>${m.discount}${quote.promo ? ` (${quote.promo.code})` : ''}</dt>
                <dd>−${f.money(quote.discount)}</dd>
              </div>`
              : nothing
          }
          <div class="line total"><dt>${m.total}</dt><dd>${f.money(quote.total)}</dd></div>
        </dl>`,
      })}
    </section>`;
  }
}
