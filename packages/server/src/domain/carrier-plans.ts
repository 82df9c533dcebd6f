import type { ContentLocale, Currency, Plan, PlanSnapshot, PlanTier } from '@urcard/sdk';
import type { CarrierPlan } from '../carrier/carrier.ts';
import { catalogueText, fillTemplate } from './catalogue-text/index.ts';
import type { OfferedPlan } from './plan-source.ts';

/**
 * The tier of a carrier's package: `advanced` when its data is unlimited or it includes calls (what our advanced
 * plans add over the basic ones), `basic` otherwise. Airalo says nothing else about a package that would tell.
 */
export function carrierPlanTier(plan: Pick<CarrierPlan, 'dataMb' | 'minutes'>): Exclude<PlanTier, 'custom'> {
  return plan.dataMb === null || plan.minutes > 0 ? 'advanced' : 'basic';
}

const unit = (locale: ContentLocale, name: string, value: number, unitDisplay: 'short' | 'long') =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay, maximumFractionDigits: 1 }).format(value);

/** "3 GB", "500 MB", or the locale's word for unlimited data. */
export function formatData(dataMb: number | null, locale: ContentLocale): string {
  if (dataMb === null) return catalogueText(locale).custom.unlimitedData;
  return dataMb >= 1024 ? unit(locale, 'gigabyte', dataMb / 1024, 'short') : unit(locale, 'megabyte', dataMb, 'short');
}

/** The package's name and description in `locale`, written from its numbers (the carrier's title is English). */
export function carrierPlanText(plan: CarrierPlan, locale: ContentLocale): { name: string; description: string } {
  const text = catalogueText(locale).carrierPlans;
  const values = {
    data: formatData(plan.dataMb, locale),
    days: unit(locale, 'day', plan.validityDays, 'long'),
    minutes: unit(locale, 'minute', plan.minutes, 'long'),
    sms: new Intl.NumberFormat(locale).format(plan.sms),
  };
  const description = fillTemplate(text.description, values);
  const name = fillTemplate(text.name, values);
  // Sentences in Chinese and Japanese end in a full-width stop and follow without a space.
  const gap = /[。！？]$/.test(description) ? '' : ' ';
  return {
    // "unlimited data · 7 days" starts a name: "Unlimited data · 7 days".
    name: name.charAt(0).toLocaleUpperCase(locale) + name.slice(1),
    description:
      plan.minutes > 0 || plan.sms > 0
        ? `${description}${gap}${fillTemplate(text.callsAndTexts, values)}`
        : description,
  };
}

/** A carrier's package as a plan we offer: priced where the carrier gives a price, no promotion, no features. */
export function offeredCarrierPlan(plan: CarrierPlan): OfferedPlan {
  const tier = carrierPlanTier(plan);
  const snapshot = (locale: ContentLocale): PlanSnapshot => ({
    planId: plan.id,
    tier,
    name: carrierPlanText(plan, locale).name,
    dataMb: plan.dataMb,
    minutes: plan.minutes,
    sms: plan.sms,
    validityDays: plan.validityDays,
    addOns: [],
  });
  return {
    id: plan.id,
    tier,
    autoRenewAllowed: true,
    snapshot,
    price: (currency: Currency) => {
      const amount = plan.prices[currency];
      return amount === undefined ? null : { price: { amount, currency }, promotion: null };
    },
    view: (currency: Currency, _now: number, locale: ContentLocale): Plan | null => {
      const amount = plan.prices[currency];
      if (amount === undefined) return null;
      return {
        id: plan.id,
        tier,
        ...carrierPlanText(plan, locale),
        dataMb: plan.dataMb,
        minutes: plan.minutes,
        sms: plan.sms,
        validityDays: plan.validityDays,
        features: [],
        price: { amount, currency },
        promotion: null,
        autoRenewAllowed: true,
      };
    },
  };
}
