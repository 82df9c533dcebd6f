import type { ContentLocale, Currency, LineItem, Money, PlanSnapshot, Quote } from '@urcard/sdk';
import { DEFAULT_CONTENT_LOCALE } from '@urcard/sdk';
import { iso } from '../clock.ts';
import { ApiError } from '../errors.ts';
import type { QuoteRecord } from '../store/types.ts';
import { nextAutoRenewal, planLinePrice, renewedExpiry } from './auto-renewal.ts';
import type { CustomCompositionInput } from './catalogue.ts';
import { CUSTOM_AUTO_RENEW_ALLOWED, priceCustom } from './catalogue.ts';
import type { OfferedPlan } from './plan-source.ts';
import { applyPromo } from './promos.ts';

/** A plan of the card's plans (plan-source.ts findOffered), or a composition of the custom builder. */
export type QuoteSelection = { plan: OfferedPlan } | { custom: CustomCompositionInput };

export interface QuoteInput {
  id: string;
  partnerId: string;
  cardId: string;
  selection: QuoteSelection;
  currency: Currency;
  promoCode?: string;
  /** The language of the plan name and the descriptions; English when absent (renewals nobody is present for). */
  locale?: ContentLocale;
  now: number;
  ttlMs: number;
}

/** Prices a plan or a composition in a currency, with an optional promo code. The only place prices are made. */
export function buildQuote(input: QuoteInput): QuoteRecord {
  const { currency, now } = input;
  const locale = input.locale ?? DEFAULT_CONTENT_LOCALE;
  let plan: PlanSnapshot;
  let lineItems: LineItem[];
  let autoRenewAllowed: boolean;
  if ('plan' in input.selection) {
    const definition = input.selection.plan;
    const priced = definition.price(currency, now, locale);
    if (!priced) {
      throw new ApiError('currency_unsupported', `Plan ${definition.id} is not sold in ${currency}`, {
        field: 'currency',
      });
    }
    const { price, promotion } = priced;
    plan = definition.snapshot(locale);
    lineItems = [
      {
        kind: 'plan',
        description: promotion ? `${plan.name} (${promotion.label})` : plan.name,
        amount: price,
      },
    ];
    autoRenewAllowed = definition.autoRenewAllowed;
  } else {
    const custom = priceCustom(input.selection.custom, currency, locale);
    plan = custom.snapshot;
    lineItems = custom.lineItems;
    autoRenewAllowed = CUSTOM_AUTO_RENEW_ALLOWED;
  }
  const subtotal: Money = { amount: lineItems.reduce((sum, item) => sum + item.amount.amount, 0), currency };
  let discount: Money = { amount: 0, currency };
  let promo: QuoteRecord['promo'] = null;
  if (input.promoCode !== undefined) {
    const applied = applyPromo(input.promoCode, { tier: plan.tier, subtotal, currency, now, locale });
    discount = applied.discount;
    promo = applied.promo;
  }
  return {
    id: input.id,
    partnerId: input.partnerId,
    cardId: input.cardId,
    currency,
    plan,
    lineItems,
    subtotal,
    discount,
    total: { amount: subtotal.amount - discount.amount, currency },
    promo,
    autoRenewAllowed,
    expiresAt: now + input.ttlMs,
    createdAt: now,
  };
}

/** What a quote's view needs from the card it prices: its expiry now, and the auto-renew rule. */
export interface QuoteCardContext {
  cardExpiresAt: number;
  now: number;
  autoRenewLeadDays: number;
  /** PlanSource.catalogue (default true): whether the plan's next charge may be priced from the catalogue. */
  catalogue?: boolean;
}

/** The quote as the API shows it; `locale` is the one it was built in. */
export function quoteView(quote: QuoteRecord, locale: ContentLocale, card: QuoteCardContext): Quote {
  const newExpiresAt = renewedExpiry(card.cardExpiresAt, quote.plan.validityDays, card.now);
  return {
    id: quote.id,
    cardId: quote.cardId,
    currency: quote.currency,
    plan: quote.plan,
    lineItems: quote.lineItems,
    subtotal: quote.subtotal,
    discount: quote.discount,
    total: quote.total,
    promo: quote.promo,
    autoRenewAllowed: quote.autoRenewAllowed,
    newExpiresAt: iso(newExpiresAt),
    autoRenewal: quote.autoRenewAllowed
      ? nextAutoRenewal(
          quote.plan,
          quote.currency,
          newExpiresAt,
          card.autoRenewLeadDays,
          planLinePrice(quote.lineItems),
          card.catalogue ?? true,
        )
      : null,
    expiresAt: iso(quote.expiresAt),
    locale,
  };
}
