import type { ContentLocale, Currency, Money, Plan, PlanSnapshot, PlanTier } from '@urcard/sdk';
import { CONTENT_LOCALES } from '@urcard/sdk';
import type { Carrier, CarrierPlan } from '../carrier/carrier.ts';
import { ApiError, isApiError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { CardRecord } from '../store/types.ts';
import { offeredCarrierPlan } from './carrier-plans.ts';
import type { CustomCompositionInput } from './catalogue.ts';
import { PLANS, planPrice, planSnapshot, toPlan } from './catalogue.ts';
import type { QuoteSelection } from './quotes.ts';

/** A plan's price now and the promotion behind it (as `Plan.price` and `Plan.promotion`). */
export interface OfferedPrice {
  price: Money;
  promotion: Plan['promotion'];
}

/** A plan offered to one card, whoever decides it (the static catalogue or the carrier). */
export interface OfferedPlan {
  readonly id: string;
  readonly tier: Exclude<PlanTier, 'custom'>;
  readonly autoRenewAllowed: boolean;
  /** Its price in `currency` now; null when it is not sold in that currency. */
  price(currency: Currency, now: number, locale: ContentLocale): OfferedPrice | null;
  /** The plan as `GET /v1/plans` shows it; null when it is not sold in `currency`. */
  view(currency: Currency, now: number, locale: ContentLocale): Plan | null;
  /** What a quote buys, named in `locale`. */
  snapshot(locale: ContentLocale): PlanSnapshot;
}

/** What a card may buy: its plans, and whether the custom builder is offered. */
export interface CardPlans {
  plans: readonly OfferedPlan[];
  custom: boolean;
}

/**
 * Where the plans of a card come from: the carrier's list when the carrier has one (`Carrier.plans`, Airalo's
 * top-ups), else the static catalogue (domain/catalogue.ts) with the custom builder. Plans, quotes, orders and
 * auto-renewals all ask here, so they agree on what a plan id is.
 */
export interface PlanSource {
  forCard(card: CardRecord, signal?: AbortSignal): Promise<CardPlans>;
  /**
   * Whether a plan id means a plan of the static catalogue (its names and prices). False for a carrier's list: its
   * package ids may look like catalogue ids, and must never be priced or named from the catalogue.
   */
  readonly catalogue: boolean;
}

/**
 * The card's plan `planId` as offered today (renewals nobody is present for: auto-renew, low-data top-ups);
 * undefined when it is not any more. A carrier that cannot be asked throws (`service_unavailable`: try later).
 */
export async function offeredPlan(
  source: PlanSource,
  card: CardRecord,
  planId: string,
): Promise<OfferedPlan | undefined> {
  try {
    const offer = await source.forCard(card);
    return offer.plans.find((p) => p.id === planId);
  } catch (error) {
    if (isApiError(error) && error.code !== 'service_unavailable') return undefined;
    throw error;
  }
}

/** The locale a plan name was written in (a renewal is written as the last purchase was); English by default. */
export function localeOfName(plan: OfferedPlan, name: string): ContentLocale {
  return CONTENT_LOCALES.find((l) => plan.snapshot(l).name === name) ?? 'en';
}

const CATALOGUE_PLANS: readonly OfferedPlan[] = PLANS.map((definition) => ({
  id: definition.id,
  tier: definition.tier,
  autoRenewAllowed: definition.autoRenewAllowed,
  price: (currency, now, locale) => planPrice(definition, currency, now, locale),
  view: (currency, now, locale) => toPlan(definition, currency, now, locale),
  snapshot: (locale) => planSnapshot(definition, locale),
}));

/** The static catalogue, the same for every card (the simulated carrier). */
export const CATALOGUE_SOURCE: PlanSource = {
  catalogue: true,
  forCard: async () => ({ plans: CATALOGUE_PLANS, custom: true }),
};

/** The carrier's own list for each card; custom plans are not offered (a carrier sells only its packages). */
export function carrierPlanSource(
  carrierName: string,
  list: (card: CardRecord, signal?: AbortSignal) => Promise<CarrierPlan[] | null>,
  log: Logger,
): PlanSource {
  return {
    catalogue: false,
    async forCard(card, signal) {
      let plans: CarrierPlan[] | null;
      try {
        plans = await list(card, signal);
      } catch (error) {
        log.warn('the carrier could not be asked for a card’s plans', { cardId: card.id, error });
        throw new ApiError('service_unavailable', 'The carrier could not be asked for this card’s plans; try again');
      }
      if (plans === null) {
        throw new ApiError('card_not_renewable', `The card is not a SIM of the ${carrierName} account`);
      }
      return { plans: plans.map(offeredCarrierPlan), custom: false };
    },
  };
}

/** The carrier's list when it has one, else the static catalogue. */
export function planSourceFor(carrier: Carrier, log: Logger): PlanSource {
  if (!carrier.plans) return CATALOGUE_SOURCE;
  return carrierPlanSource(carrier.name, (card, signal) => carrier.plans!(card, signal), log);
}

/** The plan `planId` of the card's plans: `plan_unavailable` when it is not (or no longer) among them. */
export function findOffered(offer: CardPlans, planId: string): OfferedPlan {
  const plan = offer.plans.find((p) => p.id === planId);
  if (!plan) throw new ApiError('plan_unavailable', `Plan ${planId} is not offered for this card`, { field: 'planId' });
  return plan;
}

/** What a quote request selects, checked against the card's plans: `plan_unavailable` for what is not offered. */
export function selectionFor(
  offer: CardPlans,
  body: { planId: string } | { custom: CustomCompositionInput },
): QuoteSelection {
  if ('planId' in body) return { plan: findOffered(offer, body.planId) };
  if (!offer.custom) {
    throw new ApiError('plan_unavailable', 'Custom plans are not offered for this card', { field: 'custom' });
  }
  return { custom: body.custom };
}
