import { expect } from '@open-wc/testing';
import { createClient } from '@urcard/sdk';
import type { UrcardCheckout } from '../checkout/checkout.element.ts';
import {
  $,
  CARDS,
  click,
  enterCard,
  KEY,
  mount,
  onStep,
  PIN,
  paySandbox,
  stepEl,
  stepText,
  toPayStep,
  type,
  until,
} from '../test-support/flow.ts';

/** Wrong PINs for `number` until the server locks it (a bounded number of tries). */
async function lock(el: UrcardCheckout, number: string): Promise<void> {
  for (let i = 0; i < 6 && !$(el, '[role="timer"]'); i++) {
    await enterCard(el, number, '0000');
    await until('an answer', () => !!$(el, '[part="error"]') && !$(el, '.spinner'));
  }
  expect($(el, '[role="timer"]'), 'the lock countdown').to.exist;
}

const submit = (el: UrcardCheckout) => $<HTMLButtonElement>(el, 'button[type=submit]')!;
/** The checkout's live region: what screen readers are told. */
const announced = (el: UrcardCheckout) => el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!.trim();

describe('card step: each card its own state', () => {
  it('a lockout blocks only the locked card number; typing it again shows its time left, as a duration', async () => {
    const { el } = await mount();
    await onStep(el, 'card');
    await lock(el, CARDS.suspended);
    expect(submit(el).disabled).to.equal(true);
    expect($(el, '[role="timer"]')!.textContent).to.match(/Try again in \d+ sec/);
    expect($(el, '[role="timer"]')!.textContent).not.to.match(/\d:\d\d/);

    // Another card: nothing blocked, no lock message.
    type($<HTMLInputElement>(el, '#card-number')!, CARDS.active);
    await stepEl(el).updateComplete;
    expect(submit(el).disabled).to.equal(false);
    expect($(el, '[role="timer"]')).to.equal(null);
    // The locked card again: its own countdown.
    type($<HTMLInputElement>(el, '#card-number')!, CARDS.suspended);
    await stepEl(el).updateComplete;
    expect(submit(el).disabled).to.equal(true);
    expect($(el, '[role="timer"]')!.textContent).to.match(/locked.*Try again in \d+ sec/);
    await expect(el).to.be.accessible();
    // And the other card verifies while the first is locked.
    type($<HTMLInputElement>(el, '#card-number')!, CARDS.active);
    type($<HTMLInputElement>(el, '#pin')!, PIN);
    await stepEl(el).updateComplete;
    expect(submit(el).disabled).to.equal(false);
    submit(el).click();
    await until('card summary', () => !!$(el, '[part~="card-summary"]'));
    expect(stepText(el)).to.contain('0018');
    // The locked card's lock ends (3 s in tests) and the right PIN clears its count, for the other tests.
    click(el, 'button[part="secondary-button"]');
    await until('the form', () => !!$(el, '#card-number'));
    type($<HTMLInputElement>(el, '#card-number')!, CARDS.suspended);
    type($<HTMLInputElement>(el, '#pin')!, PIN);
    await stepEl(el).updateComplete;
    await until('the lock to end', () => !submit(el).disabled, 6000);
    submit(el).click();
    await until('card summary', () => !!$(el, '[part~="card-summary"]')).catch((e) => {
      throw new Error(`${e.message}: ${stepText(el)}`);
    });
  });

  it('keeps the PIN after a network error, clears it after a wrong PIN, and shows and announces one message', async () => {
    const { el, api } = await mount();
    el.client = createClient({
      apiBase: api,
      publishableKey: KEY,
      retries: 0,
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    await enterCard(el, CARDS.active);
    await until('the error', () => !!$(el, '[role="alert"]'));
    expect($<HTMLInputElement>(el, '#pin')!.value).to.equal(PIN);
    const shown = $(el, '[role="alert"] p')!.textContent!.trim();
    expect(shown).to.match(/connect|network|reach/i);
    expect(announced(el)).to.equal(shown);

    el.client = createClient({ apiBase: api, publishableKey: KEY });
    await el.updateComplete;
    await enterCard(el, CARDS.expiring, '9999');
    await until('the wrong PIN message', () => /more tries/.test($(el, '[role="alert"]')?.textContent ?? ''));
    expect($<HTMLInputElement>(el, '#pin')!.value).to.equal('');
    expect(announced(el)).to.equal($(el, '[role="alert"] p')!.textContent!.trim());
  });

  it('takes full-width digits, NBSP and every kind of dash in the card number and PIN', async () => {
    const { el } = await mount();
    await onStep(el, 'card');
    const input = $<HTMLInputElement>(el, '#card-number')!;
    type(
      input,
      CARDS.active.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
    );
    expect(input.value).to.equal('8986 0100 0000 0000 018');
    type(input, '8986\u00a00100\u20100000\u22120000\u30fc01\uff0d8');
    expect(input.value).to.equal('8986 0100 0000 0000 018');
    type($<HTMLInputElement>(el, '#pin')!, '１２３４');
    click(el, 'button[type=submit]');
    await until('card summary', () => !!$(el, '[part~="card-summary"]'));
    expect(stepText(el)).to.contain('0018');
  });

  it('on the pay step too: a payment that could not be sent is shown and announced in the same words', async () => {
    const { el, api } = await mount();
    el.client = createClient({
      apiBase: api,
      publishableKey: KEY,
      retries: 0,
      fetch: (input, init) =>
        String(input).endsWith('/sandbox-payment')
          ? Promise.reject(new TypeError('Failed to fetch'))
          : fetch(input, init),
    });
    await el.updateComplete;
    await toPayStep(el);
    await paySandbox(el, 'succeeded');
    await until('the error', () => !!$(el, '[role="alert"]'));
    const shown = $(el, '[role="alert"] p')!.textContent!.trim();
    expect(shown).not.to.equal('');
    expect(announced(el)).to.equal(shown);
  });
});
