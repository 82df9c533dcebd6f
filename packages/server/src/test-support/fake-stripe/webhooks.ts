import Stripe from 'stripe';

export interface DeliverOptions {
  /** Signing time in seconds (default: now); Stripe refuses signatures older than 5 minutes. */
  timestamp?: number;
  /** Send this header instead of a correct signature; `null` sends none. */
  signature?: string | null;
  /** Send this body instead of the event (after signing the event: a tampered body). */
  body?: string;
}

/** Posts an event to a webhook endpoint the way Stripe does: JSON body, `Stripe-Signature` header. */
export async function deliverWebhook(
  endpoint: string,
  event: Stripe.Event,
  secret: string,
  options: DeliverOptions = {},
): Promise<Response> {
  const payload = JSON.stringify(event, null, 2);
  const signature =
    options.signature === undefined
      ? Stripe.webhooks.generateTestHeaderString({
          payload,
          secret,
          ...(options.timestamp !== undefined ? { timestamp: options.timestamp } : {}),
        })
      : options.signature;
  const headers: Record<string, string> = {
    'Content-Type': 'application/json; charset=utf-8',
    'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
  };
  if (signature !== null) headers['Stripe-Signature'] = signature;
  return fetch(endpoint, { method: 'POST', headers, body: options.body ?? payload });
}
