import type Stripe from 'stripe';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type FormValue = string | FormValue[] | FormObject;
export interface FormObject {
  [key: string]: FormValue;
}

export interface RecordedRequest {
  method: string;
  /** The path without its query string, e.g. `/v1/payment_intents`. */
  path: string;
  /** The form body (POST) or the query (GET), nested: `metadata[orderId]` is `params.metadata.orderId`. */
  params: FormObject;
  idempotencyKey: string | null;
  /** Answered from the idempotency cache rather than done again. */
  replayed: boolean;
  status: number;
}

/** How a payment method behaves when a PaymentIntent is confirmed with it. */
export type FakeOutcome = 'succeeded' | 'card_declined' | 'authentication_required' | 'processing';

export interface FakePaymentMethod {
  id: string;
  object: 'payment_method';
  type: 'card' | 'alipay' | 'wechat_pay';
  card: { brand: string; last4: string; exp_month: number; exp_year: number; funding: string } | null;
  alipay?: Record<string, never>;
  wechat_pay?: Record<string, never>;
  customer: string | null;
  created: number;
  livemode: false;
  metadata: Record<string, string>;
}

/** What the resource handlers (customers, payment intents, refunds) read and change: the fake's objects. */
export interface FakeStripeState {
  readonly customers: Map<string, Record<string, Json>>;
  readonly paymentIntents: Map<string, Record<string, Json>>;
  readonly paymentMethods: Map<string, FakePaymentMethod>;
  readonly charges: Map<string, Record<string, Json>>;
  readonly refunds: Map<string, Record<string, Json>>;
  readonly outcomes: Map<string, FakeOutcome>;
  /** Now, in seconds (Stripe's `created`). */
  created(): number;
  /** Records the event Stripe sends about `object` (see FakeStripe.event). */
  event(type: string, object: Record<string, Json>): Stripe.Event;
}
