import { invalid, missing, StripeApiError } from './api-error.ts';
import { confirm } from './confirm.ts';
import { bool, dict, knownParams, list, str } from './form.ts';
import { token } from './ids.ts';
import type { FakeStripeState, FormObject, Json } from './types.ts';

const SUPPORTED_TYPES = ['card', 'alipay', 'wechat_pay'];

/** What POST /v1/payment_intents takes here; Stripe refuses any other parameter (as the real API does). */
const PAYMENT_INTENT_CREATE_PARAMS = [
  'amount',
  'currency',
  'allowed_payment_method_types',
  'confirm',
  'customer',
  'description',
  'expand',
  'metadata',
  'off_session',
  'payment_method',
  'payment_method_options',
  'receipt_email',
  'setup_future_usage',
];

export function createIntent(state: FakeStripeState, params: FormObject): Json {
  knownParams(params, PAYMENT_INTENT_CREATE_PARAMS);
  const amountText = str(params, 'amount');
  if (amountText === undefined) throw invalid('Missing required param: amount.', 'amount', 'parameter_missing');
  const amount = Number(amountText);
  if (!Number.isInteger(amount) || amount < 1) throw invalid('Invalid integer: amount', 'amount');
  const currency = str(params, 'currency');
  if (!currency) throw invalid('Missing required param: currency.', 'currency', 'parameter_missing');
  if (!/^[a-z]{3}$/.test(currency)) throw invalid(`Invalid currency: ${currency}`, 'currency');
  const allowed = list(params, 'allowed_payment_method_types');
  for (const type of allowed) {
    if (!SUPPORTED_TYPES.includes(type)) {
      throw invalid(`The payment method type "${type}" is invalid.`, 'allowed_payment_method_types');
    }
  }
  const setupFutureUsage = str(params, 'setup_future_usage') ?? null;
  if (setupFutureUsage !== null && !['on_session', 'off_session'].includes(setupFutureUsage)) {
    throw invalid(`Invalid setup_future_usage: ${setupFutureUsage}`, 'setup_future_usage');
  }
  // Stripe answers the allowed methods compatible with the rest (WeChat Pay cannot be saved for later).
  const types = (allowed.length > 0 ? allowed : ['card']).filter((t) => !setupFutureUsage || t !== 'wechat_pay');
  const customer = str(params, 'customer') ?? null;
  if (customer && !state.customers.has(customer)) throw missing('customer', customer, 'customer');
  const id = `pi_${token()}`;
  const pi: Record<string, Json> = {
    id,
    object: 'payment_intent',
    amount,
    amount_capturable: 0,
    amount_received: 0,
    capture_method: 'automatic',
    client_secret: `${id}_secret_${token()}`,
    confirmation_method: 'automatic',
    created: state.created(),
    currency,
    customer,
    description: str(params, 'description') ?? null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    metadata: dict(params, 'metadata'),
    next_action: null,
    payment_method: null,
    payment_method_options: (params.payment_method_options ?? {}) as Json,
    allowed_payment_method_types: allowed.length > 0 ? allowed : null,
    payment_method_types: types,
    setup_future_usage: setupFutureUsage,
    status: 'requires_payment_method',
    canceled_at: null,
    cancellation_reason: null,
  };
  state.paymentIntents.set(id, pi);
  if (bool(params, 'confirm')) {
    confirm(state, pi, params, bool(params, 'off_session'));
  } else if (bool(params, 'off_session')) {
    throw invalid('You can only pass off_session when confirm is true.', 'off_session');
  }
  return expandIntent(state, pi, list(params, 'expand'));
}

export function cancel(state: FakeStripeState, pi: Record<string, Json>, params: FormObject): Json {
  if (pi.status === 'succeeded' || pi.status === 'canceled' || pi.status === 'processing') {
    throw new StripeApiError(400, {
      type: 'invalid_request_error',
      code: 'payment_intent_unexpected_state',
      message: `You cannot cancel this PaymentIntent because it has a status of ${pi.status}.`,
    });
  }
  pi.status = 'canceled';
  pi.canceled_at = state.created();
  pi.cancellation_reason = str(params, 'cancellation_reason') ?? null;
  state.event('payment_intent.canceled', pi);
  return pi;
}

/** `expand[]` of a PaymentIntent: its latest charge and its payment method, as objects. */
export function expandIntent(state: FakeStripeState, pi: Record<string, Json>, expand: string[]): Json {
  const out = structuredClone(pi);
  for (const field of expand) {
    if (field === 'latest_charge' && typeof pi.latest_charge === 'string') {
      out.latest_charge = structuredClone(state.charges.get(pi.latest_charge)!);
    } else if (field === 'payment_method' && typeof pi.payment_method === 'string') {
      out.payment_method = structuredClone(state.paymentMethods.get(pi.payment_method)!) as unknown as Json;
    } else if (field === 'customer' && typeof pi.customer === 'string') {
      out.customer = structuredClone(state.customers.get(pi.customer)!);
    } else if (!['latest_charge', 'payment_method', 'customer'].includes(field)) {
      throw invalid(`This property cannot be expanded (${field}).`, 'expand');
    }
  }
  return out;
}
