import { missing, raise, StripeApiError } from './api-error.ts';
import { confirm } from './confirm.ts';
import { createCustomer } from './customers.ts';
import { bool, list } from './form.ts';
import { cancel, createIntent, expandIntent } from './payment-intents.ts';
import { createRefund, listRefunds } from './refunds.ts';
import type { FakeStripeState, Json, RecordedRequest } from './types.ts';

/** Does what a request to `/v1/…` asks, by its method and path; throws a StripeApiError to answer an error. */
export function routeRequest(state: FakeStripeState, r: RecordedRequest): Json {
  const { method, path, params } = r;
  const [, resource, id, action] = /^\/v1\/([a-z_]+)(?:\/([^/]+))?(?:\/([a-z_]+))?$/.exec(path) ?? [];
  const route = `${method} ${resource ?? path}${id ? '/:id' : ''}${action ? `/${action}` : ''}`;
  switch (route) {
    case 'POST customers':
      return createCustomer(state, params);
    case 'GET customers/:id':
      return state.customers.get(id!) ?? raise(missing('customer', id!, 'id'));
    case 'POST payment_intents':
      return createIntent(state, params);
    case 'GET payment_intents/:id':
      return expandIntent(state, intentOr404(state, id!), list(params, 'expand'));
    case 'POST payment_intents/:id/confirm': {
      const pi = confirm(state, intentOr404(state, id!), params, bool(params, 'off_session'));
      return expandIntent(state, pi, list(params, 'expand'));
    }
    case 'POST payment_intents/:id/cancel':
      return cancel(state, intentOr404(state, id!), params);
    case 'GET payment_methods/:id':
      return (state.paymentMethods.get(id!) as unknown as Json) ?? raise(missing('payment_method', id!, 'id'));
    case 'GET charges/:id':
      return state.charges.get(id!) ?? raise(missing('charge', id!, 'id'));
    case 'POST refunds':
      return createRefund(state, params);
    case 'GET refunds':
      return listRefunds(state, params);
  }
  throw new StripeApiError(404, {
    type: 'invalid_request_error',
    message: `Unrecognized request URL (${method}: ${path}). (This fake implements only what urcard calls.)`,
  });
}

function intentOr404(state: FakeStripeState, id: string): Record<string, Json> {
  return state.paymentIntents.get(id) ?? raise(missing('payment_intent', id, 'intent'));
}
