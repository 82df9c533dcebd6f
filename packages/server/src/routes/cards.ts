import { assertRenewable, cardView } from '../domain/cards.ts';
import { setCardAutoRenew } from '../domain/events/card-events.ts';
import { ApiError } from '../errors.ts';
import { clientAddress } from '../http/client-address.ts';
import { rateLimit } from '../http/rate-limit.ts';
import type { RouteHandler } from './types.ts';

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
  handle: async ({ services, body, partner, session }) => {
    const result = await services.cards.verify({
      cardNumber: body.cardNumber,
      pin: body.pin,
      partner: partner!,
      session,
    });
    return services.cards.sessionView(result);
  },
};

export const currentCard: RouteHandler<'currentCard'> = {
  handle: async ({ services, card }) => ({ card: cardView(card!, services.clock.now()) }),
};

export const setAutoRenew: RouteHandler<'setAutoRenew'> = {
  handle: async ({ services, card, body, partner }) => {
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
    await setCardAutoRenew(store, {
      cardId: card!.id,
      partnerId: partner!.id,
      enabled: body.enabled,
      now: clock.now(),
    });
    const updated = await store.getCard(card!.id);
    return { card: cardView(updated!, clock.now()) };
  },
};
