/** The reference server the test runner started (see web-test-runner.config.js). */
export async function apiBase(): Promise<string> {
  const response = await fetch('/__urcard/env.json');
  const { apiBase } = (await response.json()) as { apiBase: string | null };
  if (!apiBase) throw new Error('The reference server is not running (web-test-runner.config.js starts it)');
  return apiBase;
}

/** A customer session token for a new customer, made with the secret key by the test runner (the "partner server"). */
export async function customerSession(customer = `cus-${Math.random().toString(36).slice(2)}`): Promise<string> {
  const response = await fetch(`/__urcard/customer-session?customer=${encodeURIComponent(customer)}`);
  const body = (await response.json()) as { token?: string };
  if (!body.token) throw new Error(`No customer session: ${JSON.stringify(body)}`);
  return body.token;
}
