import type { OrderPayment, PaymentMethodType } from '@urcard/sdk';
import type { Hono } from 'hono';
import Stripe from 'stripe';
import type { ServerConfig } from '../config.ts';
import { ConfigError } from '../config.ts';
import { ApiError } from '../errors.ts';
import type { AppEnv } from '../http/env.ts';
import type { Logger } from '../log.ts';
import type { OrderRecord } from '../store/types.ts';
import { VERSION } from '../version.ts';
import type {
  ChargeResult,
  CreatedPayment,
  CreatePaymentInput,
  OffSessionChargeInput,
  PaymentMethodDetails,
  PaymentProvider,
  ProviderContext,
  RefundInput,
  RefundResult,
} from './provider.ts';
import { paymentMethodTypesFor } from './provider.ts';
import { paymentErrorFrom, paymentMethodFrom } from './stripe-mapping.ts';
import { stripeWebhooks } from './stripe-webhook.ts';

export { STRIPE_WEBHOOK_EVENTS, STRIPE_WEBHOOK_PATH } from './stripe-webhook.ts';

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

/** Client secrets kept in memory (never on disk), so polling an order does not ask Stripe every time. */
const CLIENT_SECRET_CACHE_SIZE = 500;

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

/** True for failures worth trying again later (network, Stripe's 5xx, rate limits, lock conflicts). */
function isTransient(error: unknown): boolean {
  if (!(error instanceof Stripe.errors.StripeError)) return true;
  if (error instanceof Stripe.errors.StripeConnectionError || error instanceof Stripe.errors.StripeAPIError)
    return true;
  if (error instanceof Stripe.errors.StripeRateLimitError) return true;
  const status = error.statusCode ?? 500;
  return status >= 500 || status === 409 || status === 429;
}

const silentLog: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * Payments through Stripe: a PaymentIntent per order, confirmed in the browser by Stripe.js with the client
 * secret; the order moves when Stripe's signed webhook says so (see stripe-webhook.ts). Every call that creates
 * something passes an idempotency key derived from the order, so a retried request or a resumed job never
 * creates a second PaymentIntent, refund or charge.
 */
export class StripePaymentProvider implements PaymentProvider {
  readonly name = 'stripe';
  /** The stripe package's client (pointed at `apiBase` when given). */
  readonly stripe: Stripe;
  readonly publishableKey: string;
  readonly #webhookSecret: string;
  readonly #clientSecrets = new Map<string, string>();
  #log: Logger = silentLog;

  constructor(options: StripeProviderOptions) {
    this.publishableKey = options.publishableKey;
    this.#webhookSecret = options.webhookSecret;
    this.stripe = new Stripe(options.secretKey, {
      ...(options.apiBase ? stripeApiAddress(options.apiBase) : {}),
      maxNetworkRetries: options.maxNetworkRetries ?? 2,
      timeout: options.timeoutMs ?? 30_000,
      appInfo: { name: 'urcard-server', version: VERSION },
    });
  }

  async createPayment(input: CreatePaymentInput): Promise<CreatedPayment> {
    const allowed = paymentMethodTypesFor(input.autoRenew);
    const types = input.paymentMethodTypes.filter((type) => allowed.includes(type));
    let customer = input.card.providerCustomerId;
    if (input.autoRenew && !customer) {
      // The saved payment method belongs to a Customer: one per card, remembered on the card.
      const created = await this.stripe.customers.create(
        {
          description: `UR card •••• ${input.card.last4}`,
          metadata: { cardId: input.card.id },
          ...(input.email ? { email: input.email } : {}),
        },
        { idempotencyKey: `${input.idempotencyKey}_customer` },
      );
      customer = created.id;
    }
    const pi = await this.stripe.paymentIntents.create(
      {
        amount: input.amount.amount,
        currency: input.amount.currency.toLowerCase(),
        // Stripe's `payment_method_types` request parameter is `allowed_payment_method_types` since API version
        // 2026-09-30 (the one stripe v23 pins); the PaymentIntent still reports `payment_method_types`.
        allowed_payment_method_types: types,
        description: input.description,
        metadata: { ...input.metadata, orderId: input.orderId },
        ...(customer ? { customer } : {}),
        ...(input.autoRenew ? { setup_future_usage: 'off_session' as const } : {}),
        ...(types.includes('wechat_pay') ? { payment_method_options: { wechat_pay: { client: 'web' as const } } } : {}),
      },
      { idempotencyKey: input.idempotencyKey },
    );
    this.#rememberClientSecret(pi.id, pi.client_secret);
    return {
      paymentId: pi.id,
      clientSecret: pi.client_secret,
      data: { paymentMethodTypes: types, publishableKey: this.publishableKey },
      providerCustomerId: customer,
    };
  }

  async describePayment(order: OrderRecord, fresh?: { clientSecret?: string | null }): Promise<OrderPayment> {
    const data = order.providerData as { paymentMethodTypes?: PaymentMethodType[]; publishableKey?: string };
    const id = order.providerPaymentId;
    const payable = order.status === 'requires_payment' || order.status === 'processing';
    let clientSecret: string | null = null;
    if (id && payable && !order.offSession) {
      clientSecret = fresh?.clientSecret ?? this.#clientSecrets.get(id) ?? (await this.#fetchClientSecret(id));
    } else if (id) {
      this.#clientSecrets.delete(id);
    }
    return {
      provider: 'stripe',
      paymentIntentId: id ?? '',
      clientSecret,
      publishableKey: data.publishableKey ?? this.publishableKey,
      paymentMethodTypes: data.paymentMethodTypes ?? paymentMethodTypesFor(order.autoRenew),
    };
  }

  async #fetchClientSecret(paymentIntentId: string): Promise<string | null> {
    let pi: Stripe.PaymentIntent;
    try {
      pi = await this.stripe.paymentIntents.retrieve(paymentIntentId);
    } catch (error) {
      this.#log.warn('could not read a PaymentIntent from Stripe', { paymentIntentId, error: describeError(error) });
      throw new ApiError('payment_provider_error', 'Stripe could not be reached for this payment; try again');
    }
    this.#rememberClientSecret(pi.id, pi.client_secret);
    return pi.client_secret;
  }

  #rememberClientSecret(id: string, secret: string | null): void {
    if (!secret) return;
    this.#clientSecrets.delete(id);
    this.#clientSecrets.set(id, secret);
    if (this.#clientSecrets.size > CLIENT_SECRET_CACHE_SIZE) {
      this.#clientSecrets.delete(this.#clientSecrets.keys().next().value!);
    }
  }

  async refund(input: RefundInput): Promise<RefundResult> {
    try {
      const refund = await this.stripe.refunds.create(
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
        const existing = await this.stripe.refunds.list({ payment_intent: input.paymentId, limit: 1 });
        if (existing.data[0]) return { refundId: existing.data[0].id };
      }
      throw error;
    }
  }

  /**
   * Charges the card's saved method off-session (auto-renew): `confirm` and `off_session` on creation, so Stripe
   * answers at once. A decline (or a bank asking for authentication, which needs the customer) is a `failed`
   * result; a network failure or a Stripe outage throws, and the job tries again with the same idempotency key.
   */
  async chargeOffSession(input: OffSessionChargeInput): Promise<ChargeResult> {
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
      const pi = await this.stripe.paymentIntents.create(
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
      return this.#chargeResult(pi, method);
    } catch (error) {
      if (isTransient(error)) throw error;
      const stripeError = error as InstanceType<typeof Stripe.errors.StripeError>;
      this.#log.warn('off-session charge refused by Stripe', {
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

  #chargeResult(pi: Stripe.PaymentIntent, saved: OffSessionChargeInput['paymentMethod']): ChargeResult {
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

  /** Cancels the PaymentIntent of an order given up on, so that it can no longer be paid (best effort). */
  async cancelPayment(order: OrderRecord): Promise<void> {
    const id = order.providerPaymentId;
    if (!id || order.offSession) return;
    this.#clientSecrets.delete(id);
    try {
      await this.stripe.paymentIntents.cancel(
        id,
        { cancellation_reason: 'abandoned' },
        { idempotencyKey: `cancel_${order.id}` },
      );
    } catch (error) {
      this.#log.warn('could not cancel the PaymentIntent of an unpaid order', {
        orderId: order.id,
        paymentIntentId: id,
        error: describeError(error),
      });
    }
  }

  /**
   * The PaymentIntent with its latest charge and payment method, for the method that paid. Throws
   * `payment_provider_error` when Stripe cannot be reached (the webhook then answers 502 and Stripe delivers again).
   */
  async paymentMethodOf(paymentIntentId: string): Promise<PaymentMethodDetails> {
    try {
      const pi = await this.stripe.paymentIntents.retrieve(paymentIntentId, {
        expand: ['latest_charge', 'payment_method'],
      });
      return paymentMethodFrom(pi);
    } catch (error) {
      this.#log.warn('could not read a PaymentIntent from Stripe', { paymentIntentId, error: describeError(error) });
      throw new ApiError('payment_provider_error', 'Stripe could not be reached to read the payment; deliver again');
    }
  }

  /** Verifies a webhook's signature over the raw body and parses the event (throws when it does not match). */
  constructEvent(rawBody: Uint8Array, signature: string, receivedAt: number): Stripe.Event {
    return this.stripe.webhooks.constructEvent(
      rawBody,
      signature,
      this.#webhookSecret,
      undefined,
      undefined,
      receivedAt,
    );
  }

  webhooks(context: ProviderContext): Hono<AppEnv> {
    this.#log = context.log;
    return stripeWebhooks(context, this);
  }
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
