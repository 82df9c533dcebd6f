import { html, nothing, type TemplateResult } from 'lit';
import { type Messages, STEPS, type Step } from '../i18n/messages.ts';
import type { Flow } from '../steps/flow.ts';
import type { ConfigProblem } from './config.ts';

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
export const exportParts = (step: Step) => STEP_PARTS.map((part) => `${part}, ${part}: ${step}__${part}`).join(', ');

/**
 * The list of wrong attributes, above the steps. Under a live key the customer sees no developer detail (that is in
 * `urcard-error` and the console): only "checkout unavailable" when the widget cannot run, else nothing.
 */
export function renderProblems(m: Messages, problems: ConfigProblem[], live: boolean): TemplateResult | typeof nothing {
  if (live) {
    return problems.some((p) => p.fatal)
      ? html`<div class="alert danger config-error" role="alert" part="config-error"><p>${m.checkoutUnavailable}</p></div>`
      : nothing;
  }
  return html`<div class="alert danger config-error" role="alert" part="config-error">
    <p><strong>${m.configErrorTitle}</strong></p>
    <ul>
      ${problems.map(
        (p) =>
          html`<li>
            ${p.value === null ? m.configErrorMissing(p.attribute, p.expected) : m.configErrorInvalid(p.attribute, p.value, p.expected)}
          </li>`,
      )}
    </ul>
  </div>`;
}

/** The progress header: "Step 2 of 4: Plan", the Back button and the progress bar. */
export function renderHeader(m: Messages, step: Step, back: Step | null, goTo: (step: Step) => void): TemplateResult {
  const index = STEPS.indexOf(step);
  return html`<header class="header" part="header">
    <div class="top">
      <p class="progress-label" part="progress-label">${m.progress(index + 1, STEPS.length, m.stepNames[step])}</p>
      ${
        back
          ? html`<button type="button" class="link back" part="back-button" @click=${() => goTo(back)}>
            <span aria-hidden="true">←</span> ${m.back}
          </button>`
          : nothing
      }
    </div>
    <ol class="progress" part="progress" aria-hidden="true">
      ${STEPS.map((s, i) => html`<li class=${i < index ? 'done' : i === index ? 'current' : ''}>${m.stepNames[s]}</li>`)}
    </ol>
  </header>`;
}

/** The step on screen; client, config, strings and flow reach it through context (context.ts), its state here. */
export function renderStep(
  step: Step,
  { session, selection, order, redirectFailed }: Pick<Flow, 'session' | 'selection' | 'order' | 'redirectFailed'>,
): TemplateResult | typeof nothing {
  switch (step) {
    case 'card':
      return html`<urcard-card-step data-step exportparts=${exportParts('card')} .session=${session}></urcard-card-step>`;
    case 'plan':
      return session
        ? html`<urcard-plan-step
            data-step
            exportparts=${exportParts('plan')}
            .session=${session}
            .selection=${selection}
          ></urcard-plan-step>`
        : nothing;
    case 'pay':
      return html`<urcard-pay-step
        data-step
        exportparts=${exportParts('pay')}
        .session=${session}
        .selection=${selection}
        .order=${order}
        .redirectFailed=${redirectFailed}
        ><slot name="payment-element" slot="payment-element"></slot
      ></urcard-pay-step>`;
    case 'done':
      return order
        ? html`<urcard-done-step data-step exportparts=${exportParts('done')} .order=${order}></urcard-done-step>`
        : nothing;
  }
}
