import { assertRenewable } from '../domain/cards.ts';
import { customRules, PLANS, toPlan } from '../domain/catalogue.ts';
import { answerLocale } from './locale.ts';
import type { RouteHandler } from './types.ts';

export const listPlans: RouteHandler<'listPlans'> = {
  handle: async ({ c, services, card, query }) => {
    const locale = answerLocale(c, query.locale);
    assertRenewable(card!, locale);
    const now = services.clock.now();
    return {
      currency: query.currency,
      locale,
      plans: PLANS.map((plan) => toPlan(plan, query.currency, now, locale)),
      custom: customRules(query.currency, locale),
    };
  },
};
