import { completeSandboxChallenge, simulateSandboxPayment } from '../payments/sandbox.ts';
import type { RouteHandler } from './types.ts';

export const sandboxPay: RouteHandler<'sandboxPay'> = {
  handle: async ({ services, partner, params, body }) => {
    const order = await services.orders.get(params.orderId!, partner!.id);
    // The order as the payment left it: a fast worker may already have moved it on.
    const after = await simulateSandboxPayment(services.orders, order, body.outcome);
    return services.orders.view(after ?? (await services.orders.get(order.id, partner!.id)));
  },
};

export const sandboxChallenge: RouteHandler<'sandboxChallenge'> = {
  handle: async ({ services, partner, params, body }) => {
    const order = await services.orders.get(params.orderId!, partner!.id);
    const after = await completeSandboxChallenge(services.orders, order, body.result);
    return services.orders.view(after ?? (await services.orders.get(order.id, partner!.id)));
  },
};
