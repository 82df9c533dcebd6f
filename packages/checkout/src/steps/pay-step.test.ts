import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createClient } from '@urcard/sdk';
import type { UrcardCheckout } from '../checkout/checkout.element.ts';
import { recallOrders } from '../checkout/resume.ts';
import type { RenewalFailedEvent } from '../events.ts';
import { Format } from '../i18n/format.ts';
import {
  $,
  CARDS,
  click,
  countingClient,
  enterCard,
  FAST,
  KEY,
  mount,
  onStep,
  paySandbox,
  quoted,
  stepText,
  toPayStep,
  toPlanStep,
  until,
} from '../test-support/flow.ts';

afterEach(() => sessionStorage.clear());

describe('pay step, sandbox provider, against the reference server', () => {
  it('shows a decline, keeps the order payable, and pays on the next try', async () => {
    const { el, api } = await mount();
    await toPayStep(el);
    const stored = sessionStorage.getItem(`urcard-checkout:order:${api}|${KEY}`);
    expect(stored).to.contain('"orderId":"ord_');
    await paySandbox(el, 'declined');
    await until('the decline message', () => !!$(el, '[role="alert"]'));
    expect($(el, '[role="alert"]')!.textContent).to.contain('declined');
    expect(el.currentStep).to.equal('pay');
    await expect(el).to.be.accessible();
    await paySandbox(el, 'succeeded');
    await onStep(el, 'done');
    await until('the receipt', () => !!$(el, '[part="receipt"]'));
  });

  it('walks through a simulated 3-D Secure challenge (approve)', async () => {
    const { el } = await mount();
    await toPayStep(el);
    await paySandbox(el, 'requires_action');
    await until('the challenge', () => !!$(el, '[part="challenge"]'));
    await until('focus on the challenge', () => stepShadowFocus(el)?.id === 'challenge-heading');
    await expect(el).to.be.accessible();
    click(el, '[part="challenge"] button.primary');
    await onStep(el, 'done');
    await until('the receipt', () => !!$(el, '[part="receipt"]'));
  });

  it('reports a failed 3-D Secure challenge and lets the customer pay again', async () => {
    const { el } = await mount();
    await toPayStep(el);
    await paySandbox(el, 'requires_action');
    await until('the challenge', () => !!$(el, '[part="challenge"]'));
    click(el, '[part="challenge"] button.secondary');
    await until('the failure', () => !!$(el, '[role="alert"]'));
    expect($(el, '[role="alert"]')!.textContent).to.contain('bank');
    expect($(el, 'button.pay')).to.exist;
  });

  it('never pays twice on a double click', async () => {
    const { el, api } = await mount();
    const { client, calls } = countingClient(api);
    el.client = client;
    await el.updateComplete;
    await toPayStep(el);
    const pay = $<HTMLButtonElement>(el, 'button.pay')!;
    pay.click();
    pay.click();
    pay.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
    await onStep(el, 'done');
    expect(calls.filter((c) => c.endsWith('/sandbox-payment'))).to.have.length(1);
    expect(calls.filter((c) => c === 'POST /v1/orders')).to.have.length(1);
  });

  it('lets the page cancel urcard-before-pay', async () => {
    const { el, api } = await mount();
    const { client, calls } = countingClient(api);
    el.client = client;
    await el.updateComplete;
    await toPayStep(el);
    el.addEventListener('urcard-before-pay', (event) => event.preventDefault(), { once: true });
    click(el, 'button.pay');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(calls.filter((c) => c.endsWith('/sandbox-payment'))).to.have.length(0);
    expect(el.currentStep).to.equal('pay');
    click(el, 'button.pay');
    await onStep(el, 'done');
  });

  it('follows a carrier failure to the refund and offers to try again', async () => {
    const { el } = await mount({ 'support-url': 'https://help.example/urcard' });
    const failed = oneEvent(el, 'urcard-renewal-failed') as Promise<RenewalFailedEvent>;
    await toPayStep(el, CARDS.carrierRejects);
    await paySandbox(el, 'succeeded');
    await onStep(el, 'done');
    const detail = (await failed).detail;
    expect(detail.code).to.equal('carrier_rejected');
    await until('the failure', () => stepText(el).includes('did not go through'));
    await until('the refund', () => /refund/.test(stepText(el)));
    expect($(el, 'a[href="https://help.example/urcard"]')).to.exist;
    await expect(el).to.be.accessible();
    // Paying again for this card would be refused again: no "Try again", "Renew another card" instead.
    expect($(el, 'button[part="submit-button"]')!.textContent).not.to.contain('Try again');
    click(el, 'button[part="submit-button"]');
    await onStep(el, 'card');
    expect(el.shadowRoot!.querySelector('[data-step]')!.shadowRoot!.querySelector('#card-number')).to.exist;
  });

  it('says the renewal is still being applied when the carrier is slow, then completes', async () => {
    const { el } = await mount({ 'support-url': 'https://help.example/urcard' });
    await toPayStep(el, CARDS.slowCarrier);
    await paySandbox(el, 'succeeded');
    await onStep(el, 'done');
    await until('the provisioning phase', () => !!$(el, '[part="phases"] li.current'));
    expect($(el, '[part="still-applying"]')).to.equal(null);
    await until('the still-applying notice', () => !!$(el, '[part="still-applying"]'), 5000);
    expect(stepText(el)).to.contain('close this page');
    expect($(el, '[part="still-applying"] a')).to.exist;
    await expect(el).to.be.accessible();
    await until('the receipt', () => !!$(el, '[part="receipt"]'), 15_000);
  });

  it('resumes the same order after a reload, once the same card is verified again (no PIN or token stored)', async () => {
    const { el, api } = await mount();
    await toPayStep(el);
    const key = `urcard-checkout:order:${api}|${KEY}`;
    const orderId = sessionStorage.getItem(key);
    const [entry] = JSON.parse(orderId!);
    expect(Object.keys(entry)).to.deep.equal(['orderId', 'cardId', 'last4']);
    expect(entry.last4).to.equal('0018');
    expect(Object.keys(sessionStorage)).to.deep.equal([key]);
    el.remove();

    // A new page life: only sessionStorage survives. The page has focus somewhere else: resuming must not take it.
    const outside = document.createElement('input');
    document.body.append(outside);
    outside.focus();
    const again = await fixture<UrcardCheckout>(
      html`<urcard-checkout api-base=${api} publishable-key=${KEY} .timings=${FAST}></urcard-checkout>`,
    );
    // A payable order waits for its card: the card step first.
    await onStep(again, 'card');
    expect(document.activeElement === outside, 'focus stays on the page').to.equal(true);
    outside.remove();
    expect(sessionStorage.getItem(key)).to.equal(orderId);
    await enterCard(again, CARDS.active);
    await onStep(again, 'pay');
    await until('the order', () => !!$(again, '[part="amount"]'));
    expect(again.shadowRoot!.querySelector('[part="back-button"]')).to.exist;
    await paySandbox(again, 'succeeded');
    await onStep(again, 'done');
    await until('the receipt', () => !!$(again, '[part="receipt"]'));
    expect(
      sessionStorage.getItem(key),
      'kept while the receipt is on screen, its completion event marked as fired',
    ).to.equal(JSON.stringify([{ ...entry, announced: true }]));
  });

  it('resumes on the done step when the payment went through before the reload', async () => {
    const { el, api } = await mount();
    await toPayStep(el, CARDS.slowCarrier);
    const key = `urcard-checkout:order:${api}|${KEY}`;
    await paySandbox(el, 'succeeded');
    await onStep(el, 'done');
    expect(sessionStorage.getItem(key)).to.contain('"orderId":"ord_');
    el.remove();
    const again = await fixture<UrcardCheckout>(
      html`<urcard-checkout api-base=${api} publishable-key=${KEY} .timings=${FAST}></urcard-checkout>`,
    );
    await onStep(again, 'done');
    expect($(again, '[part="phases"]')).to.exist;
    await until('the receipt', () => !!$(again, '[part="receipt"]'), 15_000);
  });
});

describe('pay step: the whole picture before paying', () => {
  /** The row `key` of a list of `dt`/`dd` lines, as "label: value". */
  const row = (el: UrcardCheckout, key: string) => {
    const line = $(el, `[data-row="${key}"]`);
    return line
      ? `${line.querySelector('dt')!.textContent!.trim()}: ${line.querySelector('dd')!.textContent!.trim()}`
      : null;
  };

  it('shows the new expiry, original price, discount and code, total and the auto-renew charge the server computed', async () => {
    const { el, api } = await mount({ 'auto-renew': '', 'promo-code': 'TRAVEL10', plan: 'basic-30' });
    await toPlanStep(el, CARDS.expiring);
    await quoted(el);
    const planRows = ['original-price', 'discount', 'new-expiry', 'auto-renew'].map((key) => row(el, key));
    await expect(el).to.be.accessible();
    click(el, 'button[part="submit-button"]');
    await onStep(el, 'pay');
    await until('the order', () => !!$(el, '[part="amount"]'));

    const orderId = recallOrders(`urcard-checkout:order:${api}|${KEY}`).at(-1)!.orderId;
    const order = await createClient({ apiBase: api, publishableKey: KEY }).orders.get(orderId);
    const f = new Format('en');
    expect(order.discount.amount, 'TRAVEL10 applies').to.be.above(0);
    expect(order.autoRenewal, 'basic-30 renews itself').to.exist;
    const next = order.autoRenewal!;
    const expected = {
      'original-price': `Original price: ${f.money(order.subtotal)}`,
      discount: `Discount (TRAVEL10): −${f.money(order.discount)}`,
      total: `Total: ${f.money(order.total)}`,
      'new-expiry': `New expiry date: ${f.date(order.newExpiresAt)}`,
    };
    for (const [key, text] of Object.entries(expected)) expect(row(el, key), key).to.equal(text);
    expect(planRows, 'the plan summary said the same before').to.deep.equal([
      expected['original-price'],
      expected.discount,
      expected['new-expiry'],
      `Automatic renewal: On: next charge ${f.money(next.amount)} on ${f.date(next.chargeAt)}`,
    ]);
    const notice = $(el, '[part="auto-renew-notice"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(notice).to.equal(
      `Automatic renewal is on: we will charge ${f.money(next.amount)} on ${f.date(next.chargeAt)}, 3 days before the new expiry date, and renew the same way each time after that. You can turn it off in this checkout at any time.`,
    );
    expect(Date.parse(order.newExpiresAt) - Date.parse(next.chargeAt)).to.equal(3 * 24 * 3600 * 1000);
    await expect(el).to.be.accessible();
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('says nothing of a next charge with auto-renew off, and no discount rows without a discount', async () => {
    const { el } = await mount({ plan: 'basic-7' });
    await toPayStep(el, CARDS.active, 'basic-7');
    expect($(el, '[part="auto-renew-notice"]')).to.equal(null);
    expect($(el, '[data-row="discount"]')).to.equal(null);
    expect(row(el, 'new-expiry')).to.match(/^New expiry date: /);
  });
});

function stepShadowFocus(el: UrcardCheckout): Element | null {
  return el.shadowRoot!.querySelector('[data-step]')?.shadowRoot?.activeElement ?? null;
}
