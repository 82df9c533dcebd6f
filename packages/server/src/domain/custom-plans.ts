import type { ContentLocale, Currency, CustomAddOn, CustomRules, LineItem, Money, PlanSnapshot } from '@urcard/sdk';
import { CURRENCY_MINOR_UNITS, DEFAULT_CONTENT_LOCALE } from '@urcard/sdk';
import { ApiError } from '../errors.ts';
import type { AddOnCode } from './catalogue-text/index.ts';
import { catalogueText, fillTemplate } from './catalogue-text/index.ts';

// The custom builder. Its prices are set in US cents for 30 days and converted with fixed rates, rounded to
// whole tens of minor units (whole tens of yen), so that every currency shows tidy figures.

const CUSTOM_DATA_USD = new Map<number | null, number>([
  [1024, 500],
  [3072, 900],
  [5120, 1200],
  [10240, 1800],
  [20480, 2600],
  [null, 3800],
]);
const CUSTOM_MINUTES_USD = new Map<number, number>([
  [0, 0],
  [100, 300],
  [300, 700],
  [1000, 1500],
]);
/** Price factor of each validity against 30 days. */
const CUSTOM_VALIDITY_FACTOR = new Map<number, number>([
  [7, 0.35],
  [30, 1],
  [90, 2.6],
]);
/** An add-on; its name and description per locale are in ./catalogue-text. */
interface AddOnDefinition {
  code: AddOnCode;
  usdCents: number;
  sms?: number;
}
const CUSTOM_ADD_ONS: readonly AddOnDefinition[] = [
  { code: 'hotspot', usdCents: 300 },
  { code: '5g', usdCents: 400 },
  { code: 'sms_100', usdCents: 200, sms: 100 },
];
/** Fixed conversion for the custom builder: units of the currency per US dollar. */
const RATES: Record<Currency, number> = {
  USD: 1,
  EUR: 0.92,
  CNY: 7.1,
  HKD: 7.8,
  JPY: 150,
  SGD: 1.35,
  GBP: 0.79,
  AUD: 1.52,
  KRW: 1380,
  THB: 36,
  TWD: 32,
  MYR: 4.7,
};

/** Converts a US-cent price into `currency`, rounded to tens of minor units (tens of yen or won). */
export function fromUsdCents(usdCents: number, currency: Currency): number {
  const minor = (usdCents / 100) * RATES[currency] * 10 ** CURRENCY_MINOR_UNITS[currency];
  return Math.max(10, Math.round(minor / 10) * 10);
}

export function customRules(currency: Currency, locale: ContentLocale = DEFAULT_CONTENT_LOCALE): CustomRules {
  const text = catalogueText(locale).addOns;
  const addOns: CustomAddOn[] = CUSTOM_ADD_ONS.map((a) => ({
    code: a.code,
    ...text[a.code],
    price: { amount: fromUsdCents(a.usdCents, currency), currency },
  }));
  return {
    dataMbOptions: [...CUSTOM_DATA_USD.keys()],
    minutesOptions: [...CUSTOM_MINUTES_USD.keys()],
    validityDaysOptions: [...CUSTOM_VALIDITY_FACTOR.keys()],
    addOns,
    priceFrom: priceCustom({ dataMb: 1024, minutes: 0, validityDays: 7, addOns: [] }, currency).subtotal,
  };
}

export interface CustomCompositionInput {
  dataMb: number | null;
  minutes: number;
  validityDays: number;
  addOns: string[];
}

function formatData(mb: number | null, locale: ContentLocale): string {
  if (mb === null) return catalogueText(locale).custom.unlimitedData;
  return mb >= 1024 ? `${mb / 1024} GB` : `${mb} MB`;
}

/** Prices a composition; values the builder does not offer answer `invalid_request` naming the field. */
export function priceCustom(
  composition: CustomCompositionInput,
  currency: Currency,
  locale: ContentLocale = DEFAULT_CONTENT_LOCALE,
) {
  const dataUsd = CUSTOM_DATA_USD.get(composition.dataMb);
  if (dataUsd === undefined) {
    throw new ApiError('invalid_request', `custom.dataMb must be one of the builder's options`, {
      field: 'custom.dataMb',
    });
  }
  const minutesUsd = CUSTOM_MINUTES_USD.get(composition.minutes);
  if (minutesUsd === undefined) {
    throw new ApiError('invalid_request', `custom.minutes must be one of the builder's options`, {
      field: 'custom.minutes',
    });
  }
  const factor = CUSTOM_VALIDITY_FACTOR.get(composition.validityDays);
  if (factor === undefined) {
    throw new ApiError('invalid_request', `custom.validityDays must be one of the builder's options`, {
      field: 'custom.validityDays',
    });
  }
  const addOns: AddOnDefinition[] = [];
  composition.addOns.forEach((code, i) => {
    const addOn = CUSTOM_ADD_ONS.find((a) => a.code === code);
    if (!addOn)
      throw new ApiError('invalid_request', `Unknown add-on ${JSON.stringify(code)}`, { field: `custom.addOns.${i}` });
    if (addOns.includes(addOn)) {
      throw new ApiError('invalid_request', `Add-on ${code} is listed twice`, { field: `custom.addOns.${i}` });
    }
    addOns.push(addOn);
  });

  const text = catalogueText(locale);
  const name = fillTemplate(text.custom.label, {
    data: formatData(composition.dataMb, locale),
    minutes: composition.minutes,
    days: composition.validityDays,
  });
  const base: LineItem = {
    kind: 'plan',
    description: name,
    amount: { amount: fromUsdCents(Math.round((dataUsd + minutesUsd) * factor), currency), currency },
  };
  const lineItems: LineItem[] = [
    base,
    ...addOns.map((a) => ({
      kind: `addon:${a.code}`,
      description: text.addOns[a.code].name,
      amount: { amount: fromUsdCents(a.usdCents, currency), currency },
    })),
  ];
  const snapshot: PlanSnapshot = {
    planId: null,
    tier: 'custom',
    name,
    dataMb: composition.dataMb,
    minutes: composition.minutes,
    sms: addOns.reduce((sum, a) => sum + (a.sms ?? 0), 0),
    validityDays: composition.validityDays,
    addOns: addOns.map((a) => a.code),
  };
  const subtotal: Money = { amount: lineItems.reduce((sum, item) => sum + item.amount.amount, 0), currency };
  return { snapshot, lineItems, subtotal };
}

/** Custom compositions are bought once: auto-renew repeats fixed plans only. */
export const CUSTOM_AUTO_RENEW_ALLOWED = false;
