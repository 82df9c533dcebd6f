import Stripe from 'stripe';

/** True for failures worth trying again later (network, Stripe's 5xx, rate limits, lock conflicts). */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof Stripe.errors.StripeError)) return true;
  if (error instanceof Stripe.errors.StripeConnectionError || error instanceof Stripe.errors.StripeAPIError)
    return true;
  if (error instanceof Stripe.errors.StripeRateLimitError) return true;
  const status = error.statusCode ?? 500;
  return status >= 500 || status === 409 || status === 429;
}

/** An error for the log: Stripe's type, code and message, never a request body. */
export function describeError(error: unknown): Record<string, unknown> | string {
  if (error instanceof Stripe.errors.StripeError) {
    return {
      type: error.type,
      code: error.code,
      declineCode: error.decline_code,
      statusCode: error.statusCode,
      message: error.message,
      requestId: error.requestId,
    };
  }
  return error instanceof Error ? error.message : String(error);
}
