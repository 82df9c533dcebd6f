import type { OrderPayment, PaymentMethodType } from '@urcard/sdk';
import { sleep } from '../clock.ts';
import { derivedId } from '../ids.ts';
import type {
  ChargeResult,
  CreatedPayment,
  CreatePaymentInput,
  OffSessionChargeInput,
  PaymentProvider,
  RefundInput,
  RefundResult,
} from '../payments/provider.ts';
import { paymentMethodTypesFor } from '../payments/provider.ts';
import { SandboxPaymentProvider } from '../payments/sandbox.ts';
import type { OrderRecord } from '../store/types.ts';

/**
 * A provider that calls itself `stripe` and keeps its "PaymentIntents" in memory, to test what the server does
 * around a real provider: client secrets handed out but never stored, events by payment id, refunds. (The real
 * Stripe provider has its own tests against a fake of Stripe's HTTP API.)
 */
export class FakeStripeProvider implements PaymentProvider {
  readonly name = 'stripe';
  readonly intents = new Map<string, { input: CreatePaymentInput; clientSecret: string }>();
  readonly refunds: RefundInput[] = [];
  readonly charges: OffSessionChargeInput[] = [];
  failCreate = false;
  failDescribe = false;

  async createPayment(input: CreatePaymentInput): Promise<CreatedPayment> {
    if (this.failCreate) throw new Error('Stripe is down');
    const id = derivedId('pi', input.idempotencyKey);
    const existing = this.intents.get(id);
    const clientSecret = existing?.clientSecret ?? `${id}_secret_${Math.random().toString(36).slice(2)}`;
    this.intents.set(id, { input, clientSecret });
    return {
      paymentId: id,
      clientSecret,
      data: { paymentMethodTypes: input.paymentMethodTypes, publishableKey: 'pk_test_stripe' },
      providerCustomerId: input.card.providerCustomerId ?? `cus_${input.card.id}`,
    };
  }

  async describePayment(order: OrderRecord, fresh?: { clientSecret?: string | null }): Promise<OrderPayment> {
    if (this.failDescribe) throw new Error('describe failed');
    const intent = order.providerPaymentId ? this.intents.get(order.providerPaymentId) : undefined;
    const payable = order.status === 'requires_payment' || order.status === 'processing';
    return {
      provider: 'stripe',
      paymentIntentId: order.providerPaymentId ?? '',
      clientSecret: payable ? (fresh?.clientSecret ?? intent?.clientSecret ?? null) : null,
      publishableKey: 'pk_test_stripe',
      paymentMethodTypes:
        (order.providerData.paymentMethodTypes as PaymentMethodType[] | undefined) ??
        paymentMethodTypesFor(order.autoRenew),
    };
  }

  async refund(input: RefundInput): Promise<RefundResult> {
    this.refunds.push(input);
    return { refundId: derivedId('re', input.idempotencyKey) };
  }

  async chargeOffSession(input: OffSessionChargeInput): Promise<ChargeResult> {
    this.charges.push(input);
    return { paymentId: derivedId('pi', input.idempotencyKey), status: 'succeeded' };
  }
}

/** The sandbox provider, slow to create payments: to catch a second request while the first is running. */
export class SlowSandboxProvider extends SandboxPaymentProvider {
  readonly delayMs: number;
  constructor(delayMs: number) {
    super();
    this.delayMs = delayMs;
  }
  override async createPayment(input: CreatePaymentInput): Promise<CreatedPayment> {
    await sleep(this.delayMs);
    return super.createPayment(input);
  }
}
