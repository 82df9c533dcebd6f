import type { UrcardEvent, WebhookDelivery, WebhookEndpoint } from '@urcard/sdk';
import { iso } from '../../clock.ts';
import type { EventRecord, WebhookDeliveryRecord, WebhookEndpointRecord } from '../../store/types.ts';

const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

/** The event as the API shows it, and as a webhook's body carries it. */
export function eventView(e: EventRecord): UrcardEvent {
  return { id: e.id, type: e.type, timestamp: iso(e.createdAt), data: e.data };
}

/** The endpoint without its secret. */
export function endpointView(e: WebhookEndpointRecord): WebhookEndpoint {
  return {
    id: e.id,
    url: e.url,
    description: e.description,
    enabledEvents: e.enabledEvents as WebhookEndpoint['enabledEvents'],
    status: e.status,
    disabledReason: e.disabledReason,
    failingSince: isoOrNull(e.failingSince),
    createdAt: iso(e.createdAt),
    updatedAt: iso(e.updatedAt),
  };
}

export function deliveryView(d: WebhookDeliveryRecord): WebhookDelivery {
  return {
    id: d.id,
    eventId: d.eventId,
    eventType: d.eventType,
    status: d.status,
    attempts: d.attempts,
    responseStatus: d.responseStatus,
    lastAttemptAt: isoOrNull(d.lastAttemptAt),
    nextAttemptAt: d.status === 'pending' ? isoOrNull(d.nextAttemptAt) : null,
    createdAt: iso(d.createdAt),
  };
}
