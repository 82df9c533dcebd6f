import type { Card } from '@urcard/sdk';
import { localiseCard } from '../domain/card-text.ts';
import { assertRenewable, cardView } from '../domain/cards.ts';
import { setCardAutoRenew } from '../domain/events/card-events.ts';
import { ApiError } from '../errors.ts';
import { clientAddress } from '../http/client-address.ts';
import { rateLimit } from '../http/rate-limit.ts';
import type { Services } from '../services.ts';
import type { CardRecord } from '../store/types.ts';
import { requestedLowData, withLowData } from './card-low-data.ts';
import { answerLocale } from './locale.ts';
import type { RouteHandler } from './types.ts';

/** The card as every card summary shows it: balance and expiry live from the carrier where it has usage. */
export async function liveCardView(services: Services, card: CardRecord): Promise<Card> {
  const live = await services.balances.current(card);
  const view = cardView(
    live.card,
    services.clock.now(),
    services.config.autoRenewLeadDays,
    live.reading,
    services.plans.catalogue,
  );
  return withLowData(services, live.card, view);
}

export const verifyCard: RouteHandler<'verifyCard'> = {
  use: ({ config, clock, rateLimits }) => [
    rateLimit({
      store: rateLimits,
      limit: config.verifyRateLimit,
      windowMs: config.verifyRateWindowMs,
      key: (c) => `verify:${clientAddress(c, config.trustProxy)}`,
      clock,
      message: 'Too many card verifications from this address; wait and try again',
    }),
  ],
  handle: async ({ c, services, body, partner, session }) => {
    const result = await services.cards.verify({
      cardNumber: body.cardNumber,
      pin: body.pin,
      partner: partner!,
      session,
    });
    const live = await services.balances.current(result.card);
    const view = services.cards.sessionView({ ...result, card: live.card }, live.reading, services.plans.catalogue);
    return {
      ...view,
      card: localiseCard(await withLowData(services, live.card, view.card), answerLocale(c), services.plans.catalogue),
    };
  },
};

export const currentCard: RouteHandler<'currentCard'> = {
  handle: async ({ c, services, card }) => ({
    card: localiseCard(await liveCardView(services, card!), answerLocale(c), services.plans.catalogue),
  }),
};

export const setAutoRenew: RouteHandler<'setAutoRenew'> = {
  handle: async ({ c, services, card, body, partner }) => {
    const { store, clock } = services;
    if (body.enabled) {
      assertRenewable(card!);
      if (!card!.savedPaymentMethod) {
        throw new ApiError(
          'auto_renew_unavailable',
          'No saved payment method for this card: pay a renewal with autoRenew: true to save one',
        );
      }
    }
    const lowData = requestedLowData(services, card!, body);
    await setCardAutoRenew(store, {
      cardId: card!.id,
      partnerId: partner!.id,
      enabled: body.enabled,
      now: clock.now(),
      ...(lowData ? { lowData } : {}),
    });
    const updated = await store.getCard(card!.id);
    return { card: localiseCard(await liveCardView(services, updated!), answerLocale(c), services.plans.catalogue) };
  },
};

/** Support staff turn a card's auto-renewal off (or on): only for a card the partner has sold a renewal for. */
export const supportSetAutoRenew: RouteHandler<'supportSetAutoRenew'> = {
  handle: async ({ c, services, partner, params, body }) => {
    const { store, clock } = services;
    const card = await store.getCard(params.cardId!);
    const orders = card ? await store.listOrders({ cardId: card.id, limit: 1000 }) : [];
    if (!card || !orders.some((o) => o.partnerId === partner!.id)) {
      throw new ApiError('not_found', `No card ${params.cardId} among your orders`);
    }
    if (body.enabled && !card.savedPaymentMethod) {
      throw new ApiError(
        'auto_renew_unavailable',
        'No saved payment method for this card: the customer must renew once',
      );
    }
    await setCardAutoRenew(store, { cardId: card.id, partnerId: partner!.id, enabled: body.enabled, now: clock.now() });
    const updated = await store.getCard(card.id);
    return { card: localiseCard(await liveCardView(services, updated!), answerLocale(c), services.plans.catalogue) };
  },
};
