import Stripe from 'stripe';
import type { RefundInput, RefundResult } from './provider.ts';

/** Refunds a PaymentIntent (what StripePaymentProvider.refund does). */
export async function refundPayment(stripe: Stripe, input: RefundInput): Promise<RefundResult> {
  try {
    const refund = await stripe.refunds.create(
      {
        payment_intent: input.paymentId,
        amount: input.amount.amount,
        metadata: { orderId: input.orderId, reason: input.reason },
      },
      { idempotencyKey: input.idempotencyKey },
    );
    return { refundId: refund.id };
  } catch (error) {
    // Refunded already, e.g. from the dashboard: that refund is the one.
    if (error instanceof Stripe.errors.StripeError && error.code === 'charge_already_refunded') {
      const existing = await stripe.refunds.list({ payment_intent: input.paymentId, limit: 1 });
      if (existing.data[0]) return { refundId: existing.data[0].id };
    }
    throw error;
  }
}
