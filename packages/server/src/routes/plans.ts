import type { Plan } from '@urcard/sdk';
import { assertRenewable } from '../domain/cards.ts';
import { customRules } from '../domain/catalogue.ts';
import { ApiError } from '../errors.ts';
import { answerLocale } from './locale.ts';
import type { RouteHandler } from './types.ts';

export const listPlans: RouteHandler<'listPlans'> = {
  handle: async ({ c, services, card, query }) => {
    const locale = answerLocale(c, query.locale);
    assertRenewable(card!, locale);
    const now = services.clock.now();
    const offer = await services.plans.forCard(card!, c.req.raw.signal);
    // A plan not sold in the currency asked is left out (a carrier prices in fewer currencies than we do).
    const plans = offer.plans.flatMap((p) => p.view(query.currency, now, locale) ?? []) satisfies Plan[];
    if (plans.length === 0 && offer.plans.length > 0) {
      throw new ApiError('currency_unsupported', `None of this card’s plans is sold in ${query.currency}`, {
        field: 'currency',
      });
    }
    return {
      currency: query.currency,
      locale,
      plans,
      custom: offer.custom ? customRules(query.currency, locale) : null,
    };
  },
};
