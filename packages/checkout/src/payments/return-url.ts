/** The parameters Stripe adds to `return_url` when it sends the customer back after a redirect. */
export const STRIPE_RETURN_PARAMS = ['payment_intent', 'payment_intent_client_secret', 'redirect_status'] as const;

/** This page's URL without the parameters Stripe adds on the way back, for `return_url`. */
export function cleanReturnUrl(href: string): string {
  const url = new URL(href);
  for (const key of STRIPE_RETURN_PARAMS) url.searchParams.delete(key);
  return url.toString();
}
