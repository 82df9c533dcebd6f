import { expect } from '@open-wc/testing';
import {
  $,
  choosePlan,
  click,
  mount,
  onStep,
  paySandbox,
  quoted,
  toPayStep,
  toPlanStep,
  type,
  until,
  verifyCard,
} from '../test-support/flow.ts';
import type { UrcardCheckout } from './checkout.element.ts';

/** The control that has focus, through the checkout's and the step's shadow roots; never `<body>`. */
function focused(el: UrcardCheckout): Element | null {
  if (document.activeElement !== el) return document.activeElement;
  const step = el.shadowRoot!.activeElement;
  return step?.shadowRoot?.activeElement ?? step;
}

describe('focus stays on the next sensible control', () => {
  it('after applying a promo code: on its Remove button; after a code that does not work: on the code', async () => {
    const { el } = await mount();
    await toPlanStep(el);
    await choosePlan(el, 'basic-30');
    type($<HTMLInputElement>(el, '#promo')!, 'travel10');
    $<HTMLButtonElement>(el, '.promo-form button[type=submit]')!.click();
    await quoted(el);
    await until('focus on Remove', () => focused(el) === $(el, '.applied button'));
    expect(document.activeElement, 'not <body>').to.equal(el);
    await expect(el).to.be.accessible();
    click(el, '.applied button');
    await quoted(el);
    await until('focus back on the code field', () => focused(el) === $(el, '#promo'));
  });

  it('after a 3-D Secure challenge: on the done step’s heading, or on Pay when it failed', async () => {
    const { el } = await mount();
    await toPayStep(el);
    await paySandbox(el, 'requires_action');
    await until('the challenge', () => !!$(el, '[part="challenge"]'));
    click(el, '[part="challenge"] button.secondary');
    await until('the failure', () => !!$(el, '[role="alert"]'));
    await until('focus on Pay', () => focused(el) === $(el, 'button.pay'));
    await paySandbox(el, 'requires_action');
    await until('the challenge', () => !!$(el, '[part="challenge"]'));
    click(el, '[part="challenge"] button.primary');
    await onStep(el, 'done');
    await until('focus on the done heading', () => focused(el) === $(el, 'h2'));
  });

  it('after "Use a different card": on the card number', async () => {
    const { el } = await mount();
    await verifyCard(el);
    $<HTMLButtonElement>(el, 'button[part="secondary-button"]')!.focus();
    click(el, 'button[part="secondary-button"]');
    await until('the form', () => !!$(el, '#card-number'));
    await until('focus on the card number', () => focused(el) === $(el, '#card-number'));
    await onStep(el, 'card');
  });
});
