import type { EventsClient, WebhookEndpointsClient } from './back-office-webhooks.ts';
import { webhookClients } from './back-office-webhooks.ts';
import type { ClientOptions } from './client.ts';
import { requestContext } from './client.ts';
import type { ListOrdersQuery, OrderList, RefundOrderRequest } from './contract/back-office.ts';
import type { ImportCardsRequest, ImportCardsResponse } from './contract/card-import.ts';
import type { CurrentCardResponse, SetAutoRenewRequest } from './contract/cards.ts';
import type { Order } from './contract/orders.ts';
import { everyItem } from './paging.ts';
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
    /**
     * Registers the cards you sold (1 to 500), each with the PIN printed in its pack: one answer per card, in the
     * order sent. Importing a card again with the same PIN answers the same id with `created: false`; a different
     * PIN is refused with `card_exists` (409) and nothing is imported. Pass an `idempotencyKey` to retry safely.
     */
    import(input: ImportCardsRequest, options?: IdempotentCallOptions): Promise<ImportCardsResponse>;
    /** Turns a card's auto-renewal off (or on again, where it has a saved payment method), for support staff. */
    setAutoRenew(cardId: string, input: SetAutoRenewRequest, options?: CallOptions): Promise<CurrentCardResponse>;
  };
  /** What happened to your orders and cards (docs/webhooks.md). */
  events: EventsClient;
  /** Where webhooks go, their secrets and their deliveries (docs/webhooks.md). */
  webhookEndpoints: WebhookEndpointsClient;
}

/** The support and reconciliation calls of the API, with your secret key (docs/back-office.md). */
export function createBackOfficeClient(options: BackOfficeOptions): BackOfficeClient {
  const ctx = requestContext(options as ClientOptions);
  const list = (query: ListOrdersQuery = {}, opts?: CallOptions) => callRoute(ctx, 'listOrders', { query }, opts);
  return {
    orders: {
      list,
      listAll: (query = {}, opts) =>
        everyItem((after) => list({ ...query, limit: 100, ...(after ? { starting_after: after } : {}) }, opts)),
      get: (orderId, opts) => callRoute(ctx, 'getOrder', { params: { orderId } }, opts),
      refund: (orderId, input = {}, opts) => callRoute(ctx, 'refundOrder', { params: { orderId }, body: input }, opts),
    },
    cards: {
      import: (input, opts) => callRoute(ctx, 'importCards', { body: input }, opts),
      setAutoRenew: (cardId, input, opts) =>
        callRoute(ctx, 'supportSetAutoRenew', { params: { cardId }, body: input }, opts),
    },
    ...webhookClients(ctx),
  };
}
