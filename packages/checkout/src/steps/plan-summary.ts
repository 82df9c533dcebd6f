import { TaskStatus } from '@lit/task';
import type { Quote } from '@urcard/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { PlanView } from './plan-view.ts';

// The plan step below its options: the promo code, automatic renewal and the quote. Templates only.

export function renderPromo(v: PlanView): TemplateResult {
  const { m } = v.i18n;
  const quote = v.quote.value;
  const applied = v.appliedPromo && quote?.promo && v.quote.status === TaskStatus.COMPLETE ? quote.promo : null;
  return html`<form class="promo-form" @submit=${v.applyPromo}>
    ${
      applied
        ? html`<div class="row applied">
          <p role="status">${m.promoApplied(applied.code, applied.description)}</p>
          <button type="button" class="link" part="secondary-button" @click=${v.removePromo}>
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
              .value=${live(v.promoInput)}
              aria-invalid=${v.promoError ? 'true' : 'false'}
              aria-describedby=${v.promoError ? 'promo-error' : nothing}
              @input=${(e: Event) => v.typePromo((e.target as HTMLInputElement).value)}
            />
            <button type="submit" class="secondary" part="secondary-button">${m.promoApply}</button>
          </div>
          ${
            v.promoError
              ? html`<p id="promo-error" class="field-error" part="error">${m.errors[v.promoError]}</p>`
              : nothing
          }
        </div>`
    }
  </form>`;
}

export function renderAutoRenew(v: PlanView): TemplateResult {
  const { m } = v.i18n;
  const block = v.autoRenewBlock;
  const on = v.autoRenew && block === null;
  const wechat = on && v.config.paymentMethods.includes('wechat_pay');
  return html`<div class="auto-renew">
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        part="auto-renew"
        .checked=${live(on)}
        ?disabled=${block !== null}
        aria-describedby="auto-renew-help"
        @change=${(e: Event) => v.setAutoRenew((e.target as HTMLInputElement).checked)}
      />
      <span class="label">${m.autoRenewLabel}</span>
    </label>
    <p id="auto-renew-help" class="hint">
      ${block ?? m.autoRenewHelp}${wechat ? html` ${m.autoRenewWechat}` : nothing}
    </p>
  </div>`;
}

export function renderSummary(v: PlanView): TemplateResult {
  const { m, f } = v.i18n;
  return html`<section class="summary" part="summary" aria-labelledby="summary-heading">
    <h3 id="summary-heading">${m.summaryHeading}</h3>
    ${v.quote.render({
      initial: () => html`<p class="muted">${m.choosePlanFirst}</p>`,
      pending: () => v.renderLoading(m.updatingPrice),
      error: (error) => v.renderError(error, () => v.quote.run()),
      complete: (quote: Quote) => html`<dl>
        ${quote.lineItems
          .filter((item) => item.kind !== 'discount')
          .map((item) => html`<div class="line"><dt>${item.description}</dt><dd>${f.money(item.amount)}</dd></div>`)}
        ${
          quote.discount.amount > 0
            ? html`<div class="line" data-row="original-price">
              <dt>${m.originalPriceLabel}</dt>
              <dd>${f.money(quote.subtotal)}</dd>
            </div>
            <div class="line discount" data-row="discount">
              <dt>${m.discount}${quote.promo ? ` (${quote.promo.code})` : ''}</dt>
              <dd>−${f.money(quote.discount)}</dd>
            </div>`
            : nothing
        }
        <div class="line total"><dt>${m.total}</dt><dd>${f.money(quote.total)}</dd></div>
        <div class="line" data-row="new-expiry"><dt>${m.receiptNewExpiry}</dt><dd>${f.date(quote.newExpiresAt)}</dd></div>
        ${
          v.autoRenew && v.autoRenewBlock === null && quote.autoRenewal
            ? html`<div class="line" data-row="auto-renew">
              <dt>${m.receiptAutoRenew}</dt>
              <dd>${m.autoRenewNextCharge(f.money(quote.autoRenewal.amount), f.date(quote.autoRenewal.chargeAt))}</dd>
            </div>`
            : nothing
        }
      </dl>`,
    })}
  </section>`;
}
