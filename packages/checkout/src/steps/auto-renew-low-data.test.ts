import { expect } from '@open-wc/testing';
import { createClient } from '@urcard/sdk';
import { sendKeys } from '@web/test-runner-commands';
import { Format } from '../i18n/format.ts';
import { lowDataApiBase } from '../test-support/env.ts';
import {
  $,
  CARDS,
  click,
  inSwitch,
  KEY,
  mount,
  onStep,
  PIN,
  paySandbox,
  switchEl,
  toPayStep,
  until,
  verifyCard,
} from '../test-support/flow.ts';

afterEach(() => sessionStorage.clear());

const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim();

/** Renews CARDS.expiring with auto-renew on (its payment method is saved), then shows the card summary again. */
async function renewedWithAutoRenew(attributes: Record<string, string> = {}) {
  const api = await lowDataApiBase();
  const { el } = await mount({ 'api-base': api, 'auto-renew': '', plan: 'basic-30', ...attributes });
  await toPayStep(el, CARDS.expiring);
  await paySandbox(el, 'succeeded');
  await onStep(el, 'done');
  await until('the receipt', () => !!$(el, '[part="receipt"]'), 15_000);
  click(el, 'button[part="submit-button"]');
  await onStep(el, 'card');
  await verifyCard(el, CARDS.expiring);
  await until('the low-data choice', () => !!inSwitch(el, 'input[part="low-data-checkbox"]'));
  const client = createClient({ apiBase: api, publishableKey: KEY });
  const serverCard = async () => (await client.cards.verify({ cardNumber: CARDS.expiring, pin: PIN })).card;
  return { el, serverCard };
}

describe('card summary: also when my data runs low', () => {
  it('offers the choice with a monthly cap in the card’s currency, by keyboard, and the server keeps it', async () => {
    const { el, serverCard } = await renewedWithAutoRenew();
    const f = new Format('en');
    const price = (await serverCard()).autoRenew.nextCharge!.amount;
    const checkbox = inSwitch<HTMLInputElement>(el, 'input[part="low-data-checkbox"]')!;
    const select = inSwitch<HTMLSelectElement>(el, 'select[part="low-data-cap"]')!;
    expect(checkbox.checked).to.equal(false);
    expect(text(inSwitch(el, '#low-data-label'))).to.equal('Also when my data runs low');
    expect(checkbox.getAttribute('aria-describedby')).to.equal('low-data-help');
    expect(text(select.closest('label'))).to.contain('Monthly limit');
    expect([...select.options].map((o) => o.textContent)).to.deep.equal(
      [1, 2, 3, 5].map((n) => f.money({ amount: n * price.amount, currency: price.currency })),
    );
    expect(select.value, 'two renewals’ worth by default').to.equal(String(2 * price.amount));
    await expect(el).to.be.accessible();

    // Keyboard: focus the checkbox, Space checks it.
    checkbox.focus();
    await sendKeys({ press: 'Space' });
    await until('the server has it', () => !!inSwitch(el, '#low-data-spent'));
    const on = (await serverCard()).autoRenew.lowData!;
    expect(on.enabled).to.equal(true);
    expect(on.monthlyCap).to.deep.equal({ amount: 2 * price.amount, currency: price.currency });
    expect(text(inSwitch(el, '#low-data-spent'))).to.equal(
      `${f.money({ amount: 0, currency: price.currency })} of ${f.money(on.monthlyCap!)} used this month`,
    );
    await until('the announcement', () =>
      el.shadowRoot!.textContent!.includes('Renewals when your data runs low are on.'),
    );
    expect(checkbox.getAttribute('aria-describedby')).to.equal('low-data-help low-data-spent');

    // Another cap while on: sent at once.
    select.value = String(5 * price.amount);
    select.dispatchEvent(new Event('change'));
    const five = f.money({ amount: 5 * price.amount, currency: price.currency });
    await until('the new cap announced', () => el.shadowRoot!.textContent!.includes(`Monthly limit set to ${five}.`));
    expect((await serverCard()).autoRenew.lowData!.monthlyCap!.amount).to.equal(5 * price.amount);

    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    await expect(el).to.be.accessible();

    checkbox.click();
    await until('off', () => !inSwitch(el, '#low-data-spent'));
    expect((await serverCard()).autoRenew.lowData!.enabled).to.equal(false);
    expect((await serverCard()).autoRenew.enabled, 'auto-renew stays on').to.equal(true);

    // Auto-renew off: the choice goes away with it.
    inSwitch<HTMLInputElement>(el, 'input[role="switch"]')!.click();
    await until('no low-data choice', () => !inSwitch(el, '[part="low-data"]'));
  });

  it('is localised and accessible right to left', async () => {
    const { el } = await renewedWithAutoRenew({ locale: 'ar' });
    expect(getComputedStyle(switchEl(el)!).direction).to.equal('rtl');
    expect(text(inSwitch(el, '#low-data-label'))).to.equal('أيضًا عندما تقترب بياناتي من النفاد');
    expect(text(inSwitch(el, '#low-data-help'))).to.contain('90%');
    await expect(el).to.be.accessible();
  });
});
