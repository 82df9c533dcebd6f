import type { PaymentMethodSummary } from '@urcard/sdk';
import type Stripe from 'stripe';
import type { PaymentErrorCode } from '../store/types.ts';
import type { PaymentMethodDetails } from './provider.ts';

/** What a declined or failed Stripe payment says: `last_payment_error`, or a thrown card error. */
export interface StripeErrorLike {
  type?: string;
  code?: string | null;
  decline_code?: string | null;
  message?: string | null;
}

const AUTHENTICATION_CODES = new Set([
  'authentication_required',
  'payment_intent_authentication_failure',
  'setup_intent_authentication_failure',
]);

/** Our payment error for Stripe's: authentication, a decline, or anything else (processing). */
export function paymentErrorFrom(error: StripeErrorLike | null | undefined): {
  code: PaymentErrorCode;
  message: string;
} {
  const code = error?.code ?? '';
  const message = error?.message?.trim();
  if (AUTHENTICATION_CODES.has(code) || error?.decline_code === 'authentication_required') {
    return { code: 'authentication_failed', message: message || 'The payment was not authenticated.' };
  }
  if (error?.type === 'card_error' || code === 'card_declined' || code === 'expired_card') {
    return { code: 'card_declined', message: message || 'The payment method was declined.' };
  }
  return { code: 'processing_error', message: message || 'The payment could not be processed.' };
}

const idOf = (value: string | { id: string } | null | undefined): string | null =>
  value == null ? null : typeof value === 'string' ? value : value.id;

/**
 * The method that paid a PaymentIntent, from its latest charge (`payment_method_details`) or its payment method,
 * whichever is expanded: card brand and last 4, or Alipay / WeChat Pay. Reusable when Stripe saved it to the
 * customer for off-session use (`setup_future_usage: off_session`; never WeChat Pay).
 */
export function paymentMethodFrom(pi: Stripe.PaymentIntent): PaymentMethodDetails {
  const charge = typeof pi.latest_charge === 'object' ? pi.latest_charge : null;
  const method = typeof pi.payment_method === 'object' ? pi.payment_method : null;
  const details = charge?.payment_method_details;
  const type = details?.type ?? method?.type ?? onlyType(pi);
  let summary: PaymentMethodSummary;
  if (type === 'alipay' || type === 'wechat_pay') {
    summary = { type, brand: null, last4: null };
  } else {
    const card = details?.card ?? method?.card;
    summary = { type: 'card', brand: card?.brand ?? null, last4: card?.last4 ?? null };
  }
  const providerId = idOf(pi.payment_method);
  const reusable =
    pi.setup_future_usage === 'off_session' &&
    idOf(pi.customer) !== null &&
    providerId !== null &&
    type !== 'wechat_pay';
  return { summary, providerId: reusable ? providerId : null, reusable };
}

/** The method type when the PaymentIntent allowed only one (an off-session charge). */
function onlyType(pi: Stripe.PaymentIntent): string | undefined {
  return pi.payment_method_types.length === 1 ? pi.payment_method_types[0] : undefined;
}
