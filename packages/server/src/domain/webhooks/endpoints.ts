import type { CreateWebhookEndpointRequest, UpdateWebhookEndpointRequest } from '@urcard/sdk';
import type { Clock } from '../../clock.ts';
import type { ServerConfig } from '../../config.ts';
import { ApiError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { EventRecord, Store, WebhookDeliveryRecord, WebhookEndpointRecord } from '../../store/types.ts';
import { newWebhookSecret } from '../../webhooks/signature.ts';
import { checkWebhookUrl } from '../../webhooks/url-policy.ts';
import { endpointWants, queueDelivery } from '../events/record.ts';

const MAX_ENDPOINTS = 16;
/** How long the secret before a rotation still signs deliveries. */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

/** A partner's webhook endpoints and events: what the secret-key routes do. */
export class WebhookEndpoints {
  readonly #store: Store;
  readonly #clock: Clock;
  readonly #sandbox: () => boolean;

  constructor(deps: { store: Store; clock: Clock; config: ServerConfig }) {
    this.#store = deps.store;
    this.#clock = deps.clock;
    this.#sandbox = () => deps.config.payments === 'sandbox';
  }

  async create(partnerId: string, input: CreateWebhookEndpointRequest): Promise<WebhookEndpointRecord> {
    const url = checkWebhookUrl(input.url, this.#sandbox());
    const existing = await this.#store.listWebhookEndpoints(partnerId);
    if (existing.length >= MAX_ENDPOINTS) {
      throw new ApiError('invalid_request', `A partner may have at most ${MAX_ENDPOINTS} webhook endpoints`);
    }
    const now = this.#clock.now();
    const endpoint: WebhookEndpointRecord = {
      id: newId('we'),
      partnerId,
      url,
      description: input.description ?? null,
      enabledEvents: [...new Set(input.enabledEvents ?? ['*'])],
      secret: newWebhookSecret(),
      previousSecret: null,
      previousSecretUntil: null,
      status: 'enabled',
      disabledReason: null,
      failingSince: null,
      createdAt: now,
      updatedAt: now,
    };
    await this.#store.insertWebhookEndpoint(endpoint);
    return endpoint;
  }

  /** The partner's endpoint, or not_found (another partner's endpoint does not exist for you). */
  async get(partnerId: string, id: string): Promise<WebhookEndpointRecord> {
    const endpoint = await this.#store.getWebhookEndpoint(id);
    if (!endpoint || endpoint.partnerId !== partnerId) throw new ApiError('not_found', `No webhook endpoint ${id}`);
    return endpoint;
  }

  list(partnerId: string): Promise<WebhookEndpointRecord[]> {
    return this.#store.listWebhookEndpoints(partnerId);
  }

  async update(partnerId: string, id: string, input: UpdateWebhookEndpointRequest): Promise<WebhookEndpointRecord> {
    await this.get(partnerId, id);
    const updated = await this.#store.updateWebhookEndpoint(
      id,
      {
        ...(input.url !== undefined ? { url: checkWebhookUrl(input.url, this.#sandbox()) } : {}),
        ...(input.enabledEvents !== undefined ? { enabledEvents: [...new Set(input.enabledEvents)] } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.status === 'enabled' ? { status: 'enabled', disabledReason: null, failingSince: null } : {}),
        ...(input.status === 'disabled' ? { status: 'disabled', disabledReason: 'disabled by the partner' } : {}),
      },
      this.#clock.now(),
    );
    if (!updated) throw new ApiError('not_found', `No webhook endpoint ${id}`);
    return updated;
  }

  async remove(partnerId: string, id: string): Promise<void> {
    await this.get(partnerId, id);
    await this.#store.deleteWebhookEndpoint(id);
  }

  /**
   * A new secret, in force at once; for the next 24 hours deliveries carry a signature with the old one too (the
   * spec's space-separated signatures), so a receiver can switch over without losing a message.
   */
  async rotateSecret(partnerId: string, id: string): Promise<WebhookEndpointRecord> {
    const current = await this.get(partnerId, id);
    const now = this.#clock.now();
    const updated = await this.#store.updateWebhookEndpoint(
      id,
      { secret: newWebhookSecret(), previousSecret: current.secret, previousSecretUntil: now + ROTATION_OVERLAP_MS },
      now,
    );
    if (!updated) throw new ApiError('not_found', `No webhook endpoint ${id}`);
    return updated;
  }

  async deliveries(partnerId: string, id: string): Promise<WebhookDeliveryRecord[]> {
    await this.get(partnerId, id);
    return this.#store.listWebhookDeliveries(id, 100);
  }

  async event(partnerId: string, id: string): Promise<EventRecord> {
    const event = await this.#store.getEvent(id);
    if (!event || event.partnerId !== partnerId) throw new ApiError('not_found', `No event ${id}`);
    return event;
  }

  /** Newest first; `startingAfter` continues after that event. */
  async events(
    partnerId: string,
    query: { limit?: number; starting_after?: string; type?: EventRecord['type'] },
  ): Promise<{ data: EventRecord[]; hasMore: boolean }> {
    const limit = query.limit ?? 20;
    const after = query.starting_after ? await this.event(partnerId, query.starting_after) : null;
    const rows = await this.#store.listEvents({
      partnerId,
      limit: limit + 1,
      ...(query.type ? { type: query.type } : {}),
      ...(after ? { beforeSeq: after.seq } : {}),
    });
    return { data: rows.slice(0, limit), hasMore: rows.length > limit };
  }

  /** Sends the event again to every enabled endpoint that wants it, outside its order's queue. */
  async redeliver(partnerId: string, id: string): Promise<WebhookDeliveryRecord[]> {
    const event = await this.event(partnerId, id);
    const now = this.#clock.now();
    return this.#store.transaction(async (tx) => {
      const queued: WebhookDeliveryRecord[] = [];
      for (const endpoint of await tx.listWebhookEndpoints(partnerId)) {
        if (!endpointWants(endpoint, event.type)) continue;
        queued.push(await queueDelivery(tx, event, endpoint, now, `redeliver:${newId('rd')}`));
      }
      return queued;
    });
  }
}
