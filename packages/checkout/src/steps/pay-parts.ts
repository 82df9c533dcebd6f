import type { Order, SandboxChallengeResult, SandboxOutcome } from '@urcard/sdk';
import { SANDBOX_OUTCOMES } from '@urcard/sdk/enums';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
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
