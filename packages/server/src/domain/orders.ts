import type { Order, OrderStatus, PaymentMethodType, Receipt } from '@urcard/sdk';
import type { Carrier } from '../carrier/carrier.ts';
import type { Clock } from '../clock.ts';
import { DAY_MS, iso } from '../clock.ts';
import type { ServerConfig } from '../config.ts';
import { ApiError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { Logger } from '../log.ts';
import type { PaymentEvent, PaymentEventResult, PaymentMethodDetails, PaymentProvider } from '../payments/provider.ts';
import { offeredPaymentMethodTypes, storedPaymentView } from '../payments/provider.ts';
import type {
  CardRecord,
  OrderPatch,
  OrderRecord,
  PartnerRecord,
  QuoteRecord,
  Store,
  StoreData,
} from '../store/types.ts';
import { assertRenewable, maskCardNumber } from './cards.ts';
import { findPlan } from './catalogue.ts';
import { canTransition, OrderStateError } from './order-machine.ts';
import { buildQuote } from './quotes.ts';

export interface OrderServiceDeps {
  store: Store;
  provider: PaymentProvider;
  carrier: Carrier;
  clock: Clock;
  config: ServerConfig;
  log: Logger;
}

/** Statuses in which an order is waiting for its payment. */
const PAYABLE: readonly OrderStatus[] = ['requires_payment', 'processing'];

/**
 * Moves an order to `to` inside a transaction, if the state machine allows it and nobody moved it meanwhile
 * (compare-and-set on the current status), and writes the change to the order's history.
 */
export async function transitionOrder(
  tx: StoreData,
  order: OrderRecord,
  to: OrderStatus,
  patch: OrderPatch,
  reason: string,
  now: number,
): Promise<OrderRecord> {
  if (!canTransition(order.status, to)) throw new OrderStateError(order.id, order.status, to);
  const moved = await tx.updateOrder(order.id, { ...patch, status: to }, order.status, now);
  if (!moved) {
    const current = await tx.getOrder(order.id);
    throw new OrderStateError(order.id, current?.status ?? order.status, to);
  }
  await tx.insertOrderEvent({ orderId: order.id, from: order.status, to, reason, at: now });
  return { ...order, ...patch, status: to, updatedAt: now };
}

export function receiptNumber(orderId: string, issuedAt: number): string {
  return `UR-${iso(issuedAt).slice(0, 10).replaceAll('-', '')}-${orderId.slice(-8).toUpperCase()}`;
}

/** Orders: creation from a quote, payment events, provisioning, refunds and auto-renewals. */
export class OrderService {
  readonly #deps: OrderServiceDeps;
  /** Called when new work is queued, so the job worker starts on it at once. */
  onWork: () => void = () => {};

  constructor(deps: OrderServiceDeps) {
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
    const order = this.#newOrder({
      id: input.orderId,
      partnerId: partner.id,
      card,
      quote,
      autoRenew: input.autoRenew,
      offSession: false,
      email: input.email,
      partnerRef: input.partnerRef,
      providerPaymentId: created.paymentId,
      providerData: created.data,
      now,
    });
    await store.transaction(async (tx) => {
      await tx.insertOrder(order);
      await tx.insertOrderEvent({ orderId: order.id, from: null, to: order.status, reason: 'created', at: now });
      if (created.providerCustomerId && created.providerCustomerId !== card.providerCustomerId) {
        await tx.updateCard(card.id, { providerCustomerId: created.providerCustomerId }, now);
      }
    });
    return { order, clientSecret: created.clientSecret ?? null };
  }

  #newOrder(o: {
    id: string;
    partnerId: string;
    card: CardRecord;
    quote: QuoteRecord;
    autoRenew: boolean;
    offSession: boolean;
    email: string | null;
    partnerRef: string | null;
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
      provider: this.#deps.provider.name,
      providerPaymentId: o.providerPaymentId,
      providerData: o.providerData,
      paymentMethod: null,
      lastPaymentError: null,
      failure: null,
      receipt: null,
      lastPaymentEventAt: null,
      createdAt: o.now,
      updatedAt: o.now,
    };
  }

  /** The order as the API shows it. */
  async view(order: OrderRecord, fresh?: { clientSecret?: string | null }): Promise<Order> {
    const { provider } = this.#deps;
    const payment =
      order.provider === provider.name ? await provider.describePayment(order, fresh) : storedPaymentView(order);
    return {
      id: order.id,
      status: order.status,
      cardId: order.cardId,
      maskedCardNumber: order.maskedCardNumber,
      quoteId: order.quoteId,
      plan: order.plan,
      lineItems: order.lineItems,
      subtotal: order.subtotal,
      discount: order.discount,
      total: order.total,
      promoCode: order.promoCode,
      autoRenew: order.autoRenew,
      email: order.email,
      partnerRef: order.partnerRef,
      payment,
      paymentMethod: order.paymentMethod,
      lastPaymentError: order.lastPaymentError,
      failure: order.failure,
      receipt: order.receipt,
      createdAt: iso(order.createdAt),
      updatedAt: iso(order.updatedAt),
    };
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

  /**
   * Applies what a payment provider reports. Each event id counts once; an event that the order is already past
   * (a late `processing` after `succeeded`, a `failed` after `paid`) or that is older than the order's latest
   * news is recorded and ignored.
   */
  async applyPaymentEvent(event: PaymentEvent): Promise<PaymentEventResult> {
    const now = this.#deps.clock.now();
    const result = await this.#deps.store.transaction((tx) => this.#applyPaymentEvent(tx, event, now));
    this.#deps.log.info('payment event', {
      provider: event.provider,
      eventId: event.eventId,
      type: event.type,
      outcome: result.outcome,
      orderId: result.orderId,
      status: result.status,
    });
    if (result.outcome === 'applied' && result.status === 'paid') this.onWork();
    return result;
  }

  async #applyPaymentEvent(tx: StoreData, event: PaymentEvent, now: number): Promise<PaymentEventResult> {
    if (!(await tx.recordProviderEvent(event.provider, event.eventId, now))) {
      return { outcome: 'duplicate', orderId: null, status: null };
    }
    const order = await tx.getOrderByProviderPaymentId(event.provider, event.paymentId);
    if (!order) return { outcome: 'unknown_payment', orderId: null, status: null };
    const stale = { outcome: 'stale', orderId: order.id, status: order.status } as const;
    if (
      event.occurredAt !== undefined &&
      order.lastPaymentEventAt !== null &&
      event.occurredAt < order.lastPaymentEventAt
    ) {
      return stale;
    }
    if (!PAYABLE.includes(order.status)) return stale;
    const base: OrderPatch = {
      lastPaymentEventAt: Math.max(event.occurredAt ?? now, order.lastPaymentEventAt ?? 0),
      ...(event.providerData ? { providerData: { ...order.providerData, ...event.providerData } } : {}),
    };
    let next: OrderRecord;
    switch (event.type) {
      case 'processing':
        if (order.status !== 'requires_payment') return stale;
        next = await transitionOrder(
          tx,
          order,
          'processing',
          { ...base, lastPaymentError: null },
          'payment processing',
          now,
        );
        break;
      case 'succeeded':
        next = await this.#markPaid(tx, order, event, base, now);
        break;
      case 'failed': {
        const error = event.error ?? { code: 'processing_error' as const, message: 'The payment failed' };
        if (order.offSession) {
          next = await transitionOrder(
            tx,
            order,
            'failed',
            {
              ...base,
              lastPaymentError: error,
              failure: { code: 'payment_failed', message: error.message, refunded: false },
            },
            `off-session payment failed: ${error.code}`,
            now,
          );
        } else if (order.status === 'processing') {
          next = await transitionOrder(
            tx,
            order,
            'requires_payment',
            { ...base, lastPaymentError: error },
            error.code,
            now,
          );
        } else {
          await tx.updateOrder(order.id, { ...base, lastPaymentError: error }, order.status, now);
          await tx.insertOrderEvent({
            orderId: order.id,
            from: order.status,
            to: order.status,
            reason: error.code,
            at: now,
          });
          next = { ...order, ...base, lastPaymentError: error };
        }
        break;
      }
      case 'canceled':
        next = await transitionOrder(tx, order, 'canceled', base, 'payment canceled by the provider', now);
        break;
    }
    return { outcome: 'applied', orderId: order.id, status: next.status };
  }

  async #markPaid(tx: StoreData, order: OrderRecord, event: PaymentEvent, base: OrderPatch, now: number) {
    const method: PaymentMethodDetails | undefined = event.paymentMethod;
    const paid = await transitionOrder(
      tx,
      order,
      'paid',
      { ...base, lastPaymentError: null, paymentMethod: method?.summary ?? null },
      'payment succeeded',
      now,
    );
    const charged = await tx.insertPayment({
      id: newId('pay'),
      orderId: order.id,
      kind: 'charge',
      provider: order.provider,
      providerRef: event.paymentId,
      amount: event.amount ?? order.total,
      createdAt: now,
    });
    if (!charged) this.#deps.log.error('order was already charged: second charge not recorded', { orderId: order.id });
    if (
      event.amount &&
      (event.amount.amount !== order.total.amount || event.amount.currency !== order.total.currency)
    ) {
      this.#deps.log.error('amount received differs from the order total', { orderId: order.id });
    }
    await tx.enqueueJob(
      { type: 'provision_order', uniqueKey: `provision:${order.id}`, payload: { orderId: order.id } },
      now,
    );
    if (order.autoRenew && method?.reusable && method.providerId) {
      await tx.updateCard(
        order.cardId,
        {
          autoRenew: true,
          savedPaymentMethod: { provider: order.provider, id: method.providerId, summary: method.summary },
        },
        now,
      );
    }
    return paid;
  }

  /** Job: hands a paid order to the carrier and records the answer. Safe to run again after a crash. */
  async provision(orderId: string, signal: AbortSignal): Promise<void> {
    const { store, clock, carrier } = this.#deps;
    let order = await store.getOrder(orderId);
    if (!order) return;
    if (order.status === 'paid') {
      const paid = order;
      order = await store.transaction((tx) =>
        transitionOrder(tx, paid, 'provisioning', {}, `sent to carrier ${carrier.name}`, clock.now()),
      );
    }
    if (order.status !== 'provisioning') return;
    const card = await store.getCard(order.cardId);
    if (!card) throw new Error(`Card ${order.cardId} of order ${order.id} is missing`);

    const answer = await carrier.renew({ reference: order.id, card, plan: order.plan }, signal);
    const now = clock.now();
    if (answer.status === 'accepted') {
      await store.transaction(async (tx) => {
        const current = await tx.getOrder(orderId);
        const currentCard = await tx.getCard(card.id);
        if (current?.status !== 'provisioning' || !currentCard) return;
        await this.#complete(tx, current, currentCard, now);
      });
      return;
    }
    await store.transaction(async (tx) => {
      const current = await tx.getOrder(orderId);
      if (current?.status !== 'provisioning') return;
      await this.#fail(tx, current, 'carrier_rejected', answer.reason, now);
    });
    this.onWork();
  }

  /** Gives up on provisioning (the carrier stayed unreachable): the order fails and is refunded. */
  async abandonProvisioning(orderId: string, reason: string): Promise<void> {
    const now = this.#deps.clock.now();
    await this.#deps.store.transaction(async (tx) => {
      const order = await tx.getOrder(orderId);
      if (!order || (order.status !== 'provisioning' && order.status !== 'paid')) return;
      const provisioning =
        order.status === 'paid'
          ? await transitionOrder(tx, order, 'provisioning', {}, 'carrier unreachable', now)
          : order;
      await this.#fail(tx, provisioning, 'carrier_unavailable', reason, now);
    });
    this.onWork();
  }

  async #fail(
    tx: StoreData,
    order: OrderRecord,
    code: 'carrier_rejected' | 'carrier_unavailable',
    message: string,
    now: number,
  ) {
    await transitionOrder(tx, order, 'failed', { failure: { code, message, refunded: false } }, code, now);
    await tx.enqueueJob({ type: 'refund_order', uniqueKey: `refund:${order.id}`, payload: { orderId: order.id } }, now);
  }

  async #complete(tx: StoreData, order: OrderRecord, card: CardRecord, now: number) {
    const previous = card.expiresAt;
    const newExpiresAt = Math.max(now, previous) + order.plan.validityDays * DAY_MS;
    const receipt: Receipt = {
      number: receiptNumber(order.id, now),
      planName: order.plan.name,
      tier: order.plan.tier,
      amount: order.total,
      paymentMethod: order.paymentMethod ?? {
        type: order.provider === 'sandbox' ? 'sandbox' : 'card',
        brand: null,
        last4: null,
      },
      maskedCardNumber: order.maskedCardNumber,
      previousExpiresAt: iso(previous),
      newExpiresAt: iso(newExpiresAt),
      issuedAt: iso(now),
    };
    await transitionOrder(tx, order, 'completed', { receipt }, 'carrier applied the renewal', now);
    const plan = order.plan;
    await tx.updateCard(
      card.id,
      {
        expiresAt: newExpiresAt,
        currentPlan: { id: plan.planId ?? 'custom', name: plan.name, tier: plan.tier },
        balance: {
          dataMb: plan.dataMb,
          dataTotalMb: plan.dataMb,
          minutes: plan.minutes,
          minutesTotal: plan.minutes,
          sms: plan.sms,
        },
        lastPurchase: { planId: plan.planId, plan, currency: order.total.currency as QuoteRecord['currency'] },
      },
      now,
    );
  }

  /** Job: refunds a failed order's payment once, then marks it refunded. */
  async refund(orderId: string): Promise<void> {
    const { store, clock, provider } = this.#deps;
    const order = await store.getOrder(orderId);
    if (order?.status !== 'failed' || !order.failure || order.failure.refunded) return;
    if (!order.providerPaymentId || (await store.listPayments(orderId)).every((p) => p.kind !== 'charge')) return;
    const result = await provider.refund({
      orderId,
      paymentId: order.providerPaymentId,
      amount: order.total,
      idempotencyKey: `refund_${orderId}`,
      reason: order.failure.code,
    });
    const now = clock.now();
    await store.transaction(async (tx) => {
      const current = await tx.getOrder(orderId);
      if (current?.status !== 'failed' || !current.failure) return;
      await tx.insertPayment({
        id: newId('pay'),
        orderId,
        kind: 'refund',
        provider: current.provider,
        providerRef: result.refundId,
        amount: current.total,
        createdAt: now,
      });
      await transitionOrder(
        tx,
        current,
        'refunded',
        { failure: { ...current.failure, refunded: true } },
        'refunded',
        now,
      );
    });
  }

  /**
   * Job: renews a card off-session with its last plan at today's price. The order id is fixed when the job is
   * queued, so a resumed job finds its order and the provider's idempotency key stops a second charge.
   */
  async autoRenew(payload: { cardId: string; expiresAt: number; orderId: string }): Promise<void> {
    const { store, clock, provider, config, log } = this.#deps;
    let order = await store.getOrder(payload.orderId);
    const card = await store.getCard(payload.cardId);
    if (!card) return;
    if (!order) {
      const last = card.lastPurchase;
      if (
        !card.autoRenew ||
        !card.savedPaymentMethod ||
        card.state !== 'active' ||
        card.expiresAt !== payload.expiresAt ||
        !last?.planId
      ) {
        return;
      }
      const plan = findPlan(last.planId);
      if (!plan?.autoRenewAllowed) {
        log.warn('auto-renew skipped: the last plan is no longer offered', { cardId: card.id, planId: last.planId });
        return;
      }
      const now = clock.now();
      const quote = buildQuote({
        id: newId('quo'),
        partnerId: await this.#partnerOfLastOrder(card.id),
        cardId: card.id,
        selection: { planId: plan.id },
        currency: last.currency,
        now,
        ttlMs: config.quoteTtlMs,
      });
      const created = this.#newOrder({
        id: payload.orderId,
        partnerId: quote.partnerId,
        card,
        quote,
        autoRenew: true,
        offSession: true,
        email: null,
        partnerRef: null,
        providerPaymentId: null,
        providerData: {},
        now,
      });
      await store.transaction(async (tx) => {
        await tx.insertQuote(quote);
        await tx.insertOrder(created);
        await tx.insertOrderEvent({
          orderId: created.id,
          from: null,
          to: created.status,
          reason: 'auto-renew',
          at: now,
        });
      });
      order = created;
    }
    if (order.status !== 'requires_payment' || order.providerPaymentId !== null || !card.savedPaymentMethod) return;

    const result = await provider.chargeOffSession({
      orderId: order.id,
      amount: order.total,
      description: `UR card ${order.maskedCardNumber} — ${order.plan.name} (auto-renew)`,
      card: { id: card.id, last4: card.last4, providerCustomerId: card.providerCustomerId },
      paymentMethod: card.savedPaymentMethod,
      idempotencyKey: `offsession_${order.id}`,
      metadata: { orderId: order.id, cardId: card.id, partnerId: order.partnerId, autoRenew: 'true' },
    });
    const now = clock.now();
    const charging = order;
    const applied = await store.transaction(async (tx) => {
      await tx.updateOrder(
        charging.id,
        { providerPaymentId: result.paymentId, providerData: { ...charging.providerData, ...result.data } },
        'requires_payment',
        now,
      );
      const type = result.status === 'requires_action' ? 'failed' : result.status;
      const error =
        result.status === 'requires_action'
          ? {
              code: 'authentication_failed' as const,
              message: 'The bank asked for authentication, which needs the customer',
            }
          : result.error;
      return this.#applyPaymentEvent(
        tx,
        {
          provider: charging.provider,
          eventId: `offsession:${charging.id}:${result.status}`,
          paymentId: result.paymentId,
          type,
          ...(result.paymentMethod ? { paymentMethod: result.paymentMethod } : {}),
          ...(error ? { error } : {}),
          amount: charging.total,
        },
        now,
      );
    });
    log.info('auto-renew charged', { orderId: charging.id, cardId: card.id, outcome: result.status });
    if (applied.status === 'paid') this.onWork();
  }

  async #partnerOfLastOrder(cardId: string): Promise<string> {
    const orders = await this.#deps.store.listOrders({ cardId, statuses: ['completed'] });
    const last = orders.at(-1);
    if (!last) throw new Error(`Card ${cardId} has no completed order to renew`);
    return last.partnerId;
  }

  /** Cancels orders that have waited for payment longer than the configured time. */
  async cancelUnpaid(): Promise<number> {
    const { store, clock, config, provider, log } = this.#deps;
    const now = clock.now();
    const stale = await store.listOrders({
      statuses: ['requires_payment'],
      createdBefore: now - config.unpaidOrderTtlMs,
      limit: 100,
    });
    let canceled = 0;
    for (const order of stale) {
      try {
        await store.transaction((tx) => transitionOrder(tx, order, 'canceled', {}, 'not paid in time', now));
        canceled++;
        if (order.provider === provider.name) await provider.cancelPayment?.(order);
      } catch (error) {
        log.warn('could not cancel an unpaid order', { orderId: order.id, error });
      }
    }
    return canceled;
  }
}
