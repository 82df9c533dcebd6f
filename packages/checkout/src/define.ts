import { UrcardCheckout } from './checkout/checkout.element.ts';
import { UrcardCardStep } from './steps/card-step.element.ts';
import { VERSION } from './version.ts';

/**
 * Registers `tag` unless it is registered already. Partner pages do load embed scripts twice; the first
 * registration wins, and a different version says so in the console.
 */
export function define(tag: string, ctor: CustomElementConstructor, version = VERSION): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing !== ctor && existing.version !== version) {
    console.warn(`<${tag}> ${existing.version ?? 'unknown version'} is already registered; ignoring ${version}`);
  }
}

define('urcard-card-step', UrcardCardStep);
define('urcard-checkout', UrcardCheckout);
// The later steps arrive in their own chunks, fetched once the first step is on screen.
UrcardCheckout.stepLoaders = {
  plan: () => import('./steps/plan-step.element.ts').then((m) => define('urcard-plan-step', m.UrcardPlanStep)),
  pay: () => import('./steps/pay-step.element.ts').then((m) => define('urcard-pay-step', m.UrcardPayStep)),
  done: () => import('./steps/done-step.element.ts').then((m) => define('urcard-done-step', m.UrcardDoneStep)),
};

declare global {
  interface HTMLElementTagNameMap {
    'urcard-checkout': UrcardCheckout;
    'urcard-card-step': UrcardCardStep;
  }
}
