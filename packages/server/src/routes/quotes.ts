import { assertRenewable } from '../domain/cards.ts';
import { selectionFor } from '../domain/plan-source.ts';
import { buildQuote, quoteView } from '../domain/quotes.ts';
import { newId } from '../ids.ts';
import { answerLocale } from './locale.ts';
import type { RouteHandler } from './types.ts';

export const createQuote: RouteHandler<'createQuote'> = {
  handle: async ({ c, services, card, partner, body }) => {
    const locale = answerLocale(c, body.locale);
    assertRenewable(card!, locale);
    const offer = await services.plans.forCard(card!, c.req.raw.signal);
    const now = services.clock.now();
    const quote = buildQuote({
      id: newId('quo'),
      partnerId: partner!.id,
      cardId: card!.id,
      selection: selectionFor(offer, body),
      currency: body.currency,
      ...(body.promoCode === undefined ? {} : { promoCode: body.promoCode }),
      locale,
      now,
      ttlMs: services.config.quoteTtlMs,
    });
    await services.store.insertQuote(quote);
    return quoteView(quote, locale, {
      cardExpiresAt: card!.expiresAt,
      now,
      autoRenewLeadDays: services.config.autoRenewLeadDays,
      catalogue: services.plans.catalogue,
    });
  },
};
