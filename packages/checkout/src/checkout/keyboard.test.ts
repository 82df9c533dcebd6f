import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { apiBase } from '../test-support/env.ts';
import { $, CARDS, FAST, KEY, onStep, PIN, until } from '../test-support/flow.ts';
import type { UrcardCheckout } from './checkout.element.ts';

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until `match` is focused (at most 30 times). */
async function tabTo(what: string, match: (el: Element) => boolean): Promise<Element> {
  for (let i = 0; i < 30; i++) {
    const active = deepActive();
    if (active && match(active)) return active;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}; last: ${deepActive()?.outerHTML.slice(0, 120)}`);
}

const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();

afterEach(() => sessionStorage.clear());

describe('keyboard only', () => {
  it('renews a card from the first Tab to the receipt without a mouse', async () => {
    const api = await apiBase();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button id="before">Before</button>
      <urcard-checkout api-base=${api} publishable-key=${KEY} .timings=${FAST}></urcard-checkout>
    </div>`);
    const el = wrapper.querySelector<UrcardCheckout>('urcard-checkout')!;
    await onStep(el, 'card');
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

    // Card: Tab into the number, type it, Tab to the PIN, Enter submits.
    await tabTo('the card number', (e) => e.id === 'card-number');
    await sendKeys({ type: CARDS.active });
    expect((deepActive() as HTMLInputElement).value).to.equal('8986 0100 0000 0000 018');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()!.id).to.equal('pin');
    await sendKeys({ type: PIN });
    await sendKeys({ press: 'Enter' });
    await until('the card summary', () => !!$(el, '[part~="card-summary"]'));
    await until('focus on the heading', () => deepActive()?.tagName === 'H2');

    // Continue to the plan step: focus lands on its heading.
    await tabTo('Continue', (e) => e.tagName === 'BUTTON' && text(e) === 'Continue');
    await sendKeys({ press: 'Enter' });
    await onStep(el, 'plan');
    await until('focus on the plan heading', () => deepActive()?.textContent === 'Choose a plan');

    // Plans are one radio group: Tab enters it on the chosen plan, arrows move the choice.
    const first = (await tabTo('the plans', (e) => e.getAttribute('name') === 'plan')) as HTMLInputElement;
    const before = first.value;
    await sendKeys({ press: 'ArrowDown' });
    const moved = deepActive() as HTMLInputElement;
    expect(moved.value).not.to.equal(before);
    expect(moved.checked).to.equal(true);
    await sendKeys({ press: 'Space' });

    // The auto-renew switch toggles with Space.
    const toggle = (await tabTo(
      'the auto-renew switch',
      (e) => e.getAttribute('role') === 'switch',
    )) as HTMLInputElement;
    const wasOn = toggle.checked;
    await sendKeys({ press: 'Space' });
    expect(toggle.checked).to.equal(!wasOn);
    await until('a quote', () => !!$<HTMLButtonElement>(el, 'button[part="submit-button"]:not([disabled])'));
    await tabTo('Continue to payment', (e) => text(e) === 'Continue to payment');
    await sendKeys({ press: 'Enter' });
    await onStep(el, 'pay');
    await until('focus on the pay heading', () => deepActive()?.textContent === 'Payment');
    await until('the order', () => !!$(el, 'button.pay'));

    // Pay: the sandbox outcome is a radio group too; choose "Succeed", Tab to Pay, Enter.
    const outcome = (await tabTo('the test outcomes', (e) => e.getAttribute('name') === 'outcome')) as HTMLInputElement;
    expect(outcome.value).to.equal('succeeded');
    await tabTo('Pay', (e) => e.classList.contains('pay'));
    await sendKeys({ press: 'Enter' });
    await onStep(el, 'done');
    await until('the receipt', () => !!$(el, '[part="receipt"]'), 15_000);

    // Done: start again from the keyboard.
    await tabTo('Renew another card', (e) => text(e) === 'Renew another card');
    await sendKeys({ press: 'Enter' });
    await onStep(el, 'card');
    await until('focus on the card heading', () => deepActive()?.textContent === 'Your card');
  });

  it('goes Back with the keyboard', async () => {
    const api = await apiBase();
    const el = await fixture<UrcardCheckout>(
      html`<urcard-checkout api-base=${api} publishable-key=${KEY} .timings=${FAST}></urcard-checkout>`,
    );
    await onStep(el, 'card');
    $<HTMLInputElement>(el, '#card-number')!.focus();
    await sendKeys({ type: CARDS.active });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: PIN });
    await sendKeys({ press: 'Enter' });
    await until('the card summary', () => !!$(el, '[part~="card-summary"]'));
    await tabTo('Continue', (e) => text(e) === 'Continue');
    await sendKeys({ press: 'Enter' });
    await onStep(el, 'plan');
    await until('focus on the plan heading', () => deepActive()?.textContent === 'Choose a plan');
    // Back sits just before the step's heading.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(deepActive()!.getAttribute('part')).to.equal('back-button');
    await sendKeys({ press: 'Enter' });
    await onStep(el, 'card');
    await until('focus on the card heading', () => deepActive()?.textContent === 'Your card');
  });
});
