import type { Order } from '@urcard/sdk';
import { localiseOrder } from '../domain/card-text.ts';
import { derivedId, newId } from '../ids.ts';
import type { Services } from '../services.ts';
import { answerLocale } from './locale.ts';
import type { RouteHandler } from './types.ts';

/** A stored order response for a replay: the same order, with its payment block as it is now. */
async function currentPayment(stored: unknown, services: Services): Promise<Order> {
  const order = stored as Order;
  const current = await services.store.getOrder(order.id);
  return current ? { ...order, payment: (await services.orders.view(current)).payment } : order;
}

/** Client secrets are handed out, never stored (not even in idempotent responses). */
function withoutClientSecret(order: Order): Order {
  return order.payment.provider === 'stripe' ? { ...order, payment: { ...order.payment, clientSecret: null } } : order;
}

export const createOrder: RouteHandler<'createOrder'> = {
  handle: async ({ services, partner, card, body, seed }) => {
    const { order, clientSecret } = await services.orders.create({
      orderId: seed ? derivedId('ord', seed) : newId('ord'),
      partner: partner!,
      card: card!,
      quoteId: body.quoteId,
      autoRenew: body.autoRenew,
      email: body.email ?? null,
      partnerRef: body.partnerRef ?? null,
      locale: body.locale ?? null,
      ...(body.paymentMethodTypes ? { paymentMethodTypes: body.paymentMethodTypes } : {}),
    });
    return services.orders.view(order, { clientSecret });
  },
  redact: withoutClientSecret,
  rehydrate: (stored, { services }) => currentPayment(stored, services),
};

export const getOrder: RouteHandler<'getOrder'> = {
  handle: async ({ c, services, partner, params, keyKind, card }) => {
    const order = await services.orders.get(params.orderId!, partner!.id);
    const view = await services.orders.viewFor(order, { secretKey: keyKind === 'secret', card });
    return localiseOrder(view, answerLocale(c));
  },
};
