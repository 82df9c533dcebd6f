import type { ContentLocale, Currency, Money, Plan, PlanFeature, PlanSnapshot, PlanTier } from '@urcard/sdk';
import { DEFAULT_CONTENT_LOCALE } from '@urcard/sdk';
import { en } from './catalogue-text/en.ts';
import type { FeatureCode, PlanId } from './catalogue-text/index.ts';
import { catalogueText } from './catalogue-text/index.ts';

/**
 * The renewal catalogue. Prices are set per currency in integer minor units (JPY and KRW have none), never converted
 * on the fly, and only the server computes a price: the client sends a plan id or a composition.
 */
export type PriceTable = Record<Currency, number>;

export interface PlanDefinition {
  id: PlanId;
  tier: Exclude<PlanTier, 'custom'>;
  /** In English; every locale's text is in ./catalogue-text. */
  name: string;
  description: string;
  /** MB; null is unlimited. */
  dataMb: number | null;
  minutes: number;
  sms: number;
  validityDays: number;
  features: (PlanFeature & { code: FeatureCode })[];
  prices: PriceTable;
  /** A time-limited price below the list price. */
  promotion?: { label: string; prices: PriceTable };
  autoRenewAllowed: boolean;
}

const feature = (code: FeatureCode) => ({ code, label: en.features[code] });
const F = {
  fourG: feature('4g'),
  fiveG: feature('5g'),
  hotspot: feature('hotspot'),
  priority: feature('priority'),
  support: feature('support_24h'),
};

const DEFINITIONS: readonly Omit<PlanDefinition, 'name' | 'description'>[] = [
  {
    id: 'basic-7',
    tier: 'basic',
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
      label: en.launchOffer,
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

/** The plans, with their English name and description. */
export const PLANS: readonly PlanDefinition[] = DEFINITIONS.map((plan) => ({ ...plan, ...en.plans[plan.id] }));

export function findPlan(id: string): PlanDefinition | undefined {
  return PLANS.find((plan) => plan.id === id);
}

/** Promotions run to the end of the current calendar month (UTC), then the next month's begins. */
export function promotionEndsAt(now: number): number {
  const d = new Date(now);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/** The price a plan sells at now, and the promotion behind it if any. */
export function planPrice(
  plan: PlanDefinition,
  currency: Currency,
  now: number,
  locale: ContentLocale = DEFAULT_CONTENT_LOCALE,
) {
  const list: Money = { amount: plan.prices[currency], currency };
  if (!plan.promotion) return { price: list, promotion: null };
  return {
    price: { amount: plan.promotion.prices[currency], currency },
    promotion: {
      label: catalogueText(locale).launchOffer,
      originalPrice: list,
      endsAt: new Date(promotionEndsAt(now)).toISOString(),
    },
  };
}

/** The plan as the API shows it, priced in `currency` and written in `locale`. */
export function toPlan(
  plan: PlanDefinition,
  currency: Currency,
  now: number,
  locale: ContentLocale = DEFAULT_CONTENT_LOCALE,
): Plan {
  const { price, promotion } = planPrice(plan, currency, now, locale);
  const text = catalogueText(locale);
  return {
    id: plan.id,
    tier: plan.tier,
    ...text.plans[plan.id],
    dataMb: plan.dataMb,
    minutes: plan.minutes,
    sms: plan.sms,
    validityDays: plan.validityDays,
    features: plan.features.map((f) => ({ code: f.code, label: text.features[f.code] })),
    price,
    promotion,
    autoRenewAllowed: plan.autoRenewAllowed,
  };
}

/** What a quote buys; the name in the quote's locale, kept as quoted on the order. */
export function planSnapshot(plan: PlanDefinition, locale: ContentLocale = DEFAULT_CONTENT_LOCALE): PlanSnapshot {
  return {
    planId: plan.id,
    tier: plan.tier,
    name: catalogueText(locale).plans[plan.id].name,
    dataMb: plan.dataMb,
    minutes: plan.minutes,
    sms: plan.sms,
    validityDays: plan.validityDays,
    addOns: [],
  };
}

export type { CustomCompositionInput } from './custom-plans.ts';
export { CUSTOM_AUTO_RENEW_ALLOWED, customRules, fromUsdCents, priceCustom } from './custom-plans.ts';
