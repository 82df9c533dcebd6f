import type { EventData, EventType, OrderEventData, OrderStatus } from '@urcard/sdk';
import { iso } from '../../clock.ts';
import { newId } from '../../ids.ts';
import type { EventRecord, OrderRecord, StoreData, WebhookEndpointRecord } from '../../store/types.ts';

/** The event each status change is: a renewal completes or fails; a declined payment puts the order back. */
const TRANSITION_EVENTS: Record<OrderStatus, EventType> = {
  requires_payment: 'order.payment_failed',
  processing: 'order.processing',
  paid: 'order.paid',
  provisioning: 'order.provisioning',
  completed: 'renewal.completed',
  failed: 'renewal.failed',
  refunded: 'order.refunded',
  canceled: 'order.canceled',
};

export function eventTypeOfTransition(to: OrderStatus): EventType {
  return TRANSITION_EVENTS[to];
}

export function orderEventData(order: OrderRecord): OrderEventData {
  return {
    object: 'order',
    id: order.id,
    status: order.status,
    cardId: order.cardId,
    maskedCardNumber: order.maskedCardNumber,
    plan: order.plan,
    total: order.total,
    discount: order.discount,
    promoCode: order.promoCode,
    autoRenew: order.autoRenew,
    offSession: order.offSession,
    partnerRef: order.partnerRef,
    lastPaymentError: order.lastPaymentError,
    failure: order.failure,
    receipt: order.receipt,
    createdAt: iso(order.createdAt),
    updatedAt: iso(order.updatedAt),
  };
}

export function endpointWants(endpoint: WebhookEndpointRecord, type: EventType): boolean {
  return (
    endpoint.status === 'enabled' && (endpoint.enabledEvents.includes('*') || endpoint.enabledEvents.includes(type))
  );
}

/** Deliveries of one chain go out in order: the events of an order, or of a card. */
export function chainOf(event: Pick<EventRecord, 'orderId' | 'cardId' | 'id'>): string {
  if (event.orderId) return `order:${event.orderId}`;
  if (event.cardId) return `card:${event.cardId}`;
  return `event:${event.id}`;
}

/** Queues one delivery of `event` to `endpoint`, with the job that sends it (inside the caller's transaction). */
export async function queueDelivery(
  tx: StoreData,
  event: EventRecord,
  endpoint: WebhookEndpointRecord,
  now: number,
  chain = chainOf(event),
) {
  const delivery = {
    id: newId('whd'),
    endpointId: endpoint.id,
    eventId: event.id,
    eventSeq: event.seq,
    eventType: event.type,
    chain,
    status: 'pending' as const,
    attempts: 0,
    responseStatus: null,
    lastError: null,
    lastAttemptAt: null,
    nextAttemptAt: now,
    sendingUntil: null,
    createdAt: now,
    updatedAt: now,
  };
  await tx.insertWebhookDelivery(delivery);
  await tx.enqueueJob(
    { type: 'deliver_webhook', uniqueKey: `webhook:${delivery.id}:0`, payload: { deliveryId: delivery.id } },
    now,
  );
  return delivery;
}

/**
 * Records an event inside the transaction of the change it reports, and queues its deliveries to the partner's
 * endpoints that want it: the event and its webhooks exist if and only if the change does. `id` fixes the
 * event's id (an event that must happen once); null when that event exists already.
 */
export async function recordEvent(
  tx: StoreData,
  e: { partnerId: string; type: EventType; orderId?: string; cardId?: string; data: EventData; id?: string },
  now: number,
): Promise<EventRecord | null> {
  const event = await tx.insertEvent({
    id: e.id ?? newId('evt'),
    partnerId: e.partnerId,
    type: e.type,
    orderId: e.orderId ?? null,
    cardId: e.cardId ?? null,
    data: e.data,
    createdAt: now,
  });
  if (!event) return null;
  for (const endpoint of await tx.listWebhookEndpoints(e.partnerId)) {
    if (endpointWants(endpoint, event.type)) await queueDelivery(tx, event, endpoint, now);
  }
  return event;
}

/** The event of an order as it now stands. */
export function recordOrderEvent(tx: StoreData, type: EventType, order: OrderRecord, now: number) {
  return recordEvent(
    tx,
    { partnerId: order.partnerId, type, orderId: order.id, cardId: order.cardId, data: orderEventData(order) },
    now,
  );
}
