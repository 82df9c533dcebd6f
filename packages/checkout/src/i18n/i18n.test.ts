import { expect, fixture, html } from '@open-wc/testing';
import '../define.ts';
import { CURRENCIES, CURRENCY_MINOR_UNITS } from '@urcard/sdk/enums';
import type { UrcardCheckout } from '../checkout/checkout.element.ts';
import en from './en.ts';
import { Format } from './format.ts';
import { LOCALE_LOADERS, matchLocale } from './locales.ts';
import zhCN from './zh-CN.ts';

const heading = (el: UrcardCheckout) =>
  el.shadowRoot!.querySelector('[data-step]')?.shadowRoot?.querySelector('h2')?.textContent ?? '';

/** Keys of a catalogue, nested records included (`stepNames.card`). */
function keys(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    value && typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

async function widget(attrs = ''): Promise<UrcardCheckout> {
  const el = document.createElement('urcard-checkout');
  el.setAttribute('api-base', 'http://127.0.0.1:9');
  el.setAttribute('publishable-key', 'pk_test_demo');
  for (const [name, value] of attrs ? [attrs.split('=') as [string, string]] : []) el.setAttribute(name, value);
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.append(el);
  await el.updateComplete;
  return el;
}

async function settles(el: UrcardCheckout, text: string): Promise<void> {
  for (let i = 0; i < 100 && heading(el) !== text; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(heading(el)).to.equal(text);
}

afterEach(() => document.documentElement.removeAttribute('lang'));

describe('localisation', () => {
  it('matches the nearest catalogue', () => {
    expect(matchLocale('zh-CN')).to.equal('zh-CN');
    expect(matchLocale('zh')).to.equal('zh-CN');
    expect(matchLocale('zh-Hans-SG')).to.equal('zh-CN');
    expect(matchLocale('zh-TW', ['en', 'zh-CN']), 'never Simplified for a Traditional reader').to.equal('en');
    expect(matchLocale('zh-HK', ['en', 'zh-CN', 'zh-TW'])).to.equal('zh-TW');
    expect(matchLocale('es-MX', ['en', 'es'])).to.equal('es');
    expect(matchLocale('pt-BR')).to.equal('pt-BR');
    expect(matchLocale('sw')).to.equal('en');
    expect(matchLocale('not a tag!')).to.equal('en');
    expect(matchLocale(null)).to.equal('en');
  });

  it('has every English string in zh-CN', () => {
    expect(keys(zhCN).sort()).to.deep.equal(keys(en).sort());
  });

  it('reads amounts in each currency with the minor unit the server prices in, in every locale', () => {
    for (const locale of ['en', ...Object.keys(LOCALE_LOADERS)]) {
      for (const currency of CURRENCIES) {
        const digits = new Intl.NumberFormat(locale, { style: 'currency', currency }).resolvedOptions()
          .maximumFractionDigits;
        expect(digits, `${currency} in ${locale}`).to.equal(CURRENCY_MINOR_UNITS[currency]);
      }
    }
    expect(new Format('ko').money({ amount: 27600, currency: 'KRW' })).to.equal('₩27,600');
    expect(new Format('en').money({ amount: 64000, currency: 'TWD' })).to.equal('NT$640.00');
  });

  it('uses plural rules and Intl for counts, money and dates', () => {
    expect(en.daysLeft(1)).to.equal('1 day left');
    expect(en.daysLeft(20)).to.equal('20 days left');
    expect(en.daysLeft(0)).to.equal('Expires today');
    expect(en.daysLeft(-1)).to.equal('Expired yesterday');
    expect(en.daysLeft(-10)).to.equal('Expired 10 days ago');
    expect(en.minutesCount(1500)).to.equal('1,500 minutes');
    expect(en.invalidCredentials(1)).to.contain('1 more try');
    expect(en.invalidCredentials(3)).to.contain('3 more tries');
    const f = new Format('en');
    expect(f.money({ amount: 1299, currency: 'USD' })).to.equal('$12.99');
    expect(f.money({ amount: 1200, currency: 'JPY' })).to.equal('¥1,200');
    expect(new Format('zh-CN').money({ amount: 9900, currency: 'CNY' })).to.equal('¥99.00');
    expect(f.data(512)).to.equal('512 MB');
    expect(f.data(6380)).to.equal('6.2 GB');
    // A duration, not a clock time: "2 min, 5 sec" (Intl.DurationFormat), "2 min 5 sec" without it.
    expect(f.countdown(125)).to.match(/^2 min,? 5 sec$/);
    expect(f.countdown(3600)).to.match(/^1 hr$/);
    expect(new Format('ja').countdown(899)).to.match(/^14 ?分 ?59 ?秒$/);
    const intl = Intl as unknown as Record<string, unknown>;
    const durationFormat = intl.DurationFormat;
    try {
      delete intl.DurationFormat;
      expect(f.countdown(125)).to.equal('2 min 5 sec');
      expect(f.countdown(59.2)).to.equal('1 min');
    } finally {
      intl.DurationFormat = durationFormat;
    }
    expect(f.countries(['JP', 'KR'])).to.equal('Japan & South Korea');
    expect(new Format('de').date('2026-03-05T10:00:00Z')).to.equal('05.03.2026');
  });

  it('follows <html lang> when the element has no locale, and its own locale first', async () => {
    document.documentElement.lang = 'zh-CN';
    const own = await widget('locale=en');
    const page = await widget();
    await settles(page, '您的卡片');
    expect(heading(own), 'each instance speaks its own language').to.equal('Your card');
    document.documentElement.lang = 'en-GB';
    await settles(page, 'Your card');
  });

  it('lets the page override any string, per locale', async () => {
    const el = await widget();
    el.messages = {
      en: { cardHeading: 'Your SIM', progress: (n, total) => `${n}/${total}` },
      'zh-CN': { cardHeading: '您的 SIM 卡' },
    };
    await el.updateComplete;
    await settles(el, 'Your SIM');
    expect(el.shadowRoot!.querySelector('[part="progress-label"]')!.textContent).to.equal('1/4');
    el.locale = 'zh-CN';
    await settles(el, '您的 SIM 卡');
  });
});
