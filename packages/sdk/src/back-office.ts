import type { ClientOptions } from './client.ts';
import { requestContext } from './client.ts';
import type { ListOrdersQuery, OrderList, RefundOrderRequest } from './contract/back-office.ts';
import type { CurrentCardResponse, SetAutoRenewRequest } from './contract/cards.ts';
import type { Order } from './contract/orders.ts';
import type { CallOptions, IdempotentCallOptions } from './request.ts';
import { callRoute } from './request.ts';

/** A back-office client takes the secret key: it runs on your server, never in a browser. */
export type BackOfficeOptions = Omit<ClientOptions, 'publishableKey' | 'secretKey' | 'customerSession'> & {
  secretKey: string;
};

export interface BackOfficeClient {
  orders: {
    /** One page of your orders, newest first; pass the last id as `starting_after` for the next page. */
    list(query?: ListOrdersQuery, options?: CallOptions): Promise<OrderList>;
    /** Every order matching `query`, newest first, fetched 100 at a time as you iterate. */
    listAll(query?: Omit<ListOrdersQuery, 'starting_after' | 'limit'>, options?: CallOptions): AsyncGenerator<Order>;
    /** One order, with the customer's email (a publishable key sees `email: null`). */
    get(orderId: string, options?: CallOptions): Promise<Order>;
    /**
     * Refunds a paid or completed order (a renewal already applied is reversed). The order is `refunded` at
     * once; `refund.settledAt` is set when the payment provider has given the money back.
     */
    refund(orderId: string, input?: RefundOrderRequest, options?: IdempotentCallOptions): Promise<Order>;
  };
  cards: {
    /** Turns a card's auto-renewal off (or on again, where it has a saved payment method), for support staff. */
    setAutoRenew(cardId: string, input: SetAutoRenewRequest, options?: CallOptions): Promise<CurrentCardResponse>;
  };
}

/** The support and reconciliation calls of the API, with your secret key (docs/back-office.md). */
export function createBackOfficeClient(options: BackOfficeOptions): BackOfficeClient {
  const ctx = requestContext(options as ClientOptions);
  const list = (query: ListOrdersQuery = {}, opts?: CallOptions) => callRoute(ctx, 'listOrders', { query }, opts);
  async function* listAll(query: Omit<ListOrdersQuery, 'starting_after' | 'limit'> = {}, opts?: CallOptions) {
    let page = await list({ ...query, limit: 100 }, opts);
    // Bounded by the pages the server has: each one moves the cursor past its last order.
    for (;;) {
      yield* page.data;
      const last = page.data.at(-1);
      if (!page.hasMore || !last) return;
      page = await list({ ...query, limit: 100, starting_after: last.id }, opts);
    }
  }
  return {
    orders: {
      list,
      listAll,
      get: (orderId, opts) => callRoute(ctx, 'getOrder', { params: { orderId } }, opts),
      refund: (orderId, input = {}, opts) => callRoute(ctx, 'refundOrder', { params: { orderId }, body: input }, opts),
    },
    cards: {
      setAutoRenew: (cardId, input, opts) =>
        callRoute(ctx, 'supportSetAutoRenew', { params: { cardId }, body: input }, opts),
    },
  };
}
