import type { Card, CardStatus, ContentLocale } from '@urcard/sdk';
import { DEFAULT_CONTENT_LOCALE, EXPIRY_WARNING_DAYS } from '@urcard/sdk';
import { calendarDaysBetween, iso } from '../clock.ts';
import { ApiError } from '../errors.ts';
import type { CardRecord } from '../store/types.ts';
import { nextAutoRenewal } from './auto-renewal.ts';
import { SERVER_BALANCE } from './balances.ts';
import { stateReason } from './card-text.ts';

export function maskCardNumber(last4: string): string {
  return `•••• •••• ${last4}`;
}

/** Whole UTC calendar days left: stable through the day, 0 on the last day, negative once expired. */
export function daysLeft(card: CardRecord, now: number): number {
  return calendarDaysBetween(now, card.expiresAt);
}

export function cardStatus(card: CardRecord, now: number): CardStatus {
  if (card.state !== 'active') return 'suspended';
  if (card.expiresAt <= now) return 'expired';
  return daysLeft(card, now) <= EXPIRY_WARNING_DAYS ? 'expiring' : 'active';
}

/** The next auto-renewal of a card: while it is on, with a saved payment method and a plan to renew. */
function nextCharge(card: CardRecord, leadDays: number, catalogue: boolean): Card['autoRenew']['nextCharge'] {
  if (!card.autoRenew || !card.savedPaymentMethod || !card.lastPurchase) return null;
  const { plan, currency, price } = card.lastPurchase;
  return nextAutoRenewal(plan, currency, card.expiresAt, leadDays, price ?? null, catalogue);
}

/**
 * The card as the API shows it: never the full number. `leadDays` is `config.autoRenewLeadDays`; `reading` says how
 * fresh the balance is (LiveBalances.current; a carrier without usage: the server's own values).
 */
export function cardView(
  card: CardRecord,
  now: number,
  leadDays: number,
  reading = SERVER_BALANCE,
  /** PlanSource.catalogue: whether plan ids are the static catalogue's. */
  catalogue = true,
): Card {
  const renewable = card.state === 'active';
  return {
    id: card.id,
    maskedNumber: maskCardNumber(card.last4),
    last4: card.last4,
    status: cardStatus(card, now),
    expiresAt: iso(card.expiresAt),
    daysLeft: daysLeft(card, now),
    currentPlan: card.currentPlan,
    balance: { ...card.balance, asOf: reading.asOf === null ? null : iso(reading.asOf), stale: reading.stale },
    coverage: card.coverage,
    autoRenew: {
      enabled: card.autoRenew,
      hasPaymentMethod: card.savedPaymentMethod !== null,
      nextCharge: nextCharge(card, leadDays, catalogue),
    },
    renewable,
    notRenewableReason: renewable
      ? null
      : { code: card.state as Exclude<CardRecord['state'], 'active'>, message: card.stateReason ?? 'Not renewable' },
  };
}

/** `card_not_renewable` with the card's reason, in `locale` where the catalogue has it. */
export function assertRenewable(card: CardRecord, locale: ContentLocale = DEFAULT_CONTENT_LOCALE): void {
  if (card.state !== 'active') {
    const message = card.stateReason ?? `The card cannot be renewed (${card.state})`;
    throw new ApiError('card_not_renewable', card.stateReason ? stateReason(card.state, message, locale) : message);
  }
}
