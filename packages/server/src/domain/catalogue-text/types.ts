/** The plans of the catalogue, by id (catalogue.ts). */
export const PLAN_IDS = ['basic-7', 'basic-30', 'basic-90', 'advanced-7', 'advanced-30', 'advanced-90'] as const;
export type PlanId = (typeof PLAN_IDS)[number];

export const FEATURE_CODES = ['4g', '5g', 'hotspot', 'priority', 'support_24h'] as const;
export type FeatureCode = (typeof FEATURE_CODES)[number];

export const ADD_ON_CODES = ['hotspot', '5g', 'sms_100'] as const;
export type AddOnCode = (typeof ADD_ON_CODES)[number];

export const PROMO_CODE_NAMES = ['TRAVEL10', 'WELCOME5', 'ADVANCED20', 'SPRING2025'] as const;
export type PromoCodeName = (typeof PROMO_CODE_NAMES)[number];

/**
 * Every customer-facing text of the catalogue in one locale: what the plan step, the pay step and the receipt show.
 * One file per locale beside this one; `en.ts` is the source.
 */
export interface CatalogueText {
  plans: Record<PlanId, { name: string; description: string }>;
  features: Record<FeatureCode, string>;
  /** The label of a time-limited price. */
  launchOffer: string;
  addOns: Record<AddOnCode, { name: string; description: string }>;
  custom: {
    /** The custom plan's name: `{data}`, `{minutes}` and `{days}` are filled in. */
    label: string;
    unlimitedData: string;
  };
  /**
   * Plans of a carrier that names its packages only in English (Airalo): written from the package's numbers, each
   * formatted with Intl for the locale (`{data}`: "3 GB" or `custom.unlimitedData`; `{days}`: "30 days";
   * `{minutes}`: "100 minutes"; `{sms}`: a number).
   */
  carrierPlans: {
    /** `{data}` and `{days}`. */
    name: string;
    /** `{data}` and `{days}`. */
    description: string;
    /** Added to the description of a package with calls or texts: `{minutes}` and `{sms}`. */
    callsAndTexts: string;
  };
  promos: Record<PromoCodeName, string>;
  reasons: {
    /** Test card …0042: suspended after being reported lost. */
    cardLost: string;
    suspended: string;
    terminated: string;
    carrierHold: string;
    /** The simulated carrier's refusal (test card …0059). */
    carrierRejected: string;
    /** A real carrier's refusal, in the locales its own (English) words are not shown in. */
    carrierRefused: string;
    /** A real carrier recycled the eSIM (its usage says RECYCLED): the card is terminated. */
    simRecycled: string;
  };
}

/**
 * Keys whose text may stay as in English: brand and unit names (`4G/LTE`, `5G`). A dotted path into the
 * interface; the test allows these and no other.
 */
export const SAME_AS_ENGLISH_ALLOWED: readonly string[] = [
  'features.4g',
  'addOns.5g.name',
  'addOns.sms_100.name',
  // Only placeholders and a separator: "{data} · {days}" reads the same in most languages.
  'carrierPlans.name',
];
