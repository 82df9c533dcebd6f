import { expect, fixture, html } from '@open-wc/testing';
import type { CSSResultGroup } from 'lit';
import { UrcardCheckout } from '../checkout/checkout.element.ts';
import type { UrcardErrorEvent } from '../events.ts';
import { UrcardCardStep } from '../steps/card-step.element.ts';
import { doneStepStyles } from '../steps/done-step.styles.ts';
import { payStepStyles } from '../steps/pay-step.styles.ts';
import { planStepStyles } from '../steps/plan-step.styles.ts';
import { apiBase } from '../test-support/env.ts';
import {
  $,
  $$,
  KEY,
  mount,
  onStep,
  paySandbox,
  stepEl,
  stepText,
  toPayStep,
  until,
  verifyCard,
} from '../test-support/flow.ts';
import ar from './ar.ts';
import ptBR from './pt-BR.ts';

/** The step on screen shows `text` (no step shows while a catalogue loads). */
const shows = (el: UrcardCheckout, text: string) =>
  !!el.shadowRoot!.querySelector('[data-step]') && stepText(el).includes(text);

const base = (el: UrcardCheckout) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;

/** Where `part` of the text of `node` is drawn, from the left. */
function leftOf(node: Node, part: string): number {
  const texts = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let text: Node | null = texts.nextNode();
  while (text && !text.textContent!.includes(part)) text = texts.nextNode();
  expect(text, `"${part}" in "${node.textContent}"`).to.exist;
  const start = text!.textContent!.indexOf(part);
  const range = document.createRange();
  range.setStart(text!, start);
  range.setEnd(text!, start + part.length);
  return range.getBoundingClientRect().left;
}

/** Every rule of the widget's stylesheets, flattened to `selector { declarations }` text. */
function cssTexts(): string[] {
  const flat = (group: CSSResultGroup): string[] =>
    Array.isArray(group) ? group.flatMap(flat) : [(group as { cssText: string }).cssText];
  return [UrcardCheckout.styles!, UrcardCardStep.styles!, planStepStyles, payStepStyles, doneStepStyles].flatMap(flat);
}

describe('right to left', () => {
  it('sets dir inside the shadow root from the locale unless the element has its own dir', async () => {
    const { el } = await mount({ locale: 'ar' });
    await until('Arabic', () => shows(el, ar.cardHeading));
    expect(base(el).getAttribute('dir')).to.equal('rtl');
    el.setAttribute('locale', 'he-IL');
    await until('Hebrew', () => base(el).getAttribute('lang') === 'he');
    expect(base(el).getAttribute('dir')).to.equal('rtl');
    el.setAttribute('locale', 'fr');
    await until('French', () => base(el).getAttribute('lang') === 'fr');
    expect(base(el).getAttribute('dir')).to.equal('ltr');
    // The partner's dir wins, both ways; removing it gives the locale's back.
    el.setAttribute('dir', 'rtl');
    await el.updateComplete;
    expect(base(el).getAttribute('dir')).to.equal('rtl');
    el.setAttribute('locale', 'ar');
    el.setAttribute('dir', 'ltr');
    await until('Arabic again', () => base(el).getAttribute('lang') === 'ar');
    expect(base(el).getAttribute('dir')).to.equal('ltr');
    el.removeAttribute('dir');
    await el.updateComplete;
    expect(base(el).getAttribute('dir')).to.equal('rtl');
    el.dir = 'ltr';
    await el.updateComplete;
    expect(base(el).getAttribute('dir')).to.equal('ltr');
  });

  it("keeps an English widget left to right on a right-to-left page: the locale decides, not the page's dir", async () => {
    document.documentElement.dir = 'rtl';
    try {
      const { el } = await mount({ locale: 'en' });
      await onStep(el, 'card');
      expect(base(el).getAttribute('dir')).to.equal('ltr');
      expect(getComputedStyle($(el, 'h2')!).direction).to.equal('ltr');
    } finally {
      document.documentElement.removeAttribute('dir');
    }
  });

  it('lays the step out from the right, keeps the card number left to right and mirrors the Back arrow', async () => {
    const { el } = await mount({ locale: 'ar' });
    await until('Arabic', () => shows(el, ar.cardHeading));
    const heading = $(el, 'h2')!;
    const number = $<HTMLInputElement>(el, '#card-number')!;
    const box = stepEl(el).getBoundingClientRect();
    // The heading's text starts at the right edge.
    const range = document.createRange();
    range.selectNodeContents(heading);
    const text = range.getBoundingClientRect();
    expect(box.right - text.right).to.be.below(text.left - box.left);
    expect(getComputedStyle(number).direction).to.equal('ltr');
    expect(getComputedStyle(number).textAlign, 'aligned to the end (right) of a left-to-right box').to.equal('end');
    await verifyCard(el);
    const title = $(el, '#card-title')!;
    expect(leftOf(title, '••••'), 'masked digits keep their order').to.be.below(leftOf(title, '0018'));
    $(el, 'button[part="submit-button"]')!.click();
    await onStep(el, 'plan');
    const arrow = el.shadowRoot!.querySelector<HTMLElement>('.back span')!;
    expect(getComputedStyle(arrow).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    el.setAttribute('dir', 'ltr');
    await el.updateComplete;
    expect(getComputedStyle(arrow).transform).to.equal('none');
  });

  it('keeps the card number of the receipt left to right in Hebrew', async () => {
    const { el } = await mount({ locale: 'he' });
    await onStep(el, 'card');
    await toPayStep(el);
    await paySandbox(el, 'succeeded');
    await onStep(el, 'done');
    await until('the receipt', () => !!$(el, '[part="receipt"]'));
    const value = $$(el, '[part="receipt"] dd').find((dd) => dd.textContent!.includes('0018'))!;
    expect(value, 'the card on the receipt').to.exist;
    expect(leftOf(value, '•'), 'masked digits keep their order').to.be.below(leftOf(value, '0018'));
  });

  it('writes every stylesheet in logical directions and rem', () => {
    const physical =
      /(margin|padding|border|inset|scroll-margin|scroll-padding)-(left|right|top|bottom)\b|(^|[;{\s])(left|right|top|bottom)\s*:|(text-align|float|clear)\s*:\s*(left|right)|border-(top|bottom)-(left|right)-radius/;
    const found: string[] = [];
    for (const text of cssTexts()) {
      for (const rule of text.split('}')) {
        if (physical.test(rule)) found.push(rule.trim());
        for (const declaration of rule.split(/[;{]/)) {
          const [property = '', value = ''] = declaration.split(':').map((s) => s.trim());
          if (!/\dpx/.test(value) || property.startsWith('@')) continue;
          // Borders, outlines and hairlines stay in px, as do the pill radius and the visually hidden box.
          const hairline = /^(border|outline|box-shadow)/.test(property) || value === '999px';
          const hidden = /^(width|height|margin)$/.test(property) && /^-?1px$/.test(value);
          if (!hairline && !hidden) found.push(`${property}: ${value}`);
        }
      }
    }
    expect(found).to.deep.equal([]);
  });
});

describe('unsupported locales', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  async function widget(): Promise<{ el: UrcardCheckout; errors: UrcardErrorEvent['detail'][] }> {
    const errors: UrcardErrorEvent['detail'][] = [];
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('urcard-checkout');
    el.addEventListener('urcard-error', (event) => errors.push(event.detail));
    el.setAttribute('api-base', await apiBase());
    el.setAttribute('publishable-key', KEY);
    host.append(el);
    await el.updateComplete;
    return { el, errors };
  }

  it('falls back and fires one unsupported_locale naming the fallback; a region of a language it has is no error', async () => {
    const { el, errors } = await widget();
    el.setAttribute('locale', 'sw');
    await onStep(el, 'card');
    el.requestUpdate();
    await el.updateComplete;
    expect(errors).to.deep.equal([
      {
        code: 'unsupported_locale',
        message: 'locale="sw" has no catalogue: showing en',
        attribute: 'locale',
        step: null,
        requestId: null,
      },
    ]);
    for (const tag of ['en-GB', 'pt-PT', 'zh-HK', 'tl']) {
      el.setAttribute('locale', tag);
      await el.updateComplete;
    }
    el.setAttribute('locale', 'pt-PT');
    await until('Brazilian Portuguese for pt-PT', () => shows(el, ptBR.cardHeading));
    expect(errors).to.have.length(1);
    el.setAttribute('locale', 'xx');
    await el.updateComplete;
    expect(errors.map((e) => e.message)).to.deep.equal([
      'locale="sw" has no catalogue: showing en',
      'locale="xx" has no catalogue: showing en',
    ]);
  });

  it("says nothing of the page's own language: <html lang> is not the widget's configuration", async () => {
    document.documentElement.lang = 'sw';
    const { el, errors } = await widget();
    await onStep(el, 'card');
    expect(base(el).getAttribute('lang')).to.equal('en');
    expect(errors).to.deep.equal([]);
  });
});
