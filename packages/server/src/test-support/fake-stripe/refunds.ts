import { invalid, missing, raise, StripeApiError } from './api-error.ts';
import { dict, str } from './form.ts';
import { token } from './ids.ts';
import type { FakeStripeState, FormObject, Json } from './types.ts';

export function createRefund(state: FakeStripeState, params: FormObject): Json {
  const piId = str(params, 'payment_intent');
  if (!piId) throw invalid('Missing required param: payment_intent.', 'payment_intent', 'parameter_missing');
  const pi = state.paymentIntents.get(piId) ?? raise(missing('payment_intent', piId, 'payment_intent'));
  if (pi.status !== 'succeeded') {
    throw invalid(`This PaymentIntent (${piId}) does not have a successful charge to refund.`, 'payment_intent');
  }
  const charge = state.charges.get(pi.latest_charge as string)!;
  const remaining = (charge.amount as number) - (charge.amount_refunded as number);
  if (remaining <= 0) {
    throw new StripeApiError(400, {
      type: 'invalid_request_error',
      code: 'charge_already_refunded',
      message: `Charge ${charge.id} has already been refunded.`,
    });
  }
  const amount = str(params, 'amount') === undefined ? remaining : Number(str(params, 'amount'));
  if (!Number.isInteger(amount) || amount < 1 || amount > remaining) {
    throw invalid(`Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`, 'amount');
  }
  charge.amount_refunded = (charge.amount_refunded as number) + amount;
  charge.refunded = charge.amount_refunded === charge.amount;
  const refund = {
    id: `re_${token()}`,
    object: 'refund',
    amount,
    charge: charge.id!,
    created: state.created(),
    currency: pi.currency!,
    metadata: dict(params, 'metadata'),
    payment_intent: piId,
    reason: str(params, 'reason') ?? null,
    status: 'succeeded',
  };
  state.refunds.set(refund.id, refund);
  return refund;
}

/** GET /v1/refunds: the refunds (of one PaymentIntent when `payment_intent` is given), newest first. */
export function listRefunds(state: FakeStripeState, params: FormObject): Json {
  const pi = str(params, 'payment_intent');
  const data = [...state.refunds.values()].filter((x) => !pi || x.payment_intent === pi).reverse();
  return { object: 'list', data, has_more: false, url: '/v1/refunds' };
}
