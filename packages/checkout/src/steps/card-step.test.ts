import { expect, fixture, html } from '@open-wc/testing';
import type { UrcardCheckout } from '../checkout/checkout.element.ts';
import { customerSession } from '../test-support/env.ts';
import {
  $,
  $$,
  CARDS,
  click,
  countingClient,
  enterCard,
  FAST,
  KEY,
  mount,
  onStep,
  stepEl,
  stepText,
  type,
  until,
  verifyCard,
} from '../test-support/flow.ts';
import { groupDigits } from './card-step.element.ts';

describe('card step', () => {
  it('groups the card number in fours as it is typed, keeping the caret, on a numeric keyboard', async () => {
    const { el } = await mount();
    await onStep(el, 'card');
    const input = $<HTMLInputElement>(el, '#card-number')!;
    expect(input.inputMode).to.equal('numeric');
    expect(input.autocomplete).to.equal('off');
    type(input, '89860100000');
    expect(input.value).to.equal('8986 0100 000');
    // An edit in the middle keeps the caret after the same digit.
    input.value = '8986 01x00 000';
    input.setSelectionRange(7, 7);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    expect(input.value).to.equal('8986 0100 000');
    expect(input.selectionStart).to.equal(7);
    expect(groupDigits('8986010000000000018')).to.equal('8986 0100 0000 0000 018');
  });

  it('checks the Luhn digit and the length before sending anything', async () => {
    const { el, api } = await mount();
    const { client, calls } = countingClient(api);
    el.client = client;
    await enterCard(el, '8986010000000000019');
    await until('the Luhn message', () => !!$(el, '#card-number-error'));
    expect($(el, '#card-number-error')!.textContent).to.contain('not valid');
    expect($(el, '#card-number')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#card-number')!.getAttribute('aria-describedby')).to.contain('card-number-error');
    type($<HTMLInputElement>(el, '#card-number')!, '8986 0100 0000');
    click(el, 'button[type=submit]');
    await until('the length message', () => /18 to 22 digits/.test($(el, '#card-number-error')?.textContent ?? ''));
    expect(calls).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('masks the PIN, never autofills it, and forgets it after each attempt', async () => {
    const { el } = await mount();
    await onStep(el, 'card');
    const pin = $<HTMLInputElement>(el, '#pin')!;
    expect(pin.type).to.equal('password');
    expect(pin.getAttribute('autocomplete')).to.equal('off');
    expect(pin.inputMode).to.equal('numeric');
    await verifyCard(el, CARDS.active);
    const stored = JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage });
    expect(stored).not.to.contain('1234');
    expect(stored).not.to.contain(CARDS.active);
    expect(stored).not.to.contain('ct_');
    expect(el.outerHTML + el.shadowRoot!.innerHTML).not.to.contain('1234');
  });

  it('says how many tries are left after a wrong PIN, without saying whether the card exists', async () => {
    const { el } = await mount();
    await enterCard(el, CARDS.expiring, '9999');
    await until('the error', () => !!$(el, '[role="alert"]'));
    const wrongPin = $(el, '[role="alert"]')!.textContent!;
    expect(wrongPin).to.match(/card number or PIN is not right.*more tries/);
    expect($<HTMLInputElement>(el, '#pin')!.value).to.equal('');
    await expect(el).to.be.accessible();
    // Right PIN afterwards still works (and resets the count on the server).
    type($<HTMLInputElement>(el, '#pin')!, '1234');
    click(el, 'button[type=submit]');
    await until('card summary', () => !!$(el, '[part~="card-summary"]'));
  });

  it('shows a lockout countdown after too many wrong PINs and lets the customer try again when it ends', async () => {
    const { el } = await mount();
    await onStep(el, 'card');
    for (let i = 0; i < 6 && !$(el, '[role="timer"]'); i++) {
      await enterCard(el, CARDS.expired, '0000');
      await until('an answer', () => !!$(el, '[part="error"]') && !$(el, '.spinner'));
    }
    const timer = $(el, '[role="timer"]');
    expect(timer, 'countdown').to.exist;
    expect(timer!.textContent).to.match(/Try again in \d+ sec/);
    expect($<HTMLButtonElement>(el, 'button[type=submit]')!.disabled).to.equal(true);
    await expect(el).to.be.accessible();
    await until('the lock to end', () => !$<HTMLButtonElement>(el, 'button[type=submit]')!.disabled, 6000);
    await verifyCard(el, CARDS.expired);
    expect(stepText(el)).to.match(/Expired \d+ days ago/);
  });

  it('prefills card-number, grouped', async () => {
    const { el } = await mount({ 'card-number': CARDS.active });
    await onStep(el, 'card');
    expect($<HTMLInputElement>(el, '#card-number')!.value).to.equal('8986 0100 0000 0000 018');
    el.setAttribute('card-number', CARDS.expiring);
    await el.updateComplete;
    await stepEl(el).updateComplete;
    expect($<HTMLInputElement>(el, '#card-number')!.value).to.equal('8986 0100 0000 0000 026');
  });

  it('offers the bound cards of a customer session first, plus "add a new card"', async () => {
    const token = await customerSession();
    const { el, api } = await mount({ 'customer-session': token });
    await onStep(el, 'card');
    // No card bound yet: straight to the form; verifying binds the card to the customer.
    await until('the form', () => !!$(el, '#card-number'));
    await verifyCard(el, CARDS.active);
    el.remove();

    const again = await fixture<UrcardCheckout>(
      html`<urcard-checkout api-base=${api} publishable-key=${KEY} customer-session=${token} .timings=${FAST}></urcard-checkout>`,
    );
    await onStep(again, 'card');
    await until('the bound cards', () => $$(again, 'input[name="bound-card"]').length === 2);
    const labels = $$(again, '.choice').map((l) => l.textContent!.replace(/\s+/g, ' '));
    expect(labels[0]).to.contain('0018');
    expect(labels[1]).to.contain('Add a new card');
    await expect(again).to.be.accessible();
    click(again, 'button[part="submit-button"]');
    await until('card summary', () => !!$(again, '[part~="card-summary"]'));
    expect(stepText(again)).to.contain('0018');

    // "Use a different card" goes back to the list; "Add a new card" opens the form.
    click(again, 'button[part="secondary-button"]');
    await until('the bound cards', () => $$(again, 'input[name="bound-card"]').length === 2);
    $$<HTMLInputElement>(again, 'input[name="bound-card"]')[1]!.click();
    await stepEl(again).updateComplete;
    click(again, 'button[part="submit-button"]');
    await until('the form', () => !!$(again, '#card-number'));
  });

  it('falls back to the form when the customer session is not valid', async () => {
    const { el } = await mount({ 'customer-session': 'cs_notarealsession' });
    await onStep(el, 'card');
    await until('the error and the form', () => !!$(el, '[role="alert"]') && !!$(el, '#card-number'));
    expect($(el, '[role="alert"]')!.textContent).to.contain('saved cards could not be loaded');
  });
});
