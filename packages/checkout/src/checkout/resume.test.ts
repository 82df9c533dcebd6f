import { expect, fixture, html } from '@open-wc/testing';
import { createClient, type FetchLike } from '@urcard/sdk';
import {
  $,
  CARDS,
  enterCard,
  FAST,
  KEY,
  mount,
  onStep,
  paySandbox,
  stepText,
  toPayStep,
  until,
  verifyCard,
} from '../test-support/flow.ts';
import type { UrcardCheckout } from './checkout.element.ts';

/** A new page life for the same tab (only sessionStorage survives), opened with `attributes`; resuming settled. */
async function reopen(api: string, attributes: Record<string, string> = {}): Promise<UrcardCheckout> {
  const el = document.createElement('urcard-checkout') as UrcardCheckout;
  el.timings = FAST;
  for (const [name, value] of Object.entries({ 'api-base': api, 'publishable-key': KEY, ...attributes })) {
    el.setAttribute(name, value);
  }
  await fixture(html`${el}`);
  await until('resuming to settle', () => !el.shadowRoot!.querySelector('.base > p[role="status"]'));
  return el;
}

const storedOrders = (api: string) =>
  JSON.parse(sessionStorage.getItem(`urcard-checkout:order:${api}|${KEY}`) ?? '[]') as { orderId: string }[];

describe('resuming a stored order: only for its own card', () => {
  it('a page opened for another card leaves the unpaid order aside, and it resumes once its card is verified', async () => {
    const { el, api } = await mount();
    await toPayStep(el, CARDS.expiring);
    const [{ orderId }] = storedOrders(api) as [{ orderId: string }];
    el.remove();

    // Opened for card …0018: the card step, with no word of …0026's order, which stays stored.
    const other = await reopen(api, { 'card-number': CARDS.active });
    await onStep(other, 'card');
    await verifyCard(other, CARDS.active);
    expect(stepText(other)).to.contain('0018');
    expect(stepText(other)).not.to.contain('0026');
    expect(other.currentStep).to.equal('card');
    expect(storedOrders(api).map((o) => o.orderId)).to.deep.equal([orderId]);
    other.remove();

    // Opened with no card: an unpaid order waits until its card is verified again, then is read with its card token.
    const headers: Record<string, string | null> = {};
    const recording: FetchLike = (input, init) => {
      const path = new URL(String(input)).pathname;
      if (path === `/v1/orders/${orderId}`) headers[path] = new Headers(init?.headers).get('Urcard-Card-Token');
      return fetch(input, init);
    };
    const again = await reopen(api);
    again.client = createClient({ apiBase: api, publishableKey: KEY, fetch: recording });
    await onStep(again, 'card');
    expect(again.currentStep).to.equal('card');
    await enterCard(again, CARDS.expiring);
    await onStep(again, 'pay');
    await until('the order', () => !!$(again, '[part="amount"]'));
    expect(headers[`/v1/orders/${orderId}`]).to.match(/^ct_/);
    expect(storedOrders(api).map((o) => o.orderId)).to.deep.equal([orderId]);
    await expect(again).to.be.accessible();
  });

  it('a page opened for another card does not show an order past payment either; its own card does', async () => {
    const { el, api } = await mount();
    await toPayStep(el, CARDS.slowCarrier);
    await paySandbox(el, 'succeeded');
    await onStep(el, 'done');
    el.remove();

    const other = await reopen(api, { 'card-number': CARDS.active });
    await onStep(other, 'card');
    expect(storedOrders(api)).to.have.length(1);
    other.remove();

    const own = await reopen(api, { 'card-number': CARDS.slowCarrier });
    await onStep(own, 'done');
    expect($(own, '[part="phases"]')).to.exist;
  });
});
