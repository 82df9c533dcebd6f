import { expect } from '@open-wc/testing';
import { CONTENT_LOCALES } from '@urcard/sdk';
import { leaves, SAME_AS_ENGLISH, UNIVERSAL } from '../test-support/english.ts';
import { mount, onStep, stepText, until } from '../test-support/flow.ts';
import en from './en.ts';
import { Format } from './format.ts';
import { availableLocales, LOCALE_LOADERS, matchLocale } from './locales.ts';
import type { Messages } from './messages.ts';

/** Every catalogue loaded on demand: a locale added to LOCALE_LOADERS is checked without touching this file. */
const LOCALES = Object.keys(LOCALE_LOADERS);

/** The locales the widget promises: the server's content locales (issues 6 and 11), each with a catalogue. */
const PROMISED = [...CONTENT_LOCALES];

/** Languages whose nouns stay singular after a numeral although CLDR has a `one` category: "1 gün", "2 gün". */
const INVARIANT_NOUNS = ['tr', 'hi'];

/** Counts where plural categories change somewhere among our languages (fr treats 0 and 1 alike, en does not). */
const COUNTS = [0, 1, 2, 5, 21];

type FunctionKeys = {
  [K in keyof Messages]: Messages[K] extends (...args: never[]) => string ? K : never;
}[keyof Messages];
type Samples = { [K in FunctionKeys]: Messages[K] extends (...args: infer A) => string ? A[] : never };

/** Arguments for every message function, formatted by `Intl` for the locale as the widget does. */
function samples(f: Format): Samples {
  const money = f.money({ amount: 1299, currency: 'USD' });
  const date = f.date('2026-03-12T08:00:00Z');
  const wait = f.countdown(125);
  const masked = '•••• •••• •••• 0018';
  const plan = 'Asia 10 GB';
  const counts = COUNTS.map((n) => [n] as [number]);
  return {
    progress: [[2, 4, 'Plan']],
    stepAnnouncement: [[3, 4, 'Pay']],
    configErrorInvalid: [['theme', 'purple', 'one of light, dark, auto']],
    configErrorMissing: [['api-base', 'the http(s) URL of the renewal API']],
    errorReference: [['req_7f3a9c']],
    invalidCredentials: [[undefined], ...counts],
    cardLocked: [[wait]],
    rateLimited: [[wait]],
    boundCardOption: [[masked, 'Active', date]],
    cardSummaryHeading: [[masked]],
    currentPlan: [[plan]],
    expiresOn: [[date]],
    expiredOn: [[date]],
    daysLeft: [...counts, ...COUNTS.filter((n) => n > 0).map((n) => [-n] as [number])],
    expiryWarning: [...counts, [-3]],
    balanceLeft: [[f.data(1536), f.data(5120)]],
    balanceStale: [[f.dateTime('2026-12-01T14:05:00Z')], [null]],
    minutesCount: counts,
    smsCount: counts,
    coverage: [[f.countries(['JP', 'TH', 'VN'])]],
    validity: counts,
    originalPrice: [[money]],
    promotionEnds: [[date]],
    customFrom: [[money]],
    promoApplied: [['SPRING10', '10% off the first month']],
    payFor: [[plan, masked]],
    payButton: [[money]],
    challengeIntro: [[money]],
    completeIntro: [[date]],
    refunded: [[money]],
    refundPending: [[money]],
    autoRenewNotice: [
      [money, date, 3],
      [money, date, 1],
    ],
    autoRenewNextCharge: [[money, date]],
    lowDataSpent: [[f.money({ amount: 0, currency: 'USD' }), money]],
    lowDataCapSet: [[money]],
  };
}

const catalogues = new Map<string, Messages>();
async function load(locale: string): Promise<Messages> {
  let messages = catalogues.get(locale);
  if (!messages) {
    const loader = LOCALE_LOADERS[locale];
    if (!loader) throw new Error(`No loader for ${locale}`);
    messages = (await loader()).default;
    catalogues.set(locale, messages);
  }
  return messages;
}

/** What a call shows, with the call written out so a failure says which one. */
function call(m: Messages, key: FunctionKeys, args: unknown[]): string {
  const fn = m[key] as (...args: unknown[]) => unknown;
  const out = fn(...args);
  expect(out, `${key}(${args.map((a) => JSON.stringify(a)).join(', ')})`).to.be.a('string');
  return out as string;
}

/** Text left over from a broken template or plural form. */
function expectClean(text: string, what: string): void {
  expect(text.trim(), `${what} is empty`).not.to.equal('');
  expect(text, `${what} has stray whitespace`).to.equal(text.trim());
  expect(text, `${what} has a stray # or placeholder`).not.to.match(/#|\$\{|\{\d\}|undefined|NaN|\[object/);
  expect(text, `${what} has doubled spaces`).not.to.match(/ {2}/);
}

describe('locale catalogues', () => {
  it('offers every promised locale, English bundled and the rest on demand', () => {
    expect(availableLocales()).to.have.members(PROMISED);
    expect(LOCALES).not.to.include('en');
  });

  for (const locale of LOCALES) {
    describe(locale, () => {
      it('loads as its own module with every key of English, and none that English lacks', async () => {
        const m = await load(locale);
        expect(m).not.to.equal(en);
        const mine = new Map(leaves(m).map((leaf) => [leaf.path, leaf.value]));
        const english = leaves(en);
        for (const { path, value } of english) {
          expect(mine.has(path), `${locale} is missing ${path}`).to.equal(true);
          expect(typeof mine.get(path), `${locale} ${path}`).to.equal(typeof value);
        }
        const known = new Set(english.map((leaf) => leaf.path));
        expect([...mine.keys()].filter((path) => !known.has(path))).to.deep.equal([]);
      });

      it('translates every string, keeping brand names and codes', async () => {
        const m = await load(locale);
        const allowed = new Set(SAME_AS_ENGLISH[locale] ?? []);
        const mine = new Map(leaves(m).map((leaf) => [leaf.path, leaf.value]));
        const untranslated: string[] = [];
        for (const { path, value } of leaves(en)) {
          if (typeof value !== 'string') continue;
          const text = mine.get(path) as string;
          expectClean(text, `${locale} ${path}`);
          if (UNIVERSAL.has(value)) continue;
          if (text === value && !allowed.has(path)) untranslated.push(`${path}: ${value}`);
        }
        expect(untranslated, `${locale} strings identical to English`).to.deep.equal([]);
      });

      it('fills every placeholder of every message function, for counts 0, 1, 2, 5 and 21', async () => {
        const m = await load(locale);
        const f = new Format(locale);
        const number = new Intl.NumberFormat(locale);
        const allowed = new Set(SAME_AS_ENGLISH[locale] ?? []);
        const table = samples(f);
        const untranslated: string[] = [];
        for (const [key, calls] of Object.entries(table) as [FunctionKeys, unknown[][]][]) {
          for (const args of calls) {
            const text = call(m, key, args);
            const what = `${locale} ${key}(${args.map((a) => JSON.stringify(a)).join(', ')})`;
            expectClean(text, what);
            // Strings come in formatted by Intl and must appear as they are; counts of 2 or more appear as numbers
            // (0 and 1 may read "today", "yesterday", "locked"; an expired card's warning has no count), and so
            // do the days since expiry.
            for (const arg of args) {
              if (typeof arg === 'string') expect(text, what).to.contain(arg);
              if (typeof arg === 'number' && (arg >= 2 || (key === 'daysLeft' && arg <= -2))) {
                expect(text, what).to.contain(number.format(Math.abs(arg)));
              }
            }
            if (text === call(en, key, args) && !allowed.has(key)) untranslated.push(what);
          }
        }
        expect(untranslated, `${locale} functions answering exactly as in English`).to.deep.equal([]);
        // Every function of English has samples here (tsc checks the table; this catches a key added as `any`).
        const functions = leaves(en).filter((leaf) => typeof leaf.value === 'function');
        expect(functions.map((leaf) => leaf.path)).to.have.members(Object.keys(table));
      });

      it('chooses plural forms by the Intl.PluralRules categories of the language', async () => {
        const m = await load(locale);
        const rules = new Intl.PluralRules(locale);
        const number = new Intl.NumberFormat(locale);
        for (const key of ['validity', 'minutesCount', 'smsCount'] as const) {
          // The form of a count is its text with the number taken out; one category, one form.
          const forms = new Map<string, string>();
          for (const n of [...COUNTS, 3, 11, 100]) {
            const form = m[key](n).replace(number.format(n), '#');
            expect(form, `${locale} ${key}(${n}) shows the number`).to.contain('#');
            const category = rules.select(n);
            const seen = forms.get(category);
            if (seen === undefined) forms.set(category, form);
            else expect(form, `${locale} ${key}(${n}) is in category ${category}`).to.equal(seen);
          }
        }
        // Days take a distinct singular wherever the language has one (1 day, 1 jour, 1 Tag, 1 día).
        if (rules.select(1) !== rules.select(2) && !INVARIANT_NOUNS.includes(locale)) {
          expect(m.validity(1).replace('1', '#')).not.to.equal(m.validity(2).replace(number.format(2), '#'));
        }
        // Edge counts that read differently: locked now vs tries left, expired vs expiring, today vs n days.
        expect(m.invalidCredentials(0)).not.to.equal(m.invalidCredentials(1));
        expect(m.invalidCredentials(0)).not.to.equal(m.invalidCredentials(undefined));
        expect(m.daysLeft(0)).not.to.equal(m.daysLeft(1));
        expect(m.daysLeft(-1)).not.to.equal(m.daysLeft(1));
        expect(m.expiryWarning(0)).not.to.equal(m.expiryWarning(1));
      });
    });
  }

  it('matches requested tags to the nearest catalogue', () => {
    const cases: [string, string][] = [
      ['zh-TW', 'zh-TW'],
      ['zh-HK', 'zh-TW'],
      ['zh-MO', 'zh-TW'],
      ['zh-Hant', 'zh-TW'],
      ['zh-Hant-HK', 'zh-TW'],
      ['ZH-tw', 'zh-TW'],
      ['zh', 'zh-CN'],
      ['zh-SG', 'zh-CN'],
      ['zh-Hans-HK', 'zh-CN'],
      ['ja-JP', 'ja'],
      ['ko-KR', 'ko'],
      ['es-MX', 'es'],
      ['es-419', 'es'],
      ['es-ES', 'es'],
      ['fr-CA', 'fr'],
      ['fr-BE', 'fr'],
      ['de-AT', 'de'],
      ['de-CH', 'de'],
      ['th-TH', 'th'],
      ['vi-VN', 'vi'],
      ['en-GB', 'en'],
      ['pt', 'pt-BR'],
      ['pt-BR', 'pt-BR'],
      ['pt-PT', 'pt-BR'],
      ['ar-EG', 'ar'],
      ['ar-SA', 'ar'],
      ['he-IL', 'he'],
      ['iw', 'he'],
      ['in', 'id'],
      ['id-ID', 'id'],
      ['ms-MY', 'ms'],
      ['ms-SG', 'ms'],
      ['it-CH', 'it'],
      ['ru-RU', 'ru'],
      ['ru-UA', 'ru'],
      ['tr-TR', 'tr'],
      ['hi-IN', 'hi'],
      ['fil-PH', 'fil'],
      ['tl', 'fil'],
      ['tl-PH', 'fil'],
      ['sw', 'en'],
      ['xx', 'en'],
      ['not a tag!', 'en'],
      ['', 'en'],
    ];
    expect(cases.map(([tag]) => [tag, matchLocale(tag)])).to.deep.equal(cases);
  });

  it('shows the widget in the locale attribute, then <html lang>, loading the catalogue on demand', async () => {
    const fr = await load('fr');
    const { el } = await mount({ locale: 'fr-CA' });
    await onStep(el, 'card');
    await until('French', () => stepText(el).includes(fr.cardHeading));
    expect(el.shadowRoot!.textContent).to.contain(fr.progress(1, 4, fr.stepNames.card));

    const zhTW = await load('zh-TW');
    const lang = document.documentElement.lang;
    try {
      document.documentElement.lang = 'zh-HK';
      el.removeAttribute('locale');
      await until('Traditional Chinese from <html lang>', () => stepText(el).includes(zhTW.cardHeading));
      expect(stepText(el)).not.to.contain(en.cardHeading);
    } finally {
      document.documentElement.lang = lang;
    }
  });
});
