import type {
  Currency,
  CustomAddOn,
  CustomRules,
  LineItem,
  Money,
  Plan,
  PlanFeature,
  PlanSnapshot,
  PlanTier,
} from '@urcard/sdk';
import { CURRENCY_MINOR_UNITS } from '@urcard/sdk';
import { ApiError } from '../errors.ts';

/**
 * The renewal catalogue. Prices are set per currency in integer minor units (JPY and KRW have none), never converted
 * on the fly, and only the server computes a price: the client sends a plan id or a composition.
 */
export type PriceTable = Record<Currency, number>;

export interface PlanDefinition {
  id: string;
  tier: Exclude<PlanTier, 'custom'>;
  name: string;
  description: string;
  /** MB; null is unlimited. */
  dataMb: number | null;
  minutes: number;
  sms: number;
  validityDays: number;
  features: PlanFeature[];
  prices: PriceTable;
  /** A time-limited price below the list price. */
  promotion?: { label: string; prices: PriceTable };
  autoRenewAllowed: boolean;
}

const F = {
  fourG: { code: '4g', label: '4G/LTE' },
  fiveG: { code: '5g', label: '5G where available' },
  hotspot: { code: 'hotspot', label: 'Hotspot and tethering' },
  priority: { code: 'priority', label: 'Priority data' },
  support: { code: 'support_24h', label: '24 h support' },
} satisfies Record<string, PlanFeature>;

export const PLANS: readonly PlanDefinition[] = [
  {
    id: 'basic-7',
    tier: 'basic',
    name: 'Basic 7 days',
    description: 'Light use for a short trip: maps, messages, a few calls.',
    dataMb: 3072,
    minutes: 50,
    sms: 20,
    validityDays: 7,
    features: [F.fourG],
    prices: {
      USD: 699,
      EUR: 649,
      CNY: 4900,
      HKD: 5400,
      JPY: 1000,
      GBP: 599,
      SGD: 999,
      AUD: 1099,
      KRW: 9600,
      THB: 25200,
      TWD: 22400,
      MYR: 3299,
    },
    autoRenewAllowed: true,
  },
  {
    id: 'basic-30',
    tier: 'basic',
    name: 'Basic 30 days',
    description: 'A month of everyday data, calls and texts.',
    dataMb: 10240,
    minutes: 200,
    sms: 100,
    validityDays: 30,
    features: [F.fourG],
    prices: {
      USD: 1999,
      EUR: 1849,
      CNY: 13900,
      HKD: 15800,
      JPY: 2900,
      GBP: 1599,
      SGD: 2699,
      AUD: 3099,
      KRW: 27600,
      THB: 72000,
      TWD: 64000,
      MYR: 9399,
    },
    autoRenewAllowed: true,
  },
  {
    id: 'basic-90',
    tier: 'basic',
    name: 'Basic 90 days',
    description: 'Three months of everyday use at the best monthly price.',
    dataMb: 30720,
    minutes: 600,
    sms: 300,
    validityDays: 90,
    features: [F.fourG],
    prices: {
      USD: 4999,
      EUR: 4599,
      CNY: 35900,
      HKD: 38800,
      JPY: 7400,
      GBP: 3999,
      SGD: 6799,
      AUD: 7599,
      KRW: 69000,
      THB: 180000,
      TWD: 160000,
      MYR: 23499,
    },
    autoRenewAllowed: true,
  },
  {
    id: 'advanced-7',
    tier: 'advanced',
    name: 'Advanced 7 days',
    description: 'Fast data for a busy week, with hotspot.',
    dataMb: 10240,
    minutes: 100,
    sms: 50,
    validityDays: 7,
    features: [F.fiveG, F.hotspot],
    prices: {
      USD: 1299,
      EUR: 1199,
      CNY: 8900,
      HKD: 9800,
      JPY: 1900,
      GBP: 1099,
      SGD: 1799,
      AUD: 1999,
      KRW: 17900,
      THB: 46800,
      TWD: 41600,
      MYR: 6199,
    },
    autoRenewAllowed: true,
  },
  {
    id: 'advanced-30',
    tier: 'advanced',
    name: 'Advanced 30 days',
    description: 'Unlimited 5G data for a month, hotspot and priority.',
    dataMb: null,
    minutes: 500,
    sms: 200,
    validityDays: 30,
    features: [F.fiveG, F.hotspot, F.priority, F.support],
    prices: {
      USD: 3499,
      EUR: 3199,
      CNY: 24900,
      HKD: 26800,
      JPY: 5200,
      GBP: 2799,
      SGD: 4799,
      AUD: 5399,
      KRW: 48300,
      THB: 126000,
      TWD: 112000,
      MYR: 16499,
    },
    promotion: {
      label: 'Launch offer',
      prices: {
        USD: 2999,
        EUR: 2749,
        CNY: 20900,
        HKD: 22800,
        JPY: 4400,
        GBP: 2399,
        SGD: 4099,
        AUD: 4599,
        KRW: 41400,
        THB: 108000,
        TWD: 96000,
        MYR: 14099,
      },
    },
    autoRenewAllowed: true,
  },
  {
    id: 'advanced-90',
    tier: 'advanced',
    name: 'Advanced 90 days',
    description: 'Unlimited 5G data for three months.',
    dataMb: null,
    minutes: 1500,
    sms: 600,
    validityDays: 90,
    features: [F.fiveG, F.hotspot, F.priority, F.support],
    prices: {
      USD: 8999,
      EUR: 8299,
      CNY: 64900,
      HKD: 69800,
      JPY: 13400,
      GBP: 7199,
      SGD: 12199,
      AUD: 13699,
      KRW: 124200,
      THB: 324000,
      TWD: 288000,
      MYR: 42299,
    },
    autoRenewAllowed: true,
  },
];

export function findPlan(id: string): PlanDefinition | undefined {
  return PLANS.find((plan) => plan.id === id);
}

/** Promotions run to the end of the current calendar month (UTC), then the next month's begins. */
export function promotionEndsAt(now: number): number {
  const d = new Date(now);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/** The price a plan sells at now, and the promotion behind it if any. */
export function planPrice(plan: PlanDefinition, currency: Currency, now: number) {
  const list: Money = { amount: plan.prices[currency], currency };
  if (!plan.promotion) return { price: list, promotion: null };
  return {
    price: { amount: plan.promotion.prices[currency], currency },
    promotion: {
      label: plan.promotion.label,
      originalPrice: list,
      endsAt: new Date(promotionEndsAt(now)).toISOString(),
    },
  };
}

export function toPlan(plan: PlanDefinition, currency: Currency, now: number): Plan {
  const { price, promotion } = planPrice(plan, currency, now);
  return {
    id: plan.id,
    tier: plan.tier,
    name: plan.name,
    description: plan.description,
    dataMb: plan.dataMb,
    minutes: plan.minutes,
    sms: plan.sms,
    validityDays: plan.validityDays,
    features: plan.features,
    price,
    promotion,
    autoRenewAllowed: plan.autoRenewAllowed,
  };
}

export function planSnapshot(plan: PlanDefinition): PlanSnapshot {
  return {
    planId: plan.id,
    tier: plan.tier,
    name: plan.name,
    dataMb: plan.dataMb,
    minutes: plan.minutes,
    sms: plan.sms,
    validityDays: plan.validityDays,
    addOns: [],
  };
}

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
interface AddOnDefinition {
  code: string;
  name: string;
  description: string;
  usdCents: number;
  sms?: number;
}
const CUSTOM_ADD_ONS: readonly AddOnDefinition[] = [
  { code: 'hotspot', name: 'Hotspot', description: 'Share the connection with your other devices.', usdCents: 300 },
  { code: '5g', name: '5G', description: '5G speeds where the network has it.', usdCents: 400 },
  { code: 'sms_100', name: '100 SMS', description: 'A hundred text messages.', usdCents: 200, sms: 100 },
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

export function customRules(currency: Currency): CustomRules {
  const addOns: CustomAddOn[] = CUSTOM_ADD_ONS.map((a) => ({
    code: a.code,
    name: a.name,
    description: a.description,
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

function formatData(mb: number | null): string {
  if (mb === null) return 'unlimited data';
  return mb >= 1024 ? `${mb / 1024} GB` : `${mb} MB`;
}

/** Prices a composition; values the builder does not offer answer `invalid_request` naming the field. */
export function priceCustom(composition: CustomCompositionInput, currency: Currency) {
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

  const name = `Custom: ${formatData(composition.dataMb)}, ${composition.minutes} min, ${composition.validityDays} days`;
  const base: LineItem = {
    kind: 'plan',
    description: name,
    amount: { amount: fromUsdCents(Math.round((dataUsd + minutesUsd) * factor), currency), currency },
  };
  const lineItems: LineItem[] = [
    base,
    ...addOns.map((a) => ({
      kind: `addon:${a.code}`,
      description: a.name,
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
