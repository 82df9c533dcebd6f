import type { Order, SandboxChallengeResult, SandboxOutcome } from '@urcard/sdk';
import { SANDBOX_OUTCOMES } from '@urcard/sdk/enums';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { I18n } from '../i18n/localize.ts';
import type { Messages } from '../i18n/messages.ts';

// The pay step's pieces: the amount, the sandbox panel and challenge, the box of Stripe's Payment Element.

/** The sandbox test panel (test mode only): the outcome the next payment will have. */
export function renderSandboxPanel(
  m: Messages,
  outcome: SandboxOutcome,
  choose: (outcome: SandboxOutcome) => void,
): TemplateResult {
  return html`<fieldset class="test-panel" part="test-panel">
    <legend><span class="test-badge">TEST</span> ${m.sandboxTitle}</legend>
    <p class="small">${m.sandboxIntro}</p>
    <div class="outcomes">
      ${SANDBOX_OUTCOMES.map(
        (o) => html`<label class="outcome">
          <input type="radio" name="outcome" .value=${o} .checked=${live(outcome === o)} @change=${() => choose(o)} />
          <span>${m.sandboxOutcomes[o]}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

/** The simulated 3-D Secure challenge of the sandbox. */
export function renderChallenge(
  m: Messages,
  amount: string,
  paying: boolean,
  answer: (result: SandboxChallengeResult) => void,
): TemplateResult {
  return html`<section class="challenge test-panel" part="challenge" aria-labelledby="challenge-heading">
    <h3 id="challenge-heading" tabindex="-1"><span class="test-badge">TEST</span> ${m.challengeHeading}</h3>
    <p>${m.challengeIntro(amount)}</p>
    <div class="actions">
      <button type="button" class="secondary" part="secondary-button" ?disabled=${paying} @click=${() => answer('fail')}>
        ${m.challengeFail}
      </button>
      <button type="button" class="primary" part="submit-button" ?disabled=${paying} @click=${() => answer('approve')}>
        ${m.challengeApprove}
      </button>
    </div>
  </section>`;
}

/** The exact amount again, the plan and the card it renews. */
export function renderAmount(m: Messages, amount: string, order: Order): TemplateResult {
  return html`<section class="card-box amount" part="amount" aria-labelledby="amount-label">
    <p id="amount-label" class="muted">${m.amountDue}</p>
    <p class="total">${amount}</p>
    <p class="small muted">${m.payFor(order.plan.name, order.maskedCardNumber)}</p>
  </section>`;
}

/**
 * Before paying, the whole picture, as the server computed it: the price before the discount, the discount and its
 * code, the total and the card's new expiry date.
 */
export function renderBreakdown(i18n: I18n, order: Order): TemplateResult {
  const { m, f } = i18n;
  const discounted = order.discount.amount > 0;
  return html`<dl class="breakdown" part="breakdown">
    ${
      discounted
        ? html`<div class="line" data-row="original-price">
            <dt>${m.originalPriceLabel}</dt><dd>${f.money(order.subtotal)}</dd>
          </div>
          <div class="line" data-row="discount">
            <dt>${m.discount}${order.promoCode ? ` (${order.promoCode})` : ''}</dt><dd>−${f.money(order.discount)}</dd>
          </div>`
        : nothing
    }
    <div class="line" data-row="total"><dt>${m.total}</dt><dd>${f.money(order.total)}</dd></div>
    <div class="line" data-row="new-expiry"><dt>${m.receiptNewExpiry}</dt><dd>${f.date(order.newExpiresAt)}</dd></div>
  </dl>`;
}

/** With auto-renew on: the next charge (amount, date, how long before expiry) and how to stop it. */
export function renderAutoRenewNotice(i18n: I18n, order: Order): TemplateResult | typeof nothing {
  const next = order.autoRenew ? order.autoRenewal : null;
  if (!next) return nothing;
  const { m, f } = i18n;
  return html`<div class="alert info auto-renew-notice" part="auto-renew-notice">
    <p>${m.autoRenewNotice(f.money(next.amount), f.date(next.chargeAt), next.leadDays)}</p>
  </div>`;
}

/** The box of Stripe's Payment Element (projected from the checkout's light DOM), its height reserved. */
export function renderPaymentElement(
  m: Messages,
  state: 'loading' | 'ready' | 'failed',
  retry: () => void,
): TemplateResult {
  return html`<div class="payment-element" part="payment-element" aria-label=${m.paymentMethodsLabel} role="group">
    ${
      state === 'failed'
        ? html`<div class="alert danger" role="alert" part="error">
          <p>${m.paymentFormFailed}</p>
          <button type="button" class="secondary" @click=${retry}>${m.retry}</button>
        </div>`
        : state === 'ready'
          ? nothing
          : html`<p class="muted placeholder"><span class="spinner" aria-hidden="true"></span> ${m.loadingPaymentForm}</p>`
    }
    <slot name="payment-element"></slot>
  </div>`;
}
