import type { EventList, ListEventsQuery, UrcardEvent } from './contract/events.ts';
import type {
  CreateWebhookEndpointRequest,
  DeletedWebhookEndpoint,
  UpdateWebhookEndpointRequest,
  WebhookDelivery,
  WebhookEndpoint,
  WebhookEndpointWithSecret,
} from './contract/webhooks.ts';
import { everyItem } from './paging.ts';
import type { CallOptions, RequestContext } from './request.ts';
import { callRoute } from './request.ts';

export interface EventsClient {
  /**
   * One page of your events (the last 30 days), newest first: `limit` 1–100 (default 20), `type` one event type;
   * pass the last id as `starting_after` for the next page.
   */
  list(query?: ListEventsQuery, options?: CallOptions): Promise<EventList>;
  /** Every event (of `type`, when given), newest first, fetched 100 at a time as you iterate. */
  listAll(query?: Pick<ListEventsQuery, 'type'>, options?: CallOptions): AsyncGenerator<UrcardEvent>;
  get(eventId: string, options?: CallOptions): Promise<UrcardEvent>;
  /** Sends an event again to every enabled endpoint that takes its type; answers the deliveries queued. */
  redeliver(eventId: string, options?: CallOptions): Promise<WebhookDelivery[]>;
}

export interface WebhookEndpointsClient {
  /** Registers an endpoint; the answer holds its signing `secret` (`whsec_…`), shown only here and on rotation. */
  create(input: CreateWebhookEndpointRequest, options?: CallOptions): Promise<WebhookEndpointWithSecret>;
  list(options?: CallOptions): Promise<WebhookEndpoint[]>;
  get(endpointId: string, options?: CallOptions): Promise<WebhookEndpoint>;
  /** Changes the URL, the event types, the description, or turns a disabled endpoint back on (`status`). */
  update(endpointId: string, input: UpdateWebhookEndpointRequest, options?: CallOptions): Promise<WebhookEndpoint>;
  delete(endpointId: string, options?: CallOptions): Promise<DeletedWebhookEndpoint>;
  /** A new signing secret at once; for 24 hours deliveries are signed with the old one too. */
  rotateSecret(endpointId: string, options?: CallOptions): Promise<WebhookEndpointWithSecret>;
  /** The endpoint's deliveries, newest first: status, attempts, last response status and times. */
  deliveries(endpointId: string, options?: CallOptions): Promise<WebhookDelivery[]>;
}

/** The events and webhook-endpoint calls of the back office (docs/webhooks.md), over one request context. */
export function webhookClients(ctx: RequestContext): {
  events: EventsClient;
  webhookEndpoints: WebhookEndpointsClient;
} {
  const list = (query: ListEventsQuery = {}, opts?: CallOptions) => callRoute(ctx, 'listEvents', { query }, opts);
  const endpoint = (endpointId: string) => ({ params: { endpointId } });
  return {
    events: {
      list,
      listAll: (query = {}, opts) =>
        everyItem((after) => list({ ...query, limit: 100, ...(after ? { starting_after: after } : {}) }, opts)),
      get: (eventId, opts) => callRoute(ctx, 'getEvent', { params: { eventId } }, opts),
      redeliver: async (eventId, opts) => (await callRoute(ctx, 'redeliverEvent', { params: { eventId } }, opts)).data,
    },
    webhookEndpoints: {
      create: (input, opts) => callRoute(ctx, 'createWebhookEndpoint', { body: input }, opts),
      list: async (opts) => (await callRoute(ctx, 'listWebhookEndpoints', {}, opts)).data,
      get: (id, opts) => callRoute(ctx, 'getWebhookEndpoint', endpoint(id), opts),
      update: (id, input, opts) => callRoute(ctx, 'updateWebhookEndpoint', { ...endpoint(id), body: input }, opts),
      delete: (id, opts) => callRoute(ctx, 'deleteWebhookEndpoint', endpoint(id), opts),
      rotateSecret: (id, opts) => callRoute(ctx, 'rotateWebhookSecret', endpoint(id), opts),
      deliveries: async (id, opts) => (await callRoute(ctx, 'listWebhookDeliveries', endpoint(id), opts)).data,
    },
  };
}
