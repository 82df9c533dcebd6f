import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { UrcardCheckout } from '../checkout/checkout.element.ts';
import { $$, click, mount, onStep, quoted, until, verifyCard } from '../test-support/flow.ts';
import '../define.ts';

/**
 * Partner colours: the getting-started snippet's and examples/vanilla's (their light and dark shades), a very light
 * and a very dark one, a grey near the white/black crossover, the extremes, and the default (null).
 */
const PARTNER_COLOURS = [
  '#c2410c',
  '#fb923c',
  '#1d4ed8',
  '#60a5fa',
  '#fde047',
  '#1e1b4b',
  '#777777',
  '#000000',
  '#ffffff',
  null,
] as const;
/** The theme attribute and the visitor's system setting, as `auto` meets both. */
const SCHEMES = [
  { theme: 'light', os: 'dark' },
  { theme: 'dark', os: 'light' },
  { theme: 'auto', os: 'light' },
  { theme: 'auto', os: 'dark' },
] as const;

/** Any CSS colour (`color(srgb-linear …)` included) as sRGB bytes, through a canvas. */
function bytes(colour: string): [number, number, number] {
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}
function luminance(colour: string): number {
  const [r, g, b] = bytes(colour).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Every primary button on screen, in the checkout's shadow root and the step's. */
function primaryButtons(el: UrcardCheckout): HTMLElement[] {
  const roots = [el.shadowRoot!, ...[...el.shadowRoot!.querySelectorAll('[data-step]')].map((s) => s.shadowRoot!)];
  return roots.flatMap((root) => [...root.querySelectorAll<HTMLElement>('button.primary')]);
}

/** Every link and link-style button on screen. */
function links(el: UrcardCheckout): HTMLElement[] {
  const roots = [el.shadowRoot!, ...[...el.shadowRoot!.querySelectorAll('[data-step]')].map((s) => s.shadowRoot!)];
  return roots.flatMap((root) => [...root.querySelectorAll<HTMLElement>('.link, a')]);
}

/**
 * In each scheme: every primary button's text reaches 4.5:1 on its background, every link 4.5:1 on both the
 * background and the surface colour (axe leaves text the colour of its background to a human), and axe finds nothing.
 */
async function checkSchemes(el: UrcardCheckout, where: string): Promise<void> {
  for (const { theme, os } of SCHEMES) {
    el.setAttribute('theme', theme);
    await emulateMedia({ colorScheme: os });
    await el.updateComplete;
    const buttons = primaryButtons(el);
    expect(buttons.length, `${where}: a primary button`).to.be.greaterThan(0);
    for (const button of buttons) {
      const style = getComputedStyle(button);
      const ratio = contrast(style.color, style.backgroundColor);
      expect(ratio, `${where}, theme=${theme}, OS ${os}: ${style.color} on ${style.backgroundColor}`).to.be.at.least(
        4.5,
      );
    }
    const base = getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!);
    for (const link of links(el)) {
      const { color } = getComputedStyle(link);
      for (const token of ['--_background', '--_surface']) {
        const ground = base.getPropertyValue(token).trim();
        expect(
          contrast(color, ground),
          `${where}, theme=${theme}, OS ${os}: link ${color} on ${ground}`,
        ).to.be.at.least(4.5);
      }
    }
    await expect(el, `${where}, theme=${theme}, OS ${os}`).to.be.accessible();
  }
}

afterEach(async () => {
  await emulateMedia({ colorScheme: 'light' });
});

describe('contrast by construction', () => {
  for (const colour of PARTNER_COLOURS) {
    it(`text on ${colour ?? 'the default'} primary reaches 4.5:1 in light, dark and auto, on every step`, async () => {
      const { el } = await mount({ theme: 'auto' });
      if (colour) el.style.setProperty('--urcard-color-primary', colour);
      await onStep(el, 'card');
      await checkSchemes(el, 'card step');
      await verifyCard(el);
      await checkSchemes(el, 'card summary');
      el.setAttribute('theme', 'auto');
      await emulateMedia({ colorScheme: 'light' });
      click(el, 'button[part="submit-button"]');
      await onStep(el, 'plan');
      await until('plans', () => $$(el, 'input[name="plan"]').length > 0);
      $$<HTMLInputElement>(el, 'input[name="plan"]')[0]!.click();
      await quoted(el);
      await checkSchemes(el, 'plan step');
      click(el, 'button[part="submit-button"]');
      await onStep(el, 'pay');
      await until('the order', () => $$(el, '[part="amount"]').length > 0);
      await checkSchemes(el, 'pay step');
    });
  }

  it('focus rings and the selected plan border reach 3:1 with every partner colour (non-text contrast)', async () => {
    for (const colour of PARTNER_COLOURS) {
      const { el } = await mount({ theme: 'auto' });
      if (colour) el.style.setProperty('--urcard-color-primary', colour);
      await onStep(el, 'card');
      const grounds = () => {
        const base = getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!);
        return ['--_background', '--_surface'].map((token) => base.getPropertyValue(token).trim());
      };
      const input = $$<HTMLInputElement>(el, '#card-number')[0]!;
      input.focus();
      for (const { theme, os } of SCHEMES) {
        el.setAttribute('theme', theme);
        await emulateMedia({ colorScheme: os });
        await el.updateComplete;
        const ring = getComputedStyle(input).outlineColor;
        for (const ground of grounds()) {
          expect(
            contrast(ring, ground),
            `${colour}, theme=${theme}, OS ${os}: focus ring ${ring} on ${ground}`,
          ).to.be.at.least(3);
        }
      }
      el.setAttribute('theme', 'auto');
      await emulateMedia({ colorScheme: 'light' });
      await verifyCard(el);
      click(el, 'button[part="submit-button"]');
      await onStep(el, 'plan');
      await until('plans', () => $$(el, 'input[name="plan"]').length > 0);
      $$<HTMLInputElement>(el, 'input[name="plan"]')[0]!.click();
      await quoted(el);
      for (const { theme, os } of SCHEMES) {
        el.setAttribute('theme', theme);
        await emulateMedia({ colorScheme: os });
        await el.updateComplete;
        const selected = $$(el, '.plan').find((plan) => plan.querySelector('input:checked'))!;
        const border = getComputedStyle(selected).borderTopColor;
        for (const ground of grounds()) {
          expect(
            contrast(border, ground),
            `${colour}, theme=${theme}, OS ${os}: selected ${border} on ${ground}`,
          ).to.be.at.least(3);
        }
      }
      el.remove();
      sessionStorage.clear();
    }
  });

  it('derives from a primary set through the appearance property too', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<urcard-checkout api-base="http://127.0.0.1:9" publishable-key="pk_test_demo" theme="light"
      style="--urcard-color-primary: #1e1b4b"></urcard-checkout>`;
    const el = wrapper.firstElementChild as UrcardCheckout;
    await onStep(el, 'card');
    const [button] = primaryButtons(el);
    expect(bytes(getComputedStyle(button!).color), 'white on the dark stylesheet primary').to.deep.equal([
      255, 255, 255,
    ]);
    el.appearance = { colorPrimary: '#fde047' };
    await el.updateComplete;
    const style = getComputedStyle(button!);
    expect(style.backgroundColor).to.equal('rgb(253, 224, 71)');
    expect(contrast(style.color, style.backgroundColor)).to.be.at.least(4.5);
  });

  it('lets an explicit --urcard-color-on-primary win, from the stylesheet and from the appearance property', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<urcard-checkout api-base="http://127.0.0.1:9" publishable-key="pk_test_demo" theme="dark"
      style="--urcard-color-primary: #c2410c; --urcard-color-on-primary: rgb(250, 250, 240)"></urcard-checkout>`;
    const el = wrapper.firstElementChild as UrcardCheckout;
    await onStep(el, 'card');
    const [button] = primaryButtons(el);
    expect(getComputedStyle(button!).color).to.equal('rgb(250, 250, 240)');
    el.appearance = { colorOnPrimary: 'rgb(1, 2, 3)' };
    await el.updateComplete;
    expect(getComputedStyle(button!).color).to.equal('rgb(1, 2, 3)');
  });
});
