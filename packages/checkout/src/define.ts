import { UrcardCheckout } from './checkout/checkout.element.ts';
import { UrcardCardStep } from './steps/card-step.element.ts';
import { UrcardDoneStep } from './steps/done-step.element.ts';
import { UrcardPayStep } from './steps/pay-step.element.ts';
import { UrcardPlanStep } from './steps/plan-step.element.ts';
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

define('urcard-card-step', class extends UrcardCardStep {});
define('urcard-plan-step', class extends UrcardPlanStep {});
define('urcard-pay-step', class extends UrcardPayStep {});
define('urcard-done-step', class extends UrcardDoneStep {});
define('urcard-checkout', UrcardCheckout);

declare global {
  interface HTMLElementTagNameMap {
    'urcard-checkout': UrcardCheckout;
    'urcard-card-step': UrcardCardStep;
    'urcard-plan-step': UrcardPlanStep;
    'urcard-pay-step': UrcardPayStep;
    'urcard-done-step': UrcardDoneStep;
  }
}
