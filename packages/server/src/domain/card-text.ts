import type { Card, ContentLocale, Order } from '@urcard/sdk';
import { en } from './catalogue-text/en.ts';
import type { CatalogueText } from './catalogue-text/index.ts';
import { catalogueText } from './catalogue-text/index.ts';

type ReasonKey = keyof CatalogueText['reasons'];
const REASON_OF_STATE: Record<NonNullable<Card['notRenewableReason']>['code'], ReasonKey> = {
  suspended: 'suspended',
  terminated: 'terminated',
  carrier_hold: 'carrierHold',
};

/** Why a card in `state` cannot be renewed, in `locale` (its stored reason translated, if it is the catalogue's). */
export function stateReason(
  state: NonNullable<Card['notRenewableReason']>['code'],
  message: string,
  locale: ContentLocale,
): string {
  return localiseReason(message, REASON_OF_STATE[state], locale);
}

/** The catalogue's key of an English reason stored on a card or an order (test cards, simulated carrier). */
export function reasonKey(message: string): ReasonKey | null {
  const keys = Object.keys(en.reasons) as ReasonKey[];
  return keys.find((key) => en.reasons[key] === message) ?? null;
}

/**
 * A reason in `locale`: the catalogue's own reasons are translated; another reason (a real carrier's words) stays
 * as given in English and is replaced by the state's general reason in the other locales.
 */
export function localiseReason(message: string, fallback: ReasonKey, locale: ContentLocale): string {
  const key = reasonKey(message);
  if (key) return catalogueText(locale).reasons[key];
  return locale === 'en' ? message : catalogueText(locale).reasons[fallback];
}

/** The card view in `locale`: the not-renewable reason, and the current plan's name when it is a catalogue plan. */
export function localiseCard(card: Card, locale: ContentLocale, catalogue = true): Card {
  const text = catalogueText(locale);
  const reason = card.notRenewableReason;
  const plan = card.currentPlan;
  return {
    ...card,
    currentPlan:
      plan && catalogue && Object.hasOwn(text.plans, plan.id)
        ? { ...plan, name: text.plans[plan.id as keyof CatalogueText['plans']].name }
        : plan,
    notRenewableReason: reason && {
      ...reason,
      message: localiseReason(reason.message, REASON_OF_STATE[reason.code], locale),
    },
  };
}

/**
 * The order view in `locale`: a failure reason the catalogue knows (the simulated carrier's refusal) is translated;
 * a real carrier's own words (English) stay in English and become the catalogue's general refusal elsewhere.
 */
export function localiseOrder(order: Order, locale: ContentLocale): Order {
  const { failure } = order;
  if (!failure) return order;
  const key =
    reasonKey(failure.message) ?? (failure.code === 'carrier_rejected' && locale !== 'en' ? 'carrierRefused' : null);
  if (!key) return order;
  return { ...order, failure: { ...failure, message: catalogueText(locale).reasons[key] } };
}
