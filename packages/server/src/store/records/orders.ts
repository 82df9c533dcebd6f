import type {
  Currency,
  IssuedReceipt,
  LineItem,
  Money,
  ORDER_FAILURE_CODES,
  OrderStatus,
  PAYMENT_ERROR_CODES,
  PaymentMethodSummary,
  PaymentProvider as PaymentProviderName,
  PlanSnapshot,
  ReversalStatus,
} from '@urcard/sdk';

export interface QuoteRecord {
  id: string;
  partnerId: string;
  cardId: string;
  currency: Currency;
  plan: PlanSnapshot;
  lineItems: LineItem[];
  subtotal: Money;
  discount: Money;
  total: Money;
  promo: { code: string; description: string } | null;
  autoRenewAllowed: boolean;
  expiresAt: number;
  createdAt: number;
}

export type PaymentErrorCode = (typeof PAYMENT_ERROR_CODES)[number];
export type OrderFailureCode = (typeof ORDER_FAILURE_CODES)[number];

export interface OrderRecord {
  id: string;
  partnerId: string;
  cardId: string;
  quoteId: string;
  status: OrderStatus;
  maskedCardNumber: string;
  plan: PlanSnapshot;
  lineItems: LineItem[];
  subtotal: Money;
  discount: Money;
  total: Money;
  promoCode: string | null;
  autoRenew: boolean;
  /** Started by the auto-renew scheduler and charged without the customer present. */
  offSession: boolean;
  email: string | null;
  partnerRef: string | null;
  /** What started an order nobody was present for, when not the expiry: `low_data`, the carrier's low-data notice. */
  origin?: 'low_data';
  provider: PaymentProviderName;
  /** Stripe: the PaymentIntent id; sandbox: `sbpi_…`. Null until the provider has one. */
  providerPaymentId: string | null;
  /** Provider-specific facts that are not secrets (Stripe: payment method types; sandbox: a pending challenge). */
  providerData: Record<string, unknown>;
  paymentMethod: PaymentMethodSummary | null;
  lastPaymentError: { code: PaymentErrorCode; message: string } | null;
  failure: { code: OrderFailureCode; message: string; refunded: boolean } | null;
  /** The receipt as issued; the view adds the seller, the price breakdown and the next auto-renewal. */
  receipt: IssuedReceipt | null;
  /** The customer's language for receipts (BCP 47); null when none was given. */
  locale: string | null;
  /** A refund support made of a paid or completed order; null otherwise. */
  refund: OrderRefundRecord | null;
  /** When the provider said the last thing about this payment; older news is ignored. */
  lastPaymentEventAt: number | null;
  createdAt: number;
  updatedAt: number;
}
export interface OrderRefundRecord {
  reason: string | null;
  amount: Money;
  /** The renewal had been applied and is reversed at the carrier. */
  reversal: boolean;
  requestedAt: number;
  settledAt: number | null;
  /** What the carrier answered the reversal (written when the refund settles). */
  carrier?: { status: ReversalStatus; detail: string | null };
}

export type OrderPatch = Partial<
  Pick<
    OrderRecord,
    | 'status'
    | 'providerPaymentId'
    | 'providerData'
    | 'paymentMethod'
    | 'lastPaymentError'
    | 'failure'
    | 'receipt'
    | 'refund'
    | 'lastPaymentEventAt'
  >
>;

/** One line of an order's history: every status change is written with its reason. */
export interface OrderEventRecord {
  orderId: string;
  from: OrderStatus | null;
  to: OrderStatus;
  reason: string | null;
  at: number;
}

/** Money that moved: at most one charge and one refund per order (unique), whatever retries happen. */
export interface PaymentRecord {
  id: string;
  orderId: string;
  kind: 'charge' | 'refund';
  provider: PaymentProviderName;
  providerRef: string | null;
  amount: Money;
  createdAt: number;
}

export interface OrderFilter {
  cardId?: string;
  statuses?: readonly OrderStatus[];
  createdBefore?: number;
  /** Only orders created at or after this time. */
  createdAfter?: number;
  /** Only this partner's orders. */
  partnerId?: string;
  /** Newest first (default oldest first). */
  newestFirst?: boolean;
  /** Keyset cursor: only orders after this one in the chosen order. */
  after?: { createdAt: number; id: string };
  limit?: number;
}

/** Quotes, orders, their history and the money that moved. */
export interface OrderStoreData {
  insertQuote(quote: QuoteRecord): Promise<void>;
  getQuote(id: string): Promise<QuoteRecord | null>;

  insertOrder(order: OrderRecord): Promise<void>;
  /** `lock`: inside a transaction, hold the row until it ends (read, decide, write without another instance between). */
  getOrder(id: string, options?: { lock?: boolean }): Promise<OrderRecord | null>;
  getOrderByProviderPaymentId(
    provider: PaymentProviderName,
    paymentId: string,
    options?: { lock?: boolean },
  ): Promise<OrderRecord | null>;
  /** Applies the patch only if the order is still in `expectStatus` (compare-and-set); false otherwise. */
  updateOrder(id: string, patch: OrderPatch, expectStatus: OrderStatus, now: number): Promise<boolean>;
  listOrders(filter: OrderFilter): Promise<OrderRecord[]>;
  insertOrderEvent(event: OrderEventRecord): Promise<void>;
  listOrderEvents(orderId: string): Promise<OrderEventRecord[]>;

  /** False when the order already has a payment of that kind. */
  insertPayment(payment: PaymentRecord): Promise<boolean>;
  listPayments(orderId?: string): Promise<PaymentRecord[]>;

  /** False when the event was seen before. */
  recordProviderEvent(provider: PaymentProviderName, eventId: string, now: number): Promise<boolean>;
}
