import type { OrderPayment, PaymentMethodType } from '@urcard/sdk';
import type { Hono } from 'hono';
import Stripe from 'stripe';
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
import { describeError } from './stripe-errors.ts';
import { paymentMethodFrom } from './stripe-mapping.ts';
import { chargeOffSession } from './stripe-off-session.ts';
import type { StripeProviderOptions } from './stripe-options.ts';
import { stripeApiAddress } from './stripe-options.ts';
import { refundPayment } from './stripe-refund.ts';
import { stripeWebhooks } from './stripe-webhook.ts';

export { describeError } from './stripe-errors.ts';
export type { StripeProviderOptions } from './stripe-options.ts';
export { stripeApiAddress, stripeOptionsFromConfig } from './stripe-options.ts';
export { STRIPE_WEBHOOK_EVENTS, STRIPE_WEBHOOK_PATH } from './stripe-webhook.ts';

/** Client secrets kept in memory (never on disk), so polling an order does not ask Stripe every time. */
const CLIENT_SECRET_CACHE_SIZE = 500;

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

  async describePayment(
    order: OrderRecord,
    fresh?: { clientSecret?: string | null; withholdSecret?: boolean },
  ): Promise<OrderPayment> {
    const data = order.providerData as { paymentMethodTypes?: PaymentMethodType[]; publishableKey?: string };
    const id = order.providerPaymentId;
    const payable = order.status === 'requires_payment' || order.status === 'processing';
    let clientSecret: string | null = null;
    if (id && payable && !order.offSession) {
      // Withheld: not fetched, and not forgotten either (the card's holder may still ask).
      if (!fresh?.withholdSecret) {
        clientSecret = fresh?.clientSecret ?? this.#clientSecrets.get(id) ?? (await this.#fetchClientSecret(id));
      }
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

  refund(input: RefundInput): Promise<RefundResult> {
    return refundPayment(this.stripe, input);
  }

  /**
   * Charges the card's saved method off-session (auto-renew): `confirm` and `off_session` on creation, so Stripe
   * answers at once. A decline (or a bank asking for authentication, which needs the customer) is a `failed`
   * result; a network failure or a Stripe outage throws, and the job tries again with the same idempotency key.
   */
  chargeOffSession(input: OffSessionChargeInput): Promise<ChargeResult> {
    return chargeOffSession(this.stripe, this.#log, input);
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
