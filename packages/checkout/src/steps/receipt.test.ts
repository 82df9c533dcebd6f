import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createClient, type Order } from '@urcard/sdk';
import type { UrcardCheckout } from '../checkout/checkout.element.ts';
import { recallOrders } from '../checkout/resume.ts';
import type { RenewalCompleteEvent } from '../events.ts';
import { Format } from '../i18n/format.ts';
import { $, CARDS, click, FAST, KEY, mount, onStep, paySandbox, toPayStep, until } from '../test-support/flow.ts';

afterEach(() => sessionStorage.clear());

const storageKey = (api: string) => `urcard-checkout:order:${api}|${KEY}`;

/** A renewal with a promo code and auto-renew, paid and applied; the order as the server has it. */
async function completed(
  attributes: Record<string, string> = {},
): Promise<{ el: UrcardCheckout; api: string; order: Order }> {
  const { el, api } = await mount({ 'auto-renew': '', 'promo-code': 'TRAVEL10', plan: 'basic-30', ...attributes });
  await toPayStep(el, CARDS.expiring);
  const complete = oneEvent(el, 'urcard-renewal-complete') as Promise<RenewalCompleteEvent>;
  await paySandbox(el, 'succeeded');
  await onStep(el, 'done');
  await until('the receipt', () => !!$(el, '[part="receipt"]'), 15_000);
  const { orderId } = (await complete).detail;
  const order = await createClient({ apiBase: api, publishableKey: KEY }).orders.get(orderId);
  return { el, api, order };
}

/** The receipt as the server computed it, written the way the widget writes it in English. */
function expectedLines(order: Order): string[] {
  const f = new Format('en');
  const r = order.receipt!;
  return [
    `Sold by: ${r.seller}`,
    `Original price: ${f.money(r.subtotal)}`,
    `Discount (TRAVEL10): −${f.money(r.discount)}`,
    `Amount paid: ${f.money(r.amount)}`,
    `New expiry date: ${f.date(r.newExpiresAt)}`,
    `Automatic renewal: On: next charge ${f.money(r.autoRenewal!.amount)} on ${f.date(r.autoRenewal!.chargeAt)}`,
  ];
}

const onScreen = (el: UrcardCheckout) =>
  [...($(el, '[part="receipt"]')?.querySelectorAll('.line') ?? [])].map(
    (line) => `${line.querySelector('dt')!.textContent!.trim()}: ${line.querySelector('dd')!.textContent!.trim()}`,
  );

describe('receipt', () => {
  it('shows the seller, original price, discount and code, amount, new expiry and next charge; axe light and dark', async () => {
    const { el, order } = await completed();
    const r = order.receipt!;
    expect(r.seller).to.equal('Demo partner');
    expect(r.promoCode).to.equal('TRAVEL10');
    expect(r.autoRenewal).to.exist;
    const lines = onScreen(el);
    for (const line of expectedLines(order)) expect(lines, line).to.include(line);
    expect($(el, '[part="auto-renew-note"]')!.textContent).to.contain(new Format('en').money(r.autoRenewal!.amount));
    await expect(el).to.be.accessible();
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('saves all of it as .txt, and prints the receipt alone', async () => {
    const { el, order } = await completed();
    const clicked: HTMLAnchorElement[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      click(el, 'button[data-action="save"]');
      await until('the download', () => clicked.length > 0);
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked[0]!.download).to.equal(`receipt-${order.receipt!.number}.txt`);
    const text = await (await fetch(clicked[0]!.href)).text();
    for (const line of expectedLines(order)) expect(text, line).to.contain(line);

    click(el, 'button[data-action="print"]');
    let frame: HTMLIFrameElement | null = null;
    await until('the print frame', () => {
      frame = document.querySelector<HTMLIFrameElement>(`iframe[data-urcard-receipt="${order.receipt!.number}"]`);
      return !!frame?.contentDocument?.querySelector('dl');
    });
    const printed = frame!.contentDocument!;
    const rows = [...printed.querySelectorAll('dt')].map(
      (dt) => `${dt.textContent}: ${dt.nextElementSibling!.textContent}`,
    );
    for (const line of expectedLines(order)) expect(rows, line).to.include(line);
    expect(printed.querySelector('button'), 'only the receipt, no buttons').to.equal(null);
    expect(printed.body.textContent).not.to.contain('Renew another card');
    frame!.remove();
  });

  it('survives a reload until the customer presses "Renew another card"', async () => {
    const { el, api, order } = await completed();
    const key = storageKey(api);
    expect(recallOrders(key).map((o) => o.orderId)).to.deep.equal([order.id]);
    expect(Object.keys(sessionStorage), 'only the order id is stored').to.deep.equal([key]);
    el.remove();

    // The partner's page heard urcard-renewal-complete before the reload: it does not hear it again.
    let completeAgain = 0;
    const count = () => completeAgain++;
    document.addEventListener('urcard-renewal-complete', count);
    const reloaded = await fixture<UrcardCheckout>(
      html`<urcard-checkout api-base=${api} publishable-key=${KEY} .timings=${FAST}></urcard-checkout>`,
    );
    await onStep(reloaded, 'done');
    await until('the receipt again', () => !!$(reloaded, '[part="receipt"]'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    document.removeEventListener('urcard-renewal-complete', count);
    expect(completeAgain, 'urcard-renewal-complete after the reload').to.equal(0);
    for (const line of expectedLines(order)) expect(onScreen(reloaded), line).to.include(line);
    await expect(reloaded).to.be.accessible();

    click(reloaded, 'button[part="submit-button"]');
    await onStep(reloaded, 'card');
    expect(sessionStorage.getItem(key), 'forgotten once the customer leaves the receipt').to.equal(null);
    reloaded.remove();
    const fresh = await fixture<UrcardCheckout>(
      html`<urcard-checkout api-base=${api} publishable-key=${KEY} .timings=${FAST}></urcard-checkout>`,
    );
    await onStep(fresh, 'card');
  });
});
