import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../define.ts';
import type { UrcardErrorEvent } from '../events.ts';
import type { UrcardCheckout } from './checkout.element.ts';

const box = (el: UrcardCheckout) => el.shadowRoot!.querySelector('[part="config-error"]');

/** Console errors written while `run` runs (the developer's detail). */
async function consoleErrors(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => seen.push(args.join(' '));
  try {
    await run();
  } finally {
    console.error = original;
  }
  return seen;
}

describe('configuration errors under a live key', () => {
  it('the customer sees "checkout unavailable", in their language; the detail is in urcard-error and the console', async () => {
    let el!: UrcardCheckout;
    let event!: UrcardErrorEvent;
    const logged = await consoleErrors(async () => {
      el = await fixture<UrcardCheckout>(html`<urcard-checkout locale="de"></urcard-checkout>`);
      const fired = oneEvent(el, 'urcard-error') as Promise<UrcardErrorEvent>;
      el.setAttribute('publishable-key', 'pk_live_demo');
      el.setAttribute('api-base', 'not a url');
      event = await fired;
      await el.updateComplete;
    });
    expect(event.detail.code).to.equal('invalid_config');
    expect(event.detail.attribute).to.equal('api-base');
    expect(logged.join('\n')).to.contain('api-base="not a url" is not valid');
    await customElements.whenDefined('urcard-checkout');
    await until(() => /nicht verfügbar/.test(box(el)?.textContent ?? ''));
    expect(box(el)!.textContent).not.to.contain('api-base');
    expect(!!el.shadowRoot!.querySelector('urcard-card-step'), 'no card step').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('a wrong non-essential value under a live key: the widget carries on, with nothing shown to the customer', async () => {
    const el = await fixture<UrcardCheckout>(
      html`<urcard-checkout api-base="http://127.0.0.1:9" publishable-key="pk_live_demo" theme="purple"></urcard-checkout>`,
    );
    expect(!!box(el), 'no problem box').to.equal(false);
    expect(el.shadowRoot!.querySelector('urcard-card-step')).to.exist;
  });

  it('a wrong currency does not carry on in USD (test key: the detail; live key: unavailable)', async () => {
    const test = await fixture<UrcardCheckout>(
      html`<urcard-checkout api-base="http://127.0.0.1:9" publishable-key="pk_test_demo" currency="XYZ"></urcard-checkout>`,
    );
    expect(box(test)!.textContent).to.contain('currency="XYZ"');
    expect(!!test.shadowRoot!.querySelector('urcard-card-step'), 'no card step').to.equal(false);
    const live = await fixture<UrcardCheckout>(
      html`<urcard-checkout api-base="http://127.0.0.1:9" publishable-key="pk_live_demo" currency="XYZ"></urcard-checkout>`,
    );
    expect(box(live)!.textContent).to.contain('Checkout is unavailable');
    expect(!!live.shadowRoot!.querySelector('urcard-card-step'), 'no card step').to.equal(false);
  });
});

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  expect(condition(), 'in time').to.equal(true);
}
