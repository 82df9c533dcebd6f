import type { Currency, Order, OrderRefund, PaymentProvider as PaymentProviderName } from '@urcard/sdk';
import { iso } from '../../clock.ts';
import type { PaymentProvider } from '../../payments/provider.ts';
import { storedPaymentView } from '../../payments/provider.ts';
import type { CardRecord, OrderRecord, OrderRefundRecord, QuoteRecord } from '../../store/types.ts';
import { nextAutoRenewal, planLinePrice, renewedExpiry } from '../auto-renewal.ts';
import { maskCardNumber } from '../cards.ts';

/** A new order waiting for payment, priced by its quote. */
export function newOrder(o: {
  id: string;
  partnerId: string;
  card: CardRecord;
  quote: QuoteRecord;
  autoRenew: boolean;
  offSession: boolean;
  email: string | null;
  partnerRef: string | null;
  locale?: string | null;
  provider: PaymentProviderName;
  providerPaymentId: string | null;
  providerData: Record<string, unknown>;
  now: number;
}): OrderRecord {
  return {
    id: o.id,
    partnerId: o.partnerId,
    cardId: o.card.id,
    quoteId: o.quote.id,
    status: 'requires_payment',
    maskedCardNumber: maskCardNumber(o.card.last4),
    plan: o.quote.plan,
    lineItems: o.quote.lineItems,
    subtotal: o.quote.subtotal,
    discount: o.quote.discount,
    total: o.quote.total,
    promoCode: o.quote.promo?.code ?? null,
    autoRenew: o.autoRenew,
    offSession: o.offSession,
    email: o.email,
    partnerRef: o.partnerRef,
    provider: o.provider,
    providerPaymentId: o.providerPaymentId,
    providerData: o.providerData,
    paymentMethod: null,
    lastPaymentError: null,
    failure: null,
    receipt: null,
    locale: o.locale ?? null,
    refund: null,
    lastPaymentEventAt: null,
    createdAt: o.now,
    updatedAt: o.now,
  };
}

function refundView(refund: OrderRefundRecord, hideDetail: boolean): OrderRefund {
  return {
    reason: refund.reason,
    amount: refund.amount,
    reversal: refund.reversal,
    requestedAt: iso(refund.requestedAt),
    settledAt: refund.settledAt === null ? null : iso(refund.settledAt),
    // The carrier's words can name the ICCID: for a secret key only.
    ...(refund.carrier
      ? { carrier: { status: refund.carrier.status, detail: hideDetail ? null : refund.carrier.detail } }
      : {}),
  };
}

/** What an order's view needs beyond the order: the seller, the card's expiry now, the auto-renew rule. */
export interface OrderViewContext {
  /** The partner's name. */
  seller: string;
  /** The card's expiry now (before this order is applied); null when the card is gone. */
  cardExpiresAt: number | null;
  now: number;
  autoRenewLeadDays: number;
  /** PlanSource.catalogue (default true): whether the plan's next charge may be priced from the catalogue. */
  catalogue?: boolean;
}

/** The card's expiry after the order: the receipt's once applied, expected (from the card now) before. */
function expectedExpiry(order: OrderRecord, context: OrderViewContext): number {
  if (order.receipt) return Date.parse(order.receipt.newExpiresAt);
  return renewedExpiry(context.cardExpiresAt ?? context.now, order.plan.validityDays, context.now);
}

export interface OrderViewOptions {
  /** The client secret `createPayment` returned moments ago (never stored). */
  clientSecret?: string | null;
  /** A publishable key's view: no address, partner reference or card id. */
  private?: boolean;
  /** No payment client secret: the caller did not show the token of the order's card. */
  withholdSecret?: boolean;
}

/**
 * What a caller of `GET /v1/orders/:id` may see. The secret key sees the whole order. A publishable key is public
 * and an order id is no secret: it sees the order without the customer's details, and the payment's client secret
 * (which lets its holder pay) only with a card token (`c.var.card`) of the order's own card.
 */
export function viewerOptions(order: OrderRecord, viewer: { secretKey: boolean; card: CardRecord | null }) {
  if (viewer.secretKey) return {};
  return { private: true, withholdSecret: viewer.card?.id !== order.cardId } satisfies OrderViewOptions;
}

/** The order as the API shows it; the payment block comes from the provider that made it. */
export async function orderView(
  provider: PaymentProvider,
  order: OrderRecord,
  context: OrderViewContext,
  fresh?: OrderViewOptions,
): Promise<Order> {
  const payment =
    order.provider === provider.name ? await provider.describePayment(order, fresh) : storedPaymentView(order);
  const newExpiresAt = expectedExpiry(order, context);
  const autoRenewal = order.autoRenew
    ? nextAutoRenewal(
        order.plan,
        order.total.currency as Currency,
        newExpiresAt,
        context.autoRenewLeadDays,
        planLinePrice(order.lineItems),
        context.catalogue ?? true,
      )
    : null;
  return {
    id: order.id,
    status: order.status,
    cardId: fresh?.private ? null : order.cardId,
    maskedCardNumber: order.maskedCardNumber,
    quoteId: order.quoteId,
    plan: order.plan,
    lineItems: order.lineItems,
    subtotal: order.subtotal,
    discount: order.discount,
    total: order.total,
    promoCode: order.promoCode,
    autoRenew: order.autoRenew,
    newExpiresAt: iso(newExpiresAt),
    autoRenewal,
    // A publishable key is public: whoever holds it and an order id learns neither the customer's address, nor the
    // partner's reference, nor which card it is.
    email: fresh?.private ? null : order.email,
    partnerRef: fresh?.private ? null : order.partnerRef,
    payment,
    paymentMethod: order.paymentMethod,
    lastPaymentError: order.lastPaymentError,
    failure: order.failure,
    // The stored receipt, with what the order knows of the price and who sold it.
    receipt: order.receipt && {
      ...order.receipt,
      seller: context.seller,
      subtotal: order.subtotal,
      discount: order.discount,
      promoCode: order.promoCode,
      autoRenewal,
    },
    ...(order.refund ? { refund: refundView(order.refund, fresh?.private === true) } : {}),
    locale: order.locale,
    createdAt: iso(order.createdAt),
    updatedAt: iso(order.updatedAt),
  };
}
