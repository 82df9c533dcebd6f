import { expect, oneEvent } from '@open-wc/testing';
import { createClient } from '@urcard/sdk';
import type { AutoRenewChangeEvent } from '../auto-renew-change-event.ts';
import type { UrcardCheckout } from '../checkout/checkout.element.ts';
import { Format } from '../i18n/format.ts';
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
  toPayStep,
  until,
  verifyCard,
} from '../test-support/flow.ts';

afterEach(() => sessionStorage.clear());

const stateText = (el: UrcardCheckout) => inSwitch(el, '#auto-renew-state')?.textContent?.replace(/\s+/g, ' ').trim();

async function switchShown(el: UrcardCheckout): Promise<HTMLInputElement> {
  await until('the auto-renew switch', () => !!inSwitch(el, 'input[role="switch"]'));
  return inSwitch<HTMLInputElement>(el, 'input[role="switch"]')!;
}

describe('card summary: auto-renew switch', () => {
  it('shows auto-renew on with the next charge the server computed, turns it off and on, and tells the page', async () => {
    // A renewal with auto-renew on saves the payment method.
    const { el, api } = await mount({ 'auto-renew': '', plan: 'basic-30', 'partner-ref': 'trip-42' });
    await toPayStep(el, CARDS.expiring);
    await paySandbox(el, 'succeeded');
    await onStep(el, 'done');
    await until('the receipt', () => !!$(el, '[part="receipt"]'), 15_000);
    click(el, 'button[part="submit-button"]');
    await onStep(el, 'card');
    await verifyCard(el, CARDS.expiring);

    const client = createClient({ apiBase: api, publishableKey: KEY });
    const server = (await client.cards.verify({ cardNumber: CARDS.expiring, pin: PIN })).card.autoRenew;
    expect(server.enabled).to.equal(true);
    const next = server.nextCharge!;
    const f = new Format('en');
    const input = await switchShown(el);
    expect(input.checked).to.equal(true);
    expect(input.getAttribute('aria-describedby')).to.equal('auto-renew-state');
    expect(stateText(el)).to.equal(`On: next charge ${f.money(next.amount)} on ${f.date(next.chargeAt)}`);
    await expect(el).to.be.accessible();

    const off = oneEvent(el, 'urcard-auto-renew-change') as Promise<AutoRenewChangeEvent>;
    input.click();
    const offDetail = (await off).detail;
    expect(offDetail).to.deep.include({ enabled: false, partnerRef: 'trip-42' });
    expect(offDetail.cardId).to.match(/^card_/);
    await until('the off state', () => stateText(el) === 'Off: your card will not be charged automatically.');
    expect(input.checked).to.equal(false);
    await until('the announcement', () => el.shadowRoot!.textContent!.includes('Automatic renewal is off.'));
    expect((await client.cards.verify({ cardNumber: CARDS.expiring, pin: PIN })).card.autoRenew.enabled).to.equal(
      false,
    );
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    await expect(el).to.be.accessible();

    const on = oneEvent(el, 'urcard-auto-renew-change') as Promise<AutoRenewChangeEvent>;
    input.click();
    expect((await on).detail.enabled).to.equal(true);
    await until('the on state', () => !!stateText(el)?.startsWith('On: next charge'));
    expect((await client.cards.verify({ cardNumber: CARDS.expiring, pin: PIN })).card.autoRenew.enabled).to.equal(true);
  });

  it('explains, localised, why it cannot be turned on without a saved payment method', async () => {
    const { el } = await mount({ locale: 'de' });
    await verifyCard(el, CARDS.expired);
    const input = await switchShown(el);
    expect(input.checked).to.equal(false);
    expect(stateText(el)).to.contain('Zahlungsmethode wird dann');
    let fired = false;
    el.addEventListener('urcard-auto-renew-change', () => {
      fired = true;
    });
    input.click();
    await until('the refusal', () => !!inSwitch(el, '[role="alert"]'));
    expect(inSwitch(el, '[role="alert"]')!.textContent).to.contain(
      'Für diese Karte ist keine automatische Verlängerung möglich.',
    );
    expect(input.checked, 'still off').to.equal(false);
    expect(fired).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
