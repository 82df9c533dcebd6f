import type { CustomRules, Plan, PlanList } from '@urcard/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { CUSTOM, type PlanView } from './plan-view.ts';

// The plan step's options: one plan, and the custom builder. Templates only; the step keeps the state.

export function renderPlan(v: PlanView, plan: Plan, list: PlanList): TemplateResult {
  const { m, f } = v.i18n;
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
      .checked=${live(v.choice === plan.id)}
      @change=${() => v.choose(plan.id, list)}
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

export function renderCustomBuilder(v: PlanView, rules: CustomRules, list: PlanList): TemplateResult {
  const { m, f } = v.i18n;
  const selected = v.choice === CUSTOM;
  const custom = v.custom;
  const set = v.setCustom;
  return html`<fieldset class="tier">
    <legend>${m.tierNames.custom}</legend>
    <div class="options">
      <label class="plan" part="plan">
        <input
          type="radio"
          name="plan"
          value=${CUSTOM}
          .checked=${live(selected)}
          @change=${() => v.choose(CUSTOM, list)}
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
