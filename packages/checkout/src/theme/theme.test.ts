import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { UrcardCheckout } from '../checkout/checkout.element.ts';
import { $, mount, onStep, stepEl, toPayStep, toPlanStep } from '../test-support/flow.ts';
import '../define.ts';
import { toStripeAppearance } from './stripe-appearance.ts';

const base = (el: UrcardCheckout) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
const background = (el: UrcardCheckout) => getComputedStyle(base(el)).backgroundColor;

async function offline(attrs = ''): Promise<UrcardCheckout> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<urcard-checkout api-base="http://127.0.0.1:9" publishable-key="pk_test_demo" ${attrs}></urcard-checkout>`;
  const el = wrapper.firstElementChild as UrcardCheckout;
  await el.updateComplete;
  return el;
}

afterEach(async () => {
  await emulateMedia({ colorScheme: 'light' });
});

describe('theming', () => {
  it('has light, dark and auto presets', async () => {
    const light = await offline('theme="light"');
    const dark = await offline('theme="dark"');
    const auto = await offline();
    expect(background(light)).to.equal('rgb(255, 255, 255)');
    expect(background(dark)).to.equal('rgb(17, 24, 39)');
    expect(background(auto)).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(background(auto)).to.equal('rgb(17, 24, 39)');
    expect(background(light), 'light stays light').to.equal('rgb(255, 255, 255)');
    await expect(dark).to.be.accessible();
  });

  it('takes --urcard-* custom properties from the page, and the appearance property over them', async () => {
    const el = await offline('style="--urcard-color-background: #fafaf0; --urcard-radius: 0px"');
    expect(background(el)).to.equal('rgb(250, 250, 240)');
    expect(getComputedStyle(base(el)).borderTopLeftRadius).to.equal('0px');
    el.appearance = { colorBackground: 'rgb(1, 2, 3)', fontSize: '20px' };
    await el.updateComplete;
    expect(background(el)).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(base(el)).fontSize).to.equal('20px');
  });

  it('exposes parts, also per step', async () => {
    const style = document.createElement('style');
    style.textContent = `
      urcard-checkout::part(submit-button) { outline: 3px solid rgb(255, 0, 0); }
      urcard-checkout::part(card__heading) { letter-spacing: 3px; }
      urcard-checkout::part(progress-label) { text-transform: uppercase; }`;
    document.head.append(style);
    const el = await offline();
    await onStep(el, 'card');
    expect(getComputedStyle($(el, 'button[part="submit-button"]')!).outlineColor).to.equal('rgb(255, 0, 0)');
    expect(getComputedStyle($(el, 'h2')!).letterSpacing).to.equal('3px');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="progress-label"]')!).textTransform).to.equal(
      'uppercase',
    );
    style.remove();
  });

  it('fits 320 px without scrolling sideways, on every step', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const { el } = await mount();
      el.style.display = 'block';
      el.style.width = '320px';
      const fits = () => {
        const inner = stepEl(el).shadowRoot!.querySelectorAll('*');
        for (const node of inner) {
          const rect = node.getBoundingClientRect();
          if (rect.width > 0 && rect.right > el.getBoundingClientRect().right + 1) {
            return `${node.tagName}.${node.className} sticks out by ${Math.round(rect.right - el.getBoundingClientRect().right)} px`;
          }
        }
        return base(el).scrollWidth <= base(el).clientWidth ? 'fits' : 'base scrolls';
      };
      await onStep(el, 'card');
      expect(fits()).to.equal('fits');
      await toPlanStep(el);
      expect(fits()).to.equal('fits');
      el.remove();
      const second = await mount();
      second.el.style.width = '320px';
      await toPayStep(second.el);
      expect(
        (() => {
          const b = base(second.el);
          return b.scrollWidth <= b.clientWidth;
        })(),
      ).to.equal(true);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it("maps the tokens to Stripe's Appearance API", () => {
    const appearance = toStripeAppearance({
      primary: 'rgb(37, 99, 235)',
      text: 'rgb(17, 24, 39)',
      background: 'rgb(17, 24, 39)',
      surface: 'rgb(31, 41, 55)',
      border: 'rgb(75, 85, 99)',
      danger: 'rgb(248, 113, 113)',
      success: 'rgb(74, 222, 128)',
      radius: '12px',
      fontFamily: 'Inter, sans-serif',
      fontSize: '16px',
      spacing: '16px',
    });
    expect(appearance.theme).to.equal('night');
    expect(appearance.variables).to.include({
      colorPrimary: 'rgb(37, 99, 235)',
      borderRadius: '12px',
      fontFamily: 'Inter, sans-serif',
      spacingUnit: '4px',
    });
    expect(appearance.rules!['.Input']).to.deep.equal({
      borderColor: 'rgb(75, 85, 99)',
      backgroundColor: 'rgb(17, 24, 39)',
    });
  });
});
