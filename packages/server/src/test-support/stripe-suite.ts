import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { RouteResponse } from '@urcard/sdk';
import type Stripe from 'stripe';
import { STRIPE_WEBHOOK_PATH } from '../payments/stripe.ts';
import type { DeliverOptions, FakeStripe } from './fake-stripe.ts';
import { deliverWebhook, FAKE_STRIPE_KEYS, startFakeStripe } from './fake-stripe.ts';
import type { TestServer } from './harness.ts';
import { startTestServer } from './harness.ts';

type Order = RouteResponse<'getOrder'>;
export type StripePayment = Extract<Order['payment'], { provider: 'stripe' }>;

export const stripePayment = (order: Order): StripePayment => {
  assert.equal(order.payment.provider, 'stripe');
  return order.payment as StripePayment;
};

/**
 * For a describe block of Stripe-mode tests: the local fake of Stripe's API and a server in stripe mode on it,
 * started before and stopped after, and signed webhook delivery to that server.
 */
export function stripeSuite() {
  const suite = { fake: undefined as unknown as FakeStripe, server: undefined as unknown as TestServer };
  before(async () => {
    suite.fake = await startFakeStripe();
    suite.server = await startTestServer({
      payments: 'stripe',
      seed: true,
      ...FAKE_STRIPE_KEYS,
      stripeApiBase: suite.fake.url,
    });
  });
  after(async () => {
    await suite.server?.stop();
    await suite.fake?.close();
  });
  const deliver = (event: Stripe.Event, options?: DeliverOptions) =>
    deliverWebhook(suite.server.url + STRIPE_WEBHOOK_PATH, event, FAKE_STRIPE_KEYS.stripeWebhookSecret, options);
  const deliverOk = async (event: Stripe.Event): Promise<{ received: true; eventId: string; outcome: string }> => {
    const response = await deliver(event);
    const text = await response.text();
    assert.equal(response.status, 200, text);
    return JSON.parse(text);
  };
  return Object.assign(suite, { deliver, deliverOk });
}
