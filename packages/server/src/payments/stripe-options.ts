import type { ServerConfig } from '../config.ts';
import { ConfigError } from '../config.ts';

export interface StripeProviderOptions {
  /** `sk_test_…`, `sk_live_…` or a restricted key (`rk_…`). */
  secretKey: string;
  /** `pk_…`, handed to the widget with each order for Stripe.js. */
  publishableKey: string;
  /** `whsec_…`: the signing secret of the webhook endpoint (`POST /v1/webhooks/stripe`). */
  webhookSecret: string;
  /** Another address for Stripe's API (`http://127.0.0.1:12111`, a local fake); Stripe's own when absent. */
  apiBase?: string | null;
  /** Automatic retries of a request that failed on the network or with a 5xx (same idempotency key). Default 2. */
  maxNetworkRetries?: number;
  /** Timeout of one request to Stripe. Default 30 s. */
  timeoutMs?: number;
}

const keyMode = (key: string) => (/_live_/.test(key) ? 'live' : 'test');

/**
 * The Stripe settings of a configuration, checked: stripe mode needs the secret key, the publishable key and the
 * webhook signing secret, of the right kinds and of the same mode. Throws a ConfigError saying what is missing.
 */
export function stripeOptionsFromConfig(config: ServerConfig): StripeProviderOptions {
  const {
    stripeSecretKey: secretKey,
    stripePublishableKey: publishableKey,
    stripeWebhookSecret: webhookSecret,
  } = config;
  const missing = [
    secretKey ? null : 'STRIPE_SECRET_KEY (the secret key, sk_test_… or sk_live_…)',
    publishableKey ? null : 'STRIPE_PUBLISHABLE_KEY (pk_test_… or pk_live_…, for the payment form)',
    webhookSecret ? null : 'STRIPE_WEBHOOK_SECRET (whsec_…, the signing secret of the webhook endpoint)',
  ].filter((m) => m !== null);
  if (!secretKey || !publishableKey || !webhookSecret) {
    throw new ConfigError(
      `--payments stripe needs ${missing.join(', ')}. Set ${missing.length > 1 ? 'them' : 'it'} in the environment, or run with --payments sandbox.`,
    );
  }
  if (!/^(sk|rk)_(test|live)_\w+$/.test(secretKey)) {
    throw new ConfigError(
      `STRIPE_SECRET_KEY must be a secret key (sk_test_…, sk_live_…) or a restricted key (rk_…)${secretKey.startsWith('pk_') ? ', not a publishable key' : ''}`,
    );
  }
  if (!/^pk_(test|live)_\w+$/.test(publishableKey)) {
    throw new ConfigError('STRIPE_PUBLISHABLE_KEY must be a publishable key (pk_test_… or pk_live_…)');
  }
  if (!webhookSecret.startsWith('whsec_')) {
    throw new ConfigError('STRIPE_WEBHOOK_SECRET must be a webhook signing secret (whsec_…)');
  }
  if (keyMode(secretKey) !== keyMode(publishableKey)) {
    throw new ConfigError(
      `STRIPE_SECRET_KEY is a ${keyMode(secretKey)} key but STRIPE_PUBLISHABLE_KEY a ${keyMode(publishableKey)} key: take both from the same mode of one Stripe account`,
    );
  }
  if (config.stripeApiBase) stripeApiAddress(config.stripeApiBase);
  return { secretKey, publishableKey, webhookSecret, apiBase: config.stripeApiBase };
}

/** `http://127.0.0.1:12111` as the stripe package's `host`, `port` and `protocol`. */
export function stripeApiAddress(apiBase: string): { host: string; port: number; protocol: 'http' | 'https' } {
  let url: URL;
  try {
    url = new URL(apiBase);
  } catch {
    throw new ConfigError(
      `STRIPE_API_BASE must be a URL such as http://127.0.0.1:12111, got ${JSON.stringify(apiBase)}`,
    );
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname !== '/' || url.search || url.hash) {
    throw new ConfigError(`STRIPE_API_BASE must be an http(s) origin without a path, such as http://127.0.0.1:12111`);
  }
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port ? Number(url.port) : protocol === 'http' ? 80 : 443,
    protocol,
  };
}
