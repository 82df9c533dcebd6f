import type {
  Money,
  OrderPayment,
  OrderStatus,
  PaymentMethodSummary,
  PaymentMethodType,
  PaymentProvider as PaymentProviderName,
} from '@urcard/sdk';
import type { Hono } from 'hono';
import type { Clock } from '../clock.ts';
import type { ServerConfig } from '../config.ts';
import type { AppEnv } from '../http/env.ts';
import type { Logger } from '../log.ts';
import type { OrderRecord, PaymentErrorCode, SavedPaymentMethod, Store } from '../store/types.ts';

/**
 * The one interface between orders and whoever takes the money. The sandbox implements it here; Stripe in
 * stripe.ts. The provider never changes an order itself: it answers calls, and it reports what happens later
 * (a webhook) through `ProviderContext.applyPaymentEvent`, which moves the order through the state machine.
 */
export interface PaymentProvider {
  readonly name: PaymentProviderName;

  /**
   * Creates the provider-side payment of a new order, before the order is stored. Must be idempotent on
   * `idempotencyKey`: a retried order creation (same key, same order id) must get the same payment back.
   * Stripe: a PaymentIntent for `amount`, `payment_method_types` card + alipay + wechat_pay (without
   * wechat_pay when `autoRenew`, as it cannot be saved), `setup_future_usage: 'off_session'` when `autoRenew`,
   * `metadata.orderId`, the key passed as Stripe's `idempotencyKey`, and a Customer when one is needed.
   */
  createPayment(input: CreatePaymentInput): Promise<CreatedPayment>;

  /**
   * The `payment` block of an order as the client sees it. `fresh` carries what `createPayment` returned
   * moments ago (the client secret, which is never stored). Stripe may fetch the client secret again here
   * while the order is payable, and answers null once it is paid. `withholdSecret`: answer null without fetching
   * (the caller may not pay this order).
   */
  describePayment(
    order: OrderRecord,
    fresh?: { clientSecret?: string | null; withholdSecret?: boolean },
  ): Promise<OrderPayment>;

  /** Refunds a paid order in full. Idempotent on `idempotencyKey`. */
  refund(input: RefundInput): Promise<RefundResult>;

  /**
   * Charges a saved payment method without the customer (auto-renew). Idempotent on `idempotencyKey`: asking
   * again after a crash must not charge twice. Answers what happened at once; a `processing` answer is
   * finished later by an event.
   */
  chargeOffSession(input: OffSessionChargeInput): Promise<ChargeResult>;

  /** Cancels the provider-side payment of an order that will never be paid (best effort). */
  cancelPayment?(order: OrderRecord): Promise<void>;

  /**
   * The provider's own routes (Stripe: its webhook endpoint, `POST /stripe`), as a sub-app the server mounts at
   * `/v1/webhooks`. The provider never reaches into the app.
   */
  webhooks?(context: ProviderContext): Hono<AppEnv>;

  close?(): Promise<void>;
}

export interface CreatePaymentInput {
  orderId: string;
  amount: Money;
  /** The customer chose auto-renew: the payment method must be saved for off-session use. */
  autoRenew: boolean;
  /**
   * The methods to offer: what the partner asked for (`paymentMethodTypes` of the order request) within what the
   * order allows (`paymentMethodTypesFor(autoRenew)`). Never empty.
   */
  paymentMethodTypes: PaymentMethodType[];
  /** e.g. `UR card •••• 0018 — Basic 30 days`. */
  description: string;
  email: string | null;
  card: { id: string; last4: string; providerCustomerId: string | null };
  idempotencyKey: string;
  metadata: Record<string, string>;
}

export interface CreatedPayment {
  /** Stripe: the PaymentIntent id. Stored on the order; events find the order by it. */
  paymentId: string;
  /** Facts kept on the order that are not secrets (Stripe: `paymentMethodTypes`). */
  data: Record<string, unknown>;
  /** Handed to the client in the creation response only. */
  clientSecret?: string | null;
  /** A provider customer created for the card (Stripe: `cus_…`), remembered for off-session charges. */
  providerCustomerId?: string | null;
}

export interface RefundInput {
  orderId: string;
  paymentId: string;
  amount: Money;
  idempotencyKey: string;
  reason: string;
}

export interface RefundResult {
  refundId: string;
}

export interface OffSessionChargeInput {
  orderId: string;
  amount: Money;
  description: string;
  card: { id: string; last4: string; providerCustomerId: string | null };
  paymentMethod: SavedPaymentMethod;
  idempotencyKey: string;
  metadata: Record<string, string>;
}

/** The payment method that paid, and whether it can be charged again later. */
export interface PaymentMethodDetails {
  summary: PaymentMethodSummary;
  /** The provider's id for it (Stripe: `pm_…`), when it can be reused. */
  providerId: string | null;
  reusable: boolean;
}

export interface ChargeResult {
  paymentId: string;
  status: 'succeeded' | 'processing' | 'failed' | 'requires_action';
  paymentMethod?: PaymentMethodDetails;
  error?: { code: PaymentErrorCode; message: string };
  data?: Record<string, unknown>;
}

/** Something the provider says happened to a payment (a Stripe webhook event, a sandbox outcome). */
export interface PaymentEvent {
  provider: PaymentProviderName;
  /** Unique per event (Stripe: `evt_…`): a second delivery is recognised and ignored. */
  eventId: string;
  /** The provider's payment id, as returned by `createPayment` or `chargeOffSession`. */
  paymentId: string;
  type: 'processing' | 'succeeded' | 'failed' | 'canceled';
  /** When the provider created the event (ms since the epoch); news older than the order's latest is stale. */
  occurredAt?: number;
  paymentMethod?: PaymentMethodDetails;
  /** Why a payment failed (`failed`). */
  error?: { code: PaymentErrorCode; message: string };
  /** Amount received (`succeeded`); recorded in the payments ledger. */
  amount?: Money;
  /** Merged into the order's provider data. */
  providerData?: Record<string, unknown>;
}

export interface PaymentEventResult {
  /** `stale`: the order is already past what the event says (or the event is older than its latest news). */
  outcome: 'applied' | 'duplicate' | 'stale' | 'unknown_payment';
  orderId: string | null;
  status: OrderStatus | null;
  /** The order as the event left it (when there is one). */
  order?: OrderRecord;
}

/** What a provider's webhooks get to report events. */
export interface ProviderContext {
  applyPaymentEvent(event: PaymentEvent): Promise<PaymentEventResult>;
  config: ServerConfig;
  store: Store;
  clock: Clock;
  log: Logger;
}

/** Where the server mounts a provider's webhooks sub-app (`PaymentProvider.webhooks`). */
export const WEBHOOKS_BASE_PATH = '/v1/webhooks';

/** Payment methods an order may use: WeChat Pay cannot be saved for later, so not with auto-renew. */
export function paymentMethodTypesFor(autoRenew: boolean): PaymentMethodType[] {
  return autoRenew ? ['card', 'alipay'] : ['card', 'alipay', 'wechat_pay'];
}

/** The partner's choice (all when absent) within what the order allows, in the canonical order. */
export function offeredPaymentMethodTypes(
  autoRenew: boolean,
  requested?: readonly PaymentMethodType[],
): PaymentMethodType[] {
  return paymentMethodTypesFor(autoRenew).filter((type) => !requested || requested.includes(type));
}

/**
 * The payment block from what the order stores, without asking anyone: for an order made by another provider
 * than the one running now (the server switched modes on the same database).
 */
export function storedPaymentView(order: OrderRecord): OrderPayment {
  if (order.provider === 'stripe') {
    const data = order.providerData as { paymentMethodTypes?: PaymentMethodType[]; publishableKey?: string };
    return {
      provider: 'stripe',
      paymentIntentId: order.providerPaymentId ?? '',
      clientSecret: null,
      publishableKey: data.publishableKey ?? '',
      paymentMethodTypes: data.paymentMethodTypes ?? [],
    };
  }
  const data = order.providerData as { nextAction?: { type: 'three_d_secure'; challengeId: string } | null };
  return { provider: 'sandbox', nextAction: data.nextAction ?? null };
}
