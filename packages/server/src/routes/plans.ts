import { assertRenewable } from '../domain/cards.ts';
import { customRules, PLANS, toPlan } from '../domain/catalogue.ts';
import type { RouteHandler } from './types.ts';

export const listPlans: RouteHandler<'listPlans'> = {
  handle: async ({ services, card, query }) => {
    assertRenewable(card!);
    const now = services.clock.now();
    return {
      currency: query.currency,
      plans: PLANS.map((plan) => toPlan(plan, query.currency, now)),
      custom: customRules(query.currency),
    };
  },
};
