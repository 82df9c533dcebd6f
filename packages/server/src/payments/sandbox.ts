import type { OrderPayment, SandboxChallengeResult, SandboxOutcome } from '@urcard/sdk';
import { ApiError } from '../errors.ts';
import { derivedId, newId, randomBase62 } from '../ids.ts';
import type { OrderPatch, OrderRecord } from '../store/types.ts';
import type {
  ChargeResult,
  CreatedPayment,
  CreatePaymentInput,
  OffSessionChargeInput,
  PaymentEvent,
  PaymentEventResult,
  PaymentMethodDetails,
  PaymentProvider,
  RefundInput,
  RefundResult,
} from './provider.ts';

/** What the sandbox's payment routes need of the orders (the domain's OrderService fits): payments never import the domain. */
export interface SandboxOrders {
  applyPaymentEvent(event: PaymentEvent): Promise<PaymentEventResult>;
  updatePayable(order: OrderRecord, patch: OrderPatch): Promise<OrderRecord>;
}

/** The method every sandbox payment is made with; reusable, so auto-renew can charge it later. */
export const SANDBOX_PAYMENT_METHOD: PaymentMethodDetails = {
  summary: { type: 'sandbox', brand: 'visa', last4: '4242' },
  providerId: 'pm_sandbox_visa',
  reusable: true,
};

interface SandboxData {
  nextAction?: { type: 'three_d_secure'; challengeId: string } | null;
}

/**
 * No money moves. Orders are paid through `POST /v1/orders/:id/sandbox-payment`, which reports the chosen outcome
 * as payment events: the same events, states and jobs as a real provider's webhooks.
 */
export class SandboxPaymentProvider implements PaymentProvider {
  readonly name = 'sandbox';

  async createPayment(input: CreatePaymentInput): Promise<CreatedPayment> {
    return { paymentId: derivedId('sbpi', input.idempotencyKey), data: { nextAction: null }, clientSecret: null };
  }

  async describePayment(order: OrderRecord): Promise<OrderPayment> {
    const data = order.providerData as SandboxData;
    return { provider: 'sandbox', nextAction: order.status === 'requires_payment' ? (data.nextAction ?? null) : null };
  }

  async refund(input: RefundInput): Promise<RefundResult> {
    return { refundId: derivedId('sbre', input.idempotencyKey) };
  }

  /** Always succeeds with the saved sandbox method; the id is derived from the key, so a retry is the same charge. */
  async chargeOffSession(input: OffSessionChargeInput): Promise<ChargeResult> {
    return {
      paymentId: derivedId('sbpi', input.idempotencyKey),
      status: 'succeeded',
      paymentMethod: { summary: input.paymentMethod.summary, providerId: input.paymentMethod.id, reusable: true },
      data: { nextAction: null },
    };
  }
}

function assertPayable(order: OrderRecord): string {
  if (order.status !== 'requires_payment' || !order.providerPaymentId) {
    throw new ApiError(
      'order_state_invalid',
      `Order ${order.id} is ${order.status}: only an order waiting for payment can be paid`,
    );
  }
  return order.providerPaymentId;
}

/** Plays one sandbox payment attempt; returns the order as its last event left it. */
export async function simulateSandboxPayment(
  orders: SandboxOrders,
  order: OrderRecord,
  outcome: SandboxOutcome,
): Promise<OrderRecord | null> {
  const paymentId = assertPayable(order);
  const attempt = randomBase62(10);
  switch (outcome) {
    case 'succeeded':
      return succeed(orders, order, paymentId, attempt);
    case 'declined':
      return failed(orders, paymentId, attempt, {
        code: 'card_declined',
        message: 'The card was declined (sandbox outcome "declined").',
      });
    case 'requires_action':
      return orders.updatePayable(order, {
        providerData: { ...order.providerData, nextAction: { type: 'three_d_secure', challengeId: newId('chal') } },
        lastPaymentError: null,
      });
  }
}

async function failed(
  orders: SandboxOrders,
  paymentId: string,
  attempt: string,
  error: { code: 'card_declined' | 'authentication_failed'; message: string },
): Promise<OrderRecord | null> {
  const result = await orders.applyPaymentEvent({
    provider: 'sandbox',
    eventId: `sbev_${attempt}_failed`,
    paymentId,
    type: 'failed',
    error,
    providerData: { nextAction: null },
  });
  return result.order ?? null;
}

/** Completes or fails the pending 3-D Secure challenge of a sandbox payment. */
export async function completeSandboxChallenge(
  orders: SandboxOrders,
  order: OrderRecord,
  result: SandboxChallengeResult,
): Promise<OrderRecord | null> {
  const paymentId = assertPayable(order);
  const pending = (order.providerData as SandboxData).nextAction;
  if (!pending) {
    throw new ApiError('order_state_invalid', `Order ${order.id} has no 3-D Secure challenge waiting`);
  }
  const attempt = randomBase62(10);
  if (result === 'approve') return succeed(orders, order, paymentId, attempt);
  return failed(orders, paymentId, attempt, {
    code: 'authentication_failed',
    message: 'The 3-D Secure challenge was failed (sandbox).',
  });
}

async function succeed(
  orders: SandboxOrders,
  order: OrderRecord,
  paymentId: string,
  attempt: string,
): Promise<OrderRecord | null> {
  const processing = await orders.applyPaymentEvent({
    provider: 'sandbox',
    eventId: `sbev_${attempt}_processing`,
    paymentId,
    type: 'processing',
    providerData: { nextAction: null },
  });
  // The status moves by compare-and-set: when two attempts race, the one that did not move it stops here.
  if (processing.outcome !== 'applied') {
    throw new ApiError('order_state_invalid', `Order ${order.id} is already being paid`);
  }
  const paid = await orders.applyPaymentEvent({
    provider: 'sandbox',
    eventId: `sbev_${attempt}_succeeded`,
    paymentId,
    type: 'succeeded',
    amount: order.total,
    paymentMethod: SANDBOX_PAYMENT_METHOD,
  });
  return paid.order ?? null;
}
