import { invalid, StripeApiError } from './api-error.ts';
import { paymentMethodFor } from './customers.ts';
import { str } from './form.ts';
import { token } from './ids.ts';
import type { FakeOutcome, FakePaymentMethod, FakeStripeState, FormObject, Json } from './types.ts';

const STRIPE_ERRORS: Record<Exclude<FakeOutcome, 'succeeded' | 'processing'>, Record<string, Json>> = {
  card_declined: {
    type: 'card_error',
    code: 'card_declined',
    decline_code: 'generic_decline',
    message: 'Your card was declined.',
  },
  authentication_required: {
    type: 'card_error',
    code: 'authentication_required',
    decline_code: 'authentication_required',
    message: 'Your card was declined. This transaction requires authentication.',
  },
};

/** Confirms a PaymentIntent with `params.payment_method`: charges it, or declines it like Stripe does. */
export function confirm(
  state: FakeStripeState,
  pi: Record<string, Json>,
  params: FormObject,
  offSession: boolean,
): Record<string, Json> {
  if (!['requires_payment_method', 'requires_confirmation', 'requires_action'].includes(String(pi.status))) {
    throw new StripeApiError(400, {
      type: 'invalid_request_error',
      code: 'payment_intent_unexpected_state',
      message: `This PaymentIntent's status is ${pi.status}, so it cannot be confirmed.`,
      payment_intent: structuredClone(pi),
    });
  }
  const pmId = str(params, 'payment_method') ?? (pi.payment_method as string | null);
  if (!pmId) throw invalid('You must provide a payment_method to confirm this PaymentIntent.', 'payment_method');
  const pm = paymentMethodFor(state, pmId);
  if (!(pi.payment_method_types as string[]).includes(pm.type)) {
    throw invalid(
      `The PaymentMethod type ${pm.type} is not allowed by this PaymentIntent's payment_method_types.`,
      'payment_method',
      'payment_intent_incompatible_payment_method',
    );
  }
  if (pm.customer && pm.customer !== pi.customer) {
    throw invalid(
      `The provided PaymentMethod ${pm.id} belongs to another Customer.`,
      'payment_method',
      'payment_method_not_available',
    );
  }
  if (offSession && (!pi.customer || pm.customer !== pi.customer)) {
    throw invalid(
      'The provided PaymentMethod was previously used without being attached to a Customer, so it cannot be used off-session.',
      'payment_method',
    );
  }
  pi.payment_method = pm.id;
  const outcome = state.outcomes.get(pm.id) ?? 'succeeded';
  if (outcome === 'processing') {
    pi.status = 'processing';
    pi.last_payment_error = null;
    state.event('payment_intent.processing', pi);
    return pi;
  }
  if (outcome === 'authentication_required' && !offSession) {
    pi.status = 'requires_action';
    pi.next_action = { type: 'use_stripe_sdk', use_stripe_sdk: {} };
    state.event('payment_intent.requires_action', pi);
    return pi;
  }
  if (outcome === 'succeeded') return succeed(state, pi, pm);
  const charge = createCharge(state, pi, pm, false);
  const error = { ...STRIPE_ERRORS[outcome], charge: charge.id as string, payment_method: pm as unknown as Json };
  pi.status = 'requires_payment_method';
  pi.last_payment_error = error;
  state.event('payment_intent.payment_failed', pi);
  throw new StripeApiError(402, { ...error, payment_intent: structuredClone(pi) });
}

export function succeed(state: FakeStripeState, pi: Record<string, Json>, pm: FakePaymentMethod): Record<string, Json> {
  if (pi.setup_future_usage && pi.customer && pm.type !== 'wechat_pay') pm.customer = pi.customer as string;
  createCharge(state, pi, pm, true);
  pi.status = 'succeeded';
  pi.amount_received = pi.amount as number;
  pi.last_payment_error = null;
  pi.next_action = null;
  state.event('payment_intent.succeeded', pi);
  return pi;
}

function createCharge(
  state: FakeStripeState,
  pi: Record<string, Json>,
  pm: FakePaymentMethod,
  paid: boolean,
): Record<string, Json> {
  const charge: Record<string, Json> = {
    id: `ch_${token()}`,
    object: 'charge',
    amount: pi.amount!,
    amount_refunded: 0,
    created: state.created(),
    currency: pi.currency!,
    customer: pi.customer!,
    livemode: false,
    paid,
    payment_intent: pi.id!,
    payment_method: pm.id,
    payment_method_details:
      pm.type === 'card'
        ? { type: 'card', card: { brand: pm.card!.brand, last4: pm.card!.last4, funding: pm.card!.funding } }
        : { type: pm.type, [pm.type]: {} },
    refunded: false,
    status: paid ? 'succeeded' : 'failed',
  };
  state.charges.set(charge.id as string, charge);
  pi.latest_charge = charge.id as string;
  return charge;
}
