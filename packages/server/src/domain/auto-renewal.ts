import type { AutoRenewal, Currency, LineItem, Money, PlanSnapshot } from '@urcard/sdk';
import { DAY_MS, iso } from '../clock.ts';
import { findPlan, planPrice } from './catalogue.ts';

// What the customer is told about automatic renewal before and after paying. The scheduler charges with the same
// rule (jobs/scheduler.ts: `leadDays` before expiry, the last plan at its price then): both read it from here.

/** The expiry a renewal of `validityDays` gives a card expiring at `expiresAt`: from today once it has expired. */
export function renewedExpiry(expiresAt: number, validityDays: number, now: number): number {
  return Math.max(now, expiresAt) + validityDays * DAY_MS;
}

/** When the auto-renewal of a card expiring at `expiresAt` is charged. */
export function autoRenewChargeAt(expiresAt: number, leadDays: number): number {
  return expiresAt - leadDays * DAY_MS;
}

/**
 * The charge auto-renew makes before `expiresAt` for `plan`, in `currency`: the plan at its price on the charge
 * date, no promo code (a code is for one purchase). Null when the plan cannot renew itself (custom plans, plans no
 * longer offered or without auto-renew).
 *
 * With a carrier's plans (`catalogue` false: Airalo's top-ups), or for a plan not in the static catalogue, the price
 * is the carrier's, known only by asking it, so the charge shown is `lastPrice`, the plan's price when it was last
 * quoted (carriers' packages have no promotions); null without one. The renewal itself is priced on the day.
 */
export function nextAutoRenewal(
  plan: Pick<PlanSnapshot, 'planId'>,
  currency: Currency,
  expiresAt: number,
  leadDays: number,
  lastPrice: Money | null = null,
  /** False when plans are a carrier's packages (PlanSource.catalogue): never priced from the catalogue. */
  catalogue = true,
): AutoRenewal | null {
  if (!plan.planId) return null;
  const definition = catalogue ? findPlan(plan.planId) : undefined;
  const chargeAt = autoRenewChargeAt(expiresAt, leadDays);
  if (!definition) return lastPrice ? { amount: lastPrice, chargeAt: iso(chargeAt), leadDays } : null;
  if (!definition.autoRenewAllowed) return null;
  return { amount: planPrice(definition, currency, chargeAt).price, chargeAt: iso(chargeAt), leadDays };
}

/** The plan's own line of a quote or an order (its price before add-ons and discounts). */
export function planLinePrice(lineItems: readonly LineItem[]): Money | null {
  return lineItems.find((item) => item.kind === 'plan')?.amount ?? null;
}
