import type { CustomerSession } from '@urcard/sdk';
import { localiseCard } from '../domain/card-text.ts';
import { ApiError } from '../errors.ts';
import { withLowData } from './card-low-data.ts';
import { liveCardView } from './cards.ts';
import { answerLocale } from './locale.ts';
import type { RouteHandler } from './types.ts';

/** Minutes a customer session lasts when the request does not say (the contract's default). */
export const DEFAULT_CUSTOMER_SESSION_MINUTES = 60;

export const createCustomerSession: RouteHandler<'createCustomerSession'> = {
  handle: async ({ services, partner, body, seed }) =>
    services.cards.createCustomerSession({
      partner: partner!,
      customerId: body.customerId,
      ttlMinutes: body.ttlMinutes ?? DEFAULT_CUSTOMER_SESSION_MINUTES,
      seed,
    }),
  // The token is a bearer secret: the stored copy has none, and a replay gets a new token for the same session.
  redact: (session) => ({ ...session, token: null }),
  rehydrate: async (stored, { services }) => {
    const session = stored as Omit<CustomerSession, 'token'>;
    return { ...session, token: await services.cards.newSessionToken(session.id) };
  },
};

export const listBoundCards: RouteHandler<'listBoundCards'> = {
  handle: async ({ c, services, partner, session }) => {
    const cards = await services.store.listBoundCards(partner!.id, session!.customerId);
    const locale = answerLocale(c);
    const views = await Promise.all(cards.map((card) => liveCardView(services, card)));
    return { cards: views.map((view) => localiseCard(view, locale, services.plans.catalogue)) };
  },
};

export const selectBoundCard: RouteHandler<'selectBoundCard'> = {
  handle: async ({ c, services, partner, session, params }) => {
    const { store, clock, cards } = services;
    const cardId = params.cardId!;
    const bound = await store.isCardBound(partner!.id, session!.customerId, cardId);
    const card = bound ? await store.getCard(cardId) : null;
    if (!card) throw new ApiError('not_found', `No card ${cardId} is bound to this customer`);
    const issued = await store.transaction((tx) => cards.issueToken(tx, card, partner!, clock.now()));
    const live = await services.balances.current(card);
    const view = cards.sessionView({ ...issued, card: live.card }, live.reading, services.plans.catalogue);
    const shown = await withLowData(services, live.card, view.card);
    return { ...view, card: localiseCard(shown, answerLocale(c), services.plans.catalogue) };
  },
};
