import type { PaymentMethodType } from '@urcard/sdk';
import { ApiError } from '../../errors.ts';
import type { PaymentProvider } from '../../payments/provider.ts';
import { offeredPaymentMethodTypes } from '../../payments/provider.ts';
import type { CardRecord, OrderPatch, OrderRecord, PartnerRecord } from '../../store/types.ts';
import { assertRenewable, maskCardNumber } from '../cards.ts';
import { recordOrderEvent } from '../events/record.ts';
import { findOffered } from '../plan-source.ts';
import type { OrderDeps } from './deps.ts';
import { newOrder } from './record.ts';

/** The first phase: an order made from a quote, its payment created with the provider, waiting to be paid. */
export class OrderCheckout {
  readonly #deps: OrderDeps;

  constructor(deps: OrderDeps) {
    this.#deps = deps;
  }

  async create(input: {
    orderId: string;
    partner: PartnerRecord;
    card: CardRecord;
    quoteId: string;
    autoRenew: boolean;
    email: string | null;
    partnerRef: string | null;
    /** The customer's language for receipts. */
    locale?: string | null;
    /** The payment methods the partner offers; all when absent. */
    paymentMethodTypes?: readonly PaymentMethodType[];
  }): Promise<{ order: OrderRecord; clientSecret: string | null }> {
    const { store, provider, clock } = this.#deps;
    const existing = await store.getOrder(input.orderId);
    // The same idempotent request, resumed after a crash: the order exists already.
    if (existing) return { order: existing, clientSecret: null };

    const { card, partner } = input;
    assertRenewable(card);
    const quote = await store.getQuote(input.quoteId);
    if (!quote || quote.partnerId !== partner.id || quote.cardId !== card.id) {
      throw new ApiError('not_found', `No quote ${input.quoteId} for this card`, { field: 'quoteId' });
    }
    if (quote.expiresAt <= clock.now()) {
      throw new ApiError('quote_expired', 'The quote has expired: ask for a new one', { field: 'quoteId' });
    }
    // The plan may have gone since the quote (a carrier's package dropped): nothing is charged for it.
    if (quote.plan.planId) findOffered(await this.#deps.plans.forCard(card), quote.plan.planId);
    if (input.autoRenew && !quote.autoRenewAllowed) {
      throw new ApiError('auto_renew_unavailable', 'This plan cannot be renewed automatically', { field: 'autoRenew' });
    }
    const paymentMethodTypes = offeredPaymentMethodTypes(input.autoRenew, input.paymentMethodTypes);
    if (paymentMethodTypes.length === 0) {
      throw new ApiError(
        'invalid_request',
        'None of these payment methods can be saved for auto-renew (WeChat Pay cannot)',
        {
          field: 'paymentMethodTypes',
        },
      );
    }

    let created: Awaited<ReturnType<PaymentProvider['createPayment']>>;
    try {
      created = await provider.createPayment({
        orderId: input.orderId,
        amount: quote.total,
        autoRenew: input.autoRenew,
        paymentMethodTypes,
        description: `UR card ${maskCardNumber(card.last4)} — ${quote.plan.name}`,
        email: input.email,
        card: { id: card.id, last4: card.last4, providerCustomerId: card.providerCustomerId },
        idempotencyKey: `order_${input.orderId}`,
        metadata: { orderId: input.orderId, cardId: card.id, partnerId: partner.id },
      });
    } catch (error) {
      this.#deps.log.error('payment provider could not create the payment', { orderId: input.orderId, error });
      throw new ApiError('payment_provider_error', 'The payment provider could not be reached; try again');
    }

    const now = clock.now();
    const order = newOrder({
      provider: provider.name,
      id: input.orderId,
      partnerId: partner.id,
      card,
      quote,
      autoRenew: input.autoRenew,
      offSession: false,
      email: input.email,
      partnerRef: input.partnerRef,
      locale: input.locale ?? null,
      providerPaymentId: created.paymentId,
      providerData: created.data,
      now,
    });
    await store.transaction(async (tx) => {
      await tx.insertOrder(order);
      await tx.insertOrderEvent({ orderId: order.id, from: null, to: order.status, reason: 'created', at: now });
      await recordOrderEvent(tx, 'order.created', order, now);
      if (created.providerCustomerId && created.providerCustomerId !== card.providerCustomerId) {
        await tx.updateCard(card.id, { providerCustomerId: created.providerCustomerId }, now);
      }
    });
    return { order, clientSecret: created.clientSecret ?? null };
  }

  /** Loads an order of this partner, or answers not_found (another partner's order does not exist for you). */
  async get(orderId: string, partnerId: string): Promise<OrderRecord> {
    const order = await this.#deps.store.getOrder(orderId);
    if (!order || order.partnerId !== partnerId) throw new ApiError('not_found', `No order ${orderId}`);
    return order;
  }

  /** Changes provider data of an order still waiting for payment (the sandbox's pending 3-D Secure challenge). */
  async updatePayable(order: OrderRecord, patch: OrderPatch): Promise<OrderRecord> {
    const now = this.#deps.clock.now();
    const updated = await this.#deps.store.updateOrder(order.id, patch, 'requires_payment', now);
    if (!updated) throw new ApiError('order_state_invalid', `Order ${order.id} is no longer waiting for payment`);
    return { ...order, ...patch, updatedAt: now };
  }
}
