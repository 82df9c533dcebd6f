import type { RouteHandler } from './types.ts';

/** GET /v1/orders: the partner's orders, newest first. */
export const listOrders: RouteHandler<'listOrders'> = {
  handle: async ({ services, partner, query }) => {
    const { orders, hasMore } = await services.orders.list({
      partnerId: partner!.id,
      limit: query.limit ?? 20,
      ...(query.starting_after !== undefined ? { startingAfter: query.starting_after } : {}),
      ...(query.status !== undefined ? { status: query.status } : {}),
      ...(query.cardId !== undefined ? { cardId: query.cardId } : {}),
      ...(query.createdAfter !== undefined ? { createdAfter: Date.parse(query.createdAfter) } : {}),
      ...(query.createdBefore !== undefined ? { createdBefore: Date.parse(query.createdBefore) } : {}),
    });
    return { data: await Promise.all(orders.map((o) => services.orders.view(o))), hasMore };
  },
};

/** POST /v1/orders/:orderId/refund: a support refund of a paid or completed order. */
export const refundOrder: RouteHandler<'refundOrder'> = {
  handle: async ({ services, partner, params, body }) => {
    const order = await services.orders.requestSupportRefund(params.orderId!, partner!.id, body.reason ?? null);
    return services.orders.view(order);
  },
};
