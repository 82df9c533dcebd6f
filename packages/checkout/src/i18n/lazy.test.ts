import { expect, fixture, html } from '@open-wc/testing';
import '../define.ts';
import type { UrcardCheckout } from '../checkout/checkout.element.ts';

// No static import of any catalogue but English here: this file checks that the others load on demand.

const heading = (el: UrcardCheckout) =>
  el.shadowRoot!.querySelector('[data-step]')?.shadowRoot?.querySelector('h2')?.textContent ?? '';

async function settles(el: UrcardCheckout, text: string): Promise<void> {
  for (let i = 0; i < 100 && heading(el) !== text; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(heading(el)).to.equal(text);
}

describe('localisation on demand', () => {
  it('loads another catalogue on demand, only when asked for', async () => {
    const loaded = () => performance.getEntriesByType('resource').some((e) => e.name.includes('/i18n/zh-CN.ts'));
    const el = await fixture<UrcardCheckout>(
      html`<urcard-checkout api-base="http://127.0.0.1:9" publishable-key="pk_test_demo"></urcard-checkout>`,
    );
    expect(heading(el)).to.equal('Your card');
    expect(loaded(), 'not loaded before it is needed').to.equal(false);
    el.setAttribute('locale', 'zh-CN');
    await settles(el, '您的卡片');
    expect(loaded()).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('zh-CN');
    await expect(el).to.be.accessible();
    el.removeAttribute('locale');
    await settles(el, 'Your card');
  });
});
