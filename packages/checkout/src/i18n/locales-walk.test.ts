import { expect } from '@open-wc/testing';
import type { UrcardCheckout } from '../checkout/checkout.element.ts';
import { englishIn, englishText, shownTexts } from '../test-support/english.ts';
import {
  $,
  $$,
  choosePlan,
  click,
  mount,
  onStep,
  paySandbox,
  stepText,
  until,
  verifyCard,
} from '../test-support/flow.ts';
import en from './en.ts';
import { availableLocales, LOCALE_LOADERS, RTL_LOCALES } from './locales.ts';
import type { Messages } from './messages.ts';

/**
 * Every step (card, its summary, plan, pay, done), in sandbox mode against the reference server, in each locale:
 * no text or accessible name in the widget's shadow roots may be English. English is what the English catalogue
 * and the server's English catalogue text say (read here, so keys added later are covered), not a dictionary.
 */
const english = fetch('/__urcard/catalogue-en.json')
  .then((response) => response.json())
  .then((server: unknown) => englishText(en, server));

const catalogue = async (locale: string): Promise<Messages> =>
  locale === 'en' ? en : (await LOCALE_LOADERS[locale]!()).default;

/** Walks one renewal; calls `look` on each screen and returns every text shown on the way. */
async function walk(el: UrcardCheckout, m: Messages, look: (screen: string) => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const record = async (screen: string) => {
    await el.updateComplete;
    seen.push(...shownTexts(el.shadowRoot!));
    await look(screen);
  };
  await onStep(el, 'card');
  await until(`the card step in ${m.cardHeading}`, () => stepText(el).includes(m.cardHeading));
  await record('card');
  await verifyCard(el);
  await record('card summary');
  click(el, 'button[part="submit-button"]');
  await onStep(el, 'plan');
  await until('plans', () => $$(el, 'input[name="plan"]').length > 0);
  await choosePlan(el);
  await record('plan');
  click(el, 'button[part="submit-button"]');
  await onStep(el, 'pay');
  await until('the order', () => !!$(el, '[part="amount"]'));
  await record('pay');
  await paySandbox(el, 'succeeded');
  await onStep(el, 'done');
  await until('the receipt', () => !!$(el, '[part="receipt"]'));
  await record('done');
  return seen;
}

describe('every step in every locale', () => {
  it('finds English in the English walk (the check below can fail)', async () => {
    const { el } = await mount({ locale: 'en' });
    const seen = await walk(el, en, async () => {});
    const found = englishIn(seen, 'xx', await english);
    expect(found).to.include.members([en.cardHeading, en.receiptHeading, en.widgetLabel]);
    expect(found.some((text) => text.startsWith(en.progress(1, 4, en.stepNames.card)))).to.equal(true);
  });

  for (const locale of availableLocales().filter((tag) => tag !== 'en')) {
    const rtl = RTL_LOCALES.includes(locale);
    it(`${locale}: card, plan, pay and done show no English${rtl ? ', right to left, accessible in light and dark' : ''}`, async function () {
      if (rtl) this.timeout(60_000);
      const m = await catalogue(locale);
      const { el } = await mount({ locale });
      const seen = await walk(el, m, async (screen) => {
        if (!rtl) return;
        expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir'), screen).to.equal('rtl');
        for (const theme of ['light', 'dark']) {
          el.setAttribute('theme', theme);
          await el.updateComplete;
          await expect(el, `${locale} ${screen} ${theme}`).to.be.accessible();
        }
        el.removeAttribute('theme');
      });
      expect(seen.length).to.be.greaterThan(40);
      expect(englishIn(seen, locale, await english), `English shown in ${locale}`).to.deep.equal([]);
    });
  }
});
