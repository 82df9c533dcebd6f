interface Env {
  apiBase: string | null;
  shortQuotesApiBase: string | null;
  stripeApiBase: string | null;
  stripePublishableKey: string | null;
  lowDataApiBase: string | null;
}

let env: Promise<Env> | undefined;
async function read(): Promise<Env> {
  env ??= fetch('/__urcard/env.json').then((response) => response.json() as Promise<Env>);
  return env;
}

/** The reference server with sandbox payments that the test runner started (see web-test-runner.config.js). */
export async function apiBase(): Promise<string> {
  const { apiBase } = await read();
  if (!apiBase) throw new Error('The reference server is not running (web-test-runner.config.js starts it)');
  return apiBase;
}

/** A sandbox reference server whose quotes expire 2 s after they are made. */
export async function shortQuotesApiBase(): Promise<string> {
  const { shortQuotesApiBase } = await read();
  if (!shortQuotesApiBase) throw new Error('The short-quotes reference server is not running');
  return shortQuotesApiBase;
}

/** The reference server with Stripe payments, talking to a local fake of Stripe's API. */
export async function stripeApiBase(): Promise<{ apiBase: string; publishableKey: string }> {
  const { stripeApiBase, stripePublishableKey } = await read();
  if (!stripeApiBase || !stripePublishableKey) throw new Error('The Stripe-mode reference server is not running');
  return { apiBase: stripeApiBase, publishableKey: stripePublishableKey };
}

/** A customer session token for a new customer, made with the secret key by the test runner (the "partner server"). */
export async function customerSession(customer = `cus-${Math.random().toString(36).slice(2)}`): Promise<string> {
  const response = await fetch(`/__urcard/customer-session?customer=${encodeURIComponent(customer)}`);
  const body = (await response.json()) as { token?: string };
  if (!body.token) throw new Error(`No customer session: ${JSON.stringify(body)}`);
  return body.token;
}

/** Stripe confirms the PaymentIntent (with a test payment method) and sends the webhook, as after Stripe.js. */
export async function stripePays(paymentIntentId: string, paymentMethod = 'pm_card_visa'): Promise<{ status: string }> {
  const response = await fetch(`/__urcard/stripe/pay?pi=${paymentIntentId}&pm=${paymentMethod}`);
  return response.json() as Promise<{ status: string }>;
}

/** A sandbox reference server whose carrier is Airalo (the fake): its cards offer top-ups when data runs low. */
export async function lowDataApiBase(): Promise<string> {
  const { lowDataApiBase } = await read();
  if (!lowDataApiBase) throw new Error('The low-data reference server is not running');
  return lowDataApiBase;
}
