import type { OrderStatus } from '@urcard/sdk';
import { HEADERS } from '@urcard/sdk';
import { Hono } from 'hono';
import type Stripe from 'stripe';
import { ApiError } from '../errors.ts';
import { limitBody } from '../http/body.ts';
import type { AppEnv } from '../http/env.ts';
import { newId } from '../ids.ts';
import type {
  PaymentEvent,
  PaymentEventResult,
  PaymentMethodDetails,
  PaymentProvider,
  ProviderContext,
} from './provider.ts';
import { WEBHOOKS_BASE_PATH } from './provider.ts';
import { paymentErrorFrom } from './stripe-mapping.ts';

/** Stripe's events are small; this leaves room for large metadata and still bounds what we read. */
const WEBHOOK_BODY_LIMIT = 512 * 1024;

/** Where Stripe's webhook events are posted. Register this URL (and its events) in the Stripe dashboard. */
export const STRIPE_WEBHOOK_PATH = `${WEBHOOKS_BASE_PATH}/stripe`;

/** What the webhook needs of the Stripe provider (stripe.ts implements it; this file does not import it). */
export interface StripeEventSource {
  /** Verifies a webhook's signature over the raw body and parses the event (throws when it does not match). */
  constructEvent(rawBody: Uint8Array, signature: string, receivedAt: number): Stripe.Event;
  /** The payment method that paid a PaymentIntent. */
  paymentMethodOf(paymentIntentId: string): Promise<PaymentMethodDetails>;
  refund: PaymentProvider['refund'];
}

const EVENT_TYPES = {
  'payment_intent.succeeded': 'succeeded',
  'payment_intent.payment_failed': 'failed',
  'payment_intent.processing': 'processing',
  'payment_intent.canceled': 'canceled',
} as const satisfies Record<string, PaymentEvent['type']>;

/** The events the webhook acts on (select these for the endpoint); any other is acknowledged and ignored. */
export const STRIPE_WEBHOOK_EVENTS = Object.keys(EVENT_TYPES) as (keyof typeof EVENT_TYPES)[];

const PAYABLE: readonly OrderStatus[] = ['requires_payment', 'processing'];

/** What the webhook did with an event, in its answer (Stripe ignores the body; it helps when debugging). */
export type WebhookOutcome = PaymentEventResult['outcome'] | 'ignored';

/**
 * `POST /v1/webhooks/stripe`: Stripe's events. The signature is checked over the raw body with the endpoint's
 * signing secret (a missing or wrong one is `invalid_request`, 400, and nothing is applied); the PaymentIntent
 * events become payment events, which count once per event id and are ignored when stale. Anything else,
 * including a second delivery, is acknowledged with 200 so that Stripe stops sending it. A failure on our side
 * (database, Stripe unreachable) answers 5xx, and Stripe delivers the event again later.
 */
export function stripeWebhooks(context: ProviderContext, provider: StripeEventSource): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post(
    STRIPE_WEBHOOK_PATH.slice(WEBHOOKS_BASE_PATH.length),
    limitBody(WEBHOOK_BODY_LIMIT, 'A webhook body'),
    async (c) => {
      const signature = c.req.header(HEADERS.stripeSignature);
      if (!signature) {
        context.log.warn('stripe webhook without a signature refused', { requestId: c.get('requestId') });
        throw new ApiError(
          'invalid_request',
          'Missing Stripe-Signature header: this endpoint takes only Stripe events',
          {
            field: HEADERS.stripeSignature,
          },
        );
      }
      const raw = new Uint8Array(await c.req.arrayBuffer());
      let event: Stripe.Event;
      try {
        event = provider.constructEvent(raw, signature, context.clock.now());
      } catch (error) {
        const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
        context.log.warn('stripe webhook with a bad signature refused', { requestId: c.get('requestId'), reason });
        throw new ApiError('invalid_request', `The Stripe signature does not match: ${reason}`, {
          field: HEADERS.stripeSignature,
        });
      }
      const outcome = await handleStripeEvent(event, context, provider);
      return c.json({ received: true, eventId: event.id, outcome });
    },
  );
  return app;
}

/** Applies one verified event. Exported for white-box tests; the route above is the way in. */
export async function handleStripeEvent(
  event: Stripe.Event,
  context: ProviderContext,
  provider: StripeEventSource,
): Promise<WebhookOutcome> {
  const type = (EVENT_TYPES as Record<string, PaymentEvent['type'] | undefined>)[event.type];
  const pi = (event.data as { object?: Partial<Stripe.PaymentIntent> } | undefined)?.object;
  if (!type || pi?.object !== 'payment_intent' || typeof pi.id !== 'string') {
    context.log.debug('stripe event ignored', { eventId: event.id, type: event.type });
    return 'ignored';
  }
  const intent = pi as Stripe.PaymentIntent;
  const order = await context.store.getOrderByProviderPaymentId('stripe', intent.id);
  if (!order) {
    const pending = intent.metadata?.orderId ? await context.store.getOrder(intent.metadata.orderId) : null;
    if (pending?.offSession && pending.providerPaymentId === null && pending.status === 'requires_payment') {
      // An off-session charge whose answer is not stored yet: too early, Stripe will deliver again.
      throw new ApiError('service_unavailable', 'This payment is still being recorded; deliver the event again', {
        retryAfterSeconds: 5,
      });
    }
    context.log.info('stripe event for a payment that is not ours', { eventId: event.id, type: event.type });
    return 'unknown_payment';
  }

  // Stripe dates events to the second; our own news of a payment (an off-session charge's answer) is dated to the
  // millisecond. An event is taken as of the end of its second, so that one from the same second is not mistaken
  // for older news. Between Stripe's own events this changes nothing.
  const occurredAt = event.created * 1000 + 999;
  const base = { provider: 'stripe', eventId: event.id, paymentId: intent.id, occurredAt } as const;
  let paymentEvent: PaymentEvent;
  switch (type) {
    case 'succeeded':
      paymentEvent = {
        ...base,
        type,
        amount: { amount: intent.amount_received || intent.amount, currency: intent.currency.toUpperCase() },
        // The method is read from Stripe only when the order can still take it (a late or repeated event cannot).
        ...(PAYABLE.includes(order.status) ? { paymentMethod: await provider.paymentMethodOf(intent.id) } : {}),
      };
      break;
    case 'failed':
      paymentEvent = { ...base, type, error: paymentErrorFrom(intent.last_payment_error) };
      break;
    default:
      paymentEvent = { ...base, type };
  }
  const result = await context.applyPaymentEvent(paymentEvent);
  if (type === 'succeeded' && result.outcome !== 'applied') {
    await refundIfCanceled(context, provider, intent, order.id, base.occurredAt);
  }
  return result.outcome;
}

/**
 * Money that arrived for an order canceled meanwhile (paid in the last second before it expired, or canceled
 * while the payment was processing) goes back to the customer at once, and both movements are in the ledger.
 * Idempotent: a second delivery of the event finds the refund and does nothing; a failed refund answers 5xx
 * and is tried again when Stripe delivers the event again.
 */
async function refundIfCanceled(
  context: ProviderContext,
  provider: StripeEventSource,
  intent: Stripe.PaymentIntent,
  orderId: string,
  paidAt: number,
): Promise<void> {
  const { store, clock, log } = context;
  const order = await store.getOrder(orderId);
  if (order?.status !== 'canceled') return;
  if ((await store.listPayments(orderId)).some((p) => p.kind === 'refund')) return;
  const amount = { amount: intent.amount_received || intent.amount, currency: intent.currency.toUpperCase() };
  log.warn('payment succeeded for a canceled order: refunding it', { orderId, paymentIntentId: intent.id });
  const { refundId } = await provider.refund({
    orderId,
    paymentId: intent.id,
    amount,
    idempotencyKey: `refund_${orderId}`,
    reason: 'order_canceled',
  });
  const now = clock.now();
  await store.transaction(async (tx) => {
    const base = { orderId, provider: 'stripe', amount } as const;
    const charged = Math.min(paidAt, now);
    await tx.insertPayment({ ...base, id: newId('pay'), kind: 'charge', providerRef: intent.id, createdAt: charged });
    await tx.insertPayment({ ...base, id: newId('pay'), kind: 'refund', providerRef: refundId, createdAt: now });
  });
}
