import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../define.ts';
import type { UrcardErrorEvent } from '../events.ts';
import type { UrcardCheckout } from './checkout.element.ts';
import { ATTRIBUTES } from './config.ts';

/** One wrong value per attribute; `plan` accepts any id (an unknown one is simply not preselected). */
const BAD: Record<string, string> = {
  'api-base': 'ftp://example.com',
  'publishable-key': 'sk_test_secret',
  locale: 'not a locale!',
  currency: 'XYZ',
  'card-number': '8986010000000000019',
  'customer-session': 'session-without-prefix',
  tiers: 'basic premium',
  'promo-code': 'X'.repeat(41),
  'payment-methods': 'card paypal',
  theme: 'purple',
  'return-url': 'javascript:alert(1)',
  'support-url': 'javascript:alert(1)',
  'partner-ref': 'r'.repeat(101),
  'auto-renew': 'maybe',
  history: 'always',
};

const problems = (el: UrcardCheckout) => el.shadowRoot!.querySelector('[part="config-error"]');

describe('<urcard-checkout> attributes', () => {
  it('shows what is missing when api-base and publishable-key are absent', async () => {
    const el = await fixture<UrcardCheckout>(html`<urcard-checkout></urcard-checkout>`);
    const box = problems(el);
    expect(box).to.exist;
    expect(box!.textContent).to.contain('api-base is required');
    expect(box!.textContent).to.contain('publishable-key is required');
    expect(el.shadowRoot!.querySelector('urcard-card-step')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  for (const spec of Object.values(ATTRIBUTES)) {
    const bad = BAD[spec.attribute];
    if (bad === undefined) continue;
    it(`rejects a bad ${spec.attribute}, says so, fires invalid_config, and recovers when removed`, async () => {
      const el = await fixture<UrcardCheckout>(
        html`<urcard-checkout api-base="http://127.0.0.1:9" publishable-key="pk_test_demo"></urcard-checkout>`,
      );
      expect(problems(el)).to.equal(null);
      const fired = oneEvent(el, 'urcard-error') as Promise<UrcardErrorEvent>;
      el.setAttribute(spec.attribute, bad);
      const event = await fired;
      expect(event.detail.code).to.equal('invalid_config');
      expect(event.detail.attribute).to.equal(spec.attribute);
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      const box = problems(el);
      expect(box, 'inline error').to.exist;
      expect(box!.textContent).to.contain(spec.attribute);
      expect(box!.textContent).to.contain(spec.expected.slice(0, 20));
      el.removeAttribute(spec.attribute);
      await el.updateComplete;
      if (spec.attribute === 'api-base' || spec.attribute === 'publishable-key') {
        // Required: without it the widget says so rather than falling back.
        expect(problems(el)!.textContent).to.contain(`${spec.attribute} is required`);
        return;
      }
      expect(problems(el), 'removing the attribute restores the default').to.equal(null);
      expect(el.shadowRoot!.querySelector('urcard-card-step')).to.exist;
    });
  }

  it('treats an empty plan attribute as absent', async () => {
    const el = await fixture<UrcardCheckout>(
      html`<urcard-checkout api-base="http://127.0.0.1:9" publishable-key="pk_test_demo" plan=""></urcard-checkout>`,
    );
    expect(problems(el)).to.equal(null);
  });

  it('keeps working (with the default) when a non-essential attribute is wrong', async () => {
    const el = await fixture<UrcardCheckout>(
      html`<urcard-checkout api-base="http://127.0.0.1:9" publishable-key="pk_test_demo" theme="purple"></urcard-checkout>`,
    );
    expect(problems(el)).to.exist;
    expect(el.shadowRoot!.querySelector('urcard-card-step')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('stops when an essential attribute is wrong', async () => {
    const el = await fixture<UrcardCheckout>(
      html`<urcard-checkout api-base="not a url" publishable-key="pk_test_demo"></urcard-checkout>`,
    );
    expect(problems(el)!.textContent).to.contain('api-base="not a url"');
    expect(el.shadowRoot!.querySelector('urcard-card-step')).to.equal(null);
  });

  it('shows hostile attribute values as text', async () => {
    const el = await fixture<UrcardCheckout>(
      html`<urcard-checkout
        api-base="http://127.0.0.1:9"
        publishable-key="pk_test_demo"
        theme="<img src=x onerror=alert(1)>"
      ></urcard-checkout>`,
    );
    expect(problems(el)!.querySelector('img')).to.equal(null);
    expect(problems(el)!.textContent).to.contain('<img src=x onerror=alert(1)>');
  });
});
