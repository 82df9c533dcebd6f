import type { Insertable, Selectable } from 'kysely';
import type { EventsTable, WebhookDeliveriesTable, WebhookEndpointsTable } from '../schema.ts';
import type { EventRecord, WebhookDeliveryRecord, WebhookEndpointRecord } from '../types.ts';
import { parse } from './rows.ts';

// Events, webhook endpoints and deliveries: rows to records and back.

export function eventFromRow(r: Selectable<EventsTable>): EventRecord {
  return {
    seq: r.seq,
    id: r.id,
    partnerId: r.partner_id,
    type: r.type as EventRecord['type'],
    orderId: r.order_id,
    cardId: r.card_id,
    data: parse(r.data),
    createdAt: r.created_at,
  };
}

export function endpointFromRow(r: Selectable<WebhookEndpointsTable>): WebhookEndpointRecord {
  return {
    id: r.id,
    partnerId: r.partner_id,
    url: r.url,
    description: r.description,
    enabledEvents: parse(r.enabled_events),
    secret: r.secret,
    previousSecret: r.previous_secret,
    previousSecretUntil: r.previous_secret_until,
    status: r.status as WebhookEndpointRecord['status'],
    disabledReason: r.disabled_reason,
    failingSince: r.failing_since,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function endpointToRow(e: WebhookEndpointRecord): Insertable<WebhookEndpointsTable> {
  return {
    id: e.id,
    partner_id: e.partnerId,
    url: e.url,
    description: e.description,
    enabled_events: JSON.stringify(e.enabledEvents),
    secret: e.secret,
    previous_secret: e.previousSecret,
    previous_secret_until: e.previousSecretUntil,
    status: e.status,
    disabled_reason: e.disabledReason,
    failing_since: e.failingSince,
    created_at: e.createdAt,
    updated_at: e.updatedAt,
  };
}

export function deliveryFromRow(r: Selectable<WebhookDeliveriesTable>): WebhookDeliveryRecord {
  return {
    id: r.id,
    endpointId: r.endpoint_id,
    eventId: r.event_id,
    eventSeq: r.event_seq,
    eventType: r.event_type as WebhookDeliveryRecord['eventType'],
    chain: r.chain,
    status: r.status as WebhookDeliveryRecord['status'],
    attempts: r.attempts,
    responseStatus: r.response_status,
    lastError: r.last_error,
    lastAttemptAt: r.last_attempt_at,
    nextAttemptAt: r.next_attempt_at,
    sendingUntil: r.sending_until,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function deliveryToRow(d: WebhookDeliveryRecord): Insertable<WebhookDeliveriesTable> {
  return {
    id: d.id,
    endpoint_id: d.endpointId,
    event_id: d.eventId,
    event_seq: d.eventSeq,
    event_type: d.eventType,
    chain: d.chain,
    status: d.status,
    attempts: d.attempts,
    response_status: d.responseStatus,
    last_error: d.lastError,
    last_attempt_at: d.lastAttemptAt,
    next_attempt_at: d.nextAttemptAt,
    sending_until: d.sendingUntil,
    created_at: d.createdAt,
    updated_at: d.updatedAt,
  };
}
