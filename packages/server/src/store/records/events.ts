import type { EventData, EventType, WebhookDeliveryStatus, WebhookEndpointStatus } from '@urcard/sdk';
import type { CardRecord } from './cards.ts';

/** Something that happened, for the partner: `GET /v1/events` and webhooks. `seq` orders events. */
export interface EventRecord {
  seq: number;
  id: string;
  partnerId: string;
  type: EventType;
  orderId: string | null;
  cardId: string | null;
  data: EventData;
  createdAt: number;
}
export type NewEvent = Omit<EventRecord, 'seq'>;

export interface WebhookEndpointRecord {
  id: string;
  partnerId: string;
  url: string;
  description: string | null;
  /** Event types, or `*` for all. */
  enabledEvents: string[];
  /**
   * The `whsec_<base64>` signing secret as stored: sealed with URCARD_ENCRYPTION_KEY (webhooks/secret-box.ts; the
   * domain seals and opens it), or in clear in a row from before encryption until it is sealed at start. Never
   * logged.
   */
  secret: string;
  /** The secret before the last rotation (stored as `secret` is): deliveries carry its signature too until `previousSecretUntil`. */
  previousSecret: string | null;
  previousSecretUntil: number | null;
  status: WebhookEndpointStatus;
  disabledReason: string | null;
  /** Since when every attempt has failed; null after a success. */
  failingSince: number | null;
  createdAt: number;
  updatedAt: number;
}
export type WebhookEndpointPatch = Partial<
  Pick<
    WebhookEndpointRecord,
    | 'url'
    | 'description'
    | 'enabledEvents'
    | 'secret'
    | 'previousSecret'
    | 'previousSecretUntil'
    | 'status'
    | 'disabledReason'
    | 'failingSince'
  >
>;

export interface WebhookDeliveryRecord {
  id: string;
  endpointId: string;
  eventId: string;
  eventSeq: number;
  eventType: EventType;
  /** Deliveries of one chain (an order, a card) to one endpoint go out in `eventSeq` order. */
  chain: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  responseStatus: number | null;
  lastError: string | null;
  lastAttemptAt: number | null;
  nextAttemptAt: number | null;
  sendingUntil: number | null;
  createdAt: number;
  updatedAt: number;
}

/** Events for the partner, webhook endpoints and their deliveries, and housekeeping. */
export interface EventStoreData {
  /** Records an event; null when one with its id exists already (events with derived ids happen once). */
  insertEvent(event: NewEvent): Promise<EventRecord | null>;
  getEvent(id: string): Promise<EventRecord | null>;
  /** Cards that expire in [from, to), with each partner that renewed them (a completed order). */
  listExpiringCardPartners(from: number, to: number): Promise<{ card: CardRecord; partnerId: string }[]>;
  /** The partner's events, newest first, older than `beforeSeq` when given. */
  listEvents(filter: {
    partnerId: string;
    type?: EventType;
    beforeSeq?: number;
    limit: number;
  }): Promise<EventRecord[]>;

  insertWebhookEndpoint(endpoint: WebhookEndpointRecord): Promise<void>;
  getWebhookEndpoint(id: string): Promise<WebhookEndpointRecord | null>;
  listWebhookEndpoints(partnerId: string): Promise<WebhookEndpointRecord[]>;
  updateWebhookEndpoint(id: string, patch: WebhookEndpointPatch, now: number): Promise<WebhookEndpointRecord | null>;
  /**
   * Replaces the stored secrets of an endpoint only while they are still `expected` (one statement): false when
   * another instance changed them first (a rotation, or the same re-sealing).
   */
  replaceWebhookSecrets(
    id: string,
    expected: Pick<WebhookEndpointRecord, 'secret' | 'previousSecret'>,
    next: Pick<WebhookEndpointRecord, 'secret' | 'previousSecret'>,
  ): Promise<boolean>;
  /** Every endpoint of every partner (housekeeping at start). */
  listAllWebhookEndpoints(): Promise<WebhookEndpointRecord[]>;
  /** Deletes the endpoint and its deliveries; false when there was none. */
  deleteWebhookEndpoint(id: string): Promise<boolean>;
  /** Marks the endpoint failing since now unless it already was; returns since when (one statement). */
  markWebhookEndpointFailing(id: string, now: number): Promise<number | null>;

  insertWebhookDelivery(delivery: WebhookDeliveryRecord): Promise<void>;
  getWebhookDelivery(id: string): Promise<WebhookDeliveryRecord | null>;
  /** The endpoint's deliveries, newest first. */
  listWebhookDeliveries(endpointId: string, limit: number): Promise<WebhookDeliveryRecord[]>;
  /** The first pending delivery of the chain before (`before`) or after (`after`) the event `seq`. */
  pendingWebhookDelivery(
    at: { endpointId: string; chain: string; seq: number },
    side: 'before' | 'after',
  ): Promise<WebhookDeliveryRecord | null>;
  /** Takes a pending delivery for one attempt until `until`, unless another attempt holds it (one statement). */
  claimWebhookDelivery(id: string, now: number, until: number): Promise<WebhookDeliveryRecord | null>;
  /** Writes the outcome of one attempt and lets go of the delivery. */
  recordWebhookAttempt(
    id: string,
    outcome: {
      status: WebhookDeliveryStatus;
      responseStatus: number | null;
      error: string | null;
      nextAttemptAt: number | null;
      now: number;
    },
  ): Promise<void>;
  /** Gives up the endpoint's pending deliveries (it was disabled); returns how many. */
  failPendingWebhookDeliveries(endpointId: string, now: number): Promise<number>;

  /** Deletes expired tokens, quotes, sessions, idempotency keys, old provider event ids, events and deliveries. */
  purgeExpired(now: number): Promise<number>;
}
