import { completeSandboxChallenge, simulateSandboxPayment } from '../payments/sandbox.ts';
import type { RouteHandler } from './types.ts';

export const sandboxPay: RouteHandler<'sandboxPay'> = {
  handle: async ({ services, partner, params, body }) => {
    const order = await services.orders.get(params.orderId!, partner!.id);
    await simulateSandboxPayment(services.orders, order, body.outcome);
    return services.orders.view(await services.orders.get(order.id, partner!.id));
  },
};

export const sandboxChallenge: RouteHandler<'sandboxChallenge'> = {
  handle: async ({ services, partner, params, body }) => {
    const order = await services.orders.get(params.orderId!, partner!.id);
    await completeSandboxChallenge(services.orders, order, body.result);
    return services.orders.view(await services.orders.get(order.id, partner!.id));
  },
};
