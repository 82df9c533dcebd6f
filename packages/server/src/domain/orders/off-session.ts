import type { Currency, PlanSnapshot } from '@urcard/sdk';
import { newId } from '../../ids.ts';
import type { CardRecord, OrderRecord, QuoteRecord, StoreData } from '../../store/types.ts';
import { recordOrderEvent } from '../events/record.ts';
import type { OfferedPlan } from '../plan-source.ts';
import { localeOfName } from '../plan-source.ts';
import { buildQuote } from '../quotes.ts';
import type { OrderDeps } from './deps.ts';
import { newOrder } from './record.ts';

/**
 * The quote of a renewal nobody is present for (an auto-renewal, a low-data top-up): the card's last plan at
 * today's price, in the currency it was bought in, written in the locale its name was in.
 */
export function offSessionQuote(
  deps: Pick<OrderDeps, 'config'>,
  input: {
    card: CardRecord;
    partnerId: string;
    plan: OfferedPlan;
    last: { plan: PlanSnapshot; currency: Currency };
    now: number;
  },
): QuoteRecord {
  const { card, partnerId, plan, last, now } = input;
  return buildQuote({
    id: newId('quo'),
    partnerId,
    cardId: card.id,
    selection: { plan },
    currency: last.currency,
    locale: localeOfName(plan, last.plan.name),
    now,
    ttlMs: deps.config.quoteTtlMs,
  });
}

/** Writes an off-session order of `quote` (with its quote, history line and `order.created`), in `tx`. */
export async function insertOffSessionOrder(
  tx: StoreData,
  deps: Pick<OrderDeps, 'provider'>,
  input: { id: string; card: CardRecord; quote: QuoteRecord; now: number; reason: string; origin?: 'low_data' },
): Promise<OrderRecord> {
  const { id, card, quote, now, reason, origin } = input;
  const order: OrderRecord = {
    ...newOrder({
      provider: deps.provider.name,
      id,
      partnerId: quote.partnerId,
      card,
      quote,
      autoRenew: true,
      offSession: true,
      email: null,
      partnerRef: null,
      providerPaymentId: null,
      providerData: {},
      now,
    }),
    ...(origin ? { origin } : {}),
  };
  await tx.insertQuote(quote);
  await tx.insertOrder(order);
  await tx.insertOrderEvent({ orderId: order.id, from: null, to: order.status, reason, at: now });
  await recordOrderEvent(tx, 'order.created', order, now);
  return order;
}
