import type Stripe from 'stripe';
import type { Logger } from '../log.ts';
import type { ChargeResult, OffSessionChargeInput, PaymentMethodDetails } from './provider.ts';
import { describeError, isTransient } from './stripe-errors.ts';
import { paymentErrorFrom, paymentMethodFrom } from './stripe-mapping.ts';

/**
 * Charges the card's saved method off-session (auto-renew): `confirm` and `off_session` on creation, so Stripe
 * answers at once. A decline (or a bank asking for authentication, which needs the customer) is a `failed`
 * result; a network failure or a Stripe outage throws, and the job tries again with the same idempotency key.
 */
export async function chargeOffSession(
  stripe: Stripe,
  log: Logger,
  input: OffSessionChargeInput,
): Promise<ChargeResult> {
  const method = input.paymentMethod;
  const customer = input.card.providerCustomerId;
  const type = method.summary.type;
  if (method.provider !== 'stripe' || !customer || (type !== 'card' && type !== 'alipay')) {
    return {
      paymentId: `unsent_${input.idempotencyKey}`,
      status: 'failed',
      error: {
        code: 'processing_error',
        message: 'The saved payment method cannot be charged through Stripe: pay once more to save a new one',
      },
    };
  }
  try {
    const pi = await stripe.paymentIntents.create(
      {
        amount: input.amount.amount,
        currency: input.amount.currency.toLowerCase(),
        customer,
        payment_method: method.id,
        allowed_payment_method_types: [type],
        off_session: true,
        confirm: true,
        description: input.description,
        metadata: { ...input.metadata, orderId: input.orderId },
        expand: ['latest_charge', 'payment_method'],
      },
      { idempotencyKey: input.idempotencyKey },
    );
    return chargeResult(pi, method);
  } catch (error) {
    if (isTransient(error)) throw error;
    const stripeError = error as InstanceType<typeof Stripe.errors.StripeError>;
    log.warn('off-session charge refused by Stripe', {
      orderId: input.orderId,
      error: describeError(error),
    });
    return {
      paymentId: stripeError.payment_intent?.id ?? `unsent_${input.idempotencyKey}`,
      status: 'failed',
      error: paymentErrorFrom(stripeError),
    };
  }
}

/** What a created PaymentIntent means for the charge: succeeded, processing, requires_action or failed. */
function chargeResult(pi: Stripe.PaymentIntent, saved: OffSessionChargeInput['paymentMethod']): ChargeResult {
  const details = paymentMethodFrom(pi);
  const paymentMethod: PaymentMethodDetails = { summary: details.summary, providerId: saved.id, reusable: true };
  switch (pi.status) {
    case 'succeeded':
      return { paymentId: pi.id, status: 'succeeded', paymentMethod };
    case 'processing':
      return { paymentId: pi.id, status: 'processing', paymentMethod };
    case 'requires_action':
      return { paymentId: pi.id, status: 'requires_action' };
    default:
      return { paymentId: pi.id, status: 'failed', error: paymentErrorFrom(pi.last_payment_error) };
  }
}
