import type { CreateWebhookEndpointRequest, UpdateWebhookEndpointRequest } from '@urcard/sdk';
import type { Clock } from '../../clock.ts';
import type { ServerConfig } from '../../config.ts';
import { ApiError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { EventRecord, Store, WebhookDeliveryRecord, WebhookEndpointRecord } from '../../store/types.ts';
import type { SecretBox } from '../../webhooks/secret-box.ts';
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
  readonly #box: SecretBox;

  constructor(deps: { store: Store; clock: Clock; config: ServerConfig; secrets: SecretBox }) {
    this.#store = deps.store;
    this.#clock = deps.clock;
    this.#box = deps.secrets;
    this.#sandbox = () => deps.config.payments === 'sandbox';
  }

  async create(partnerId: string, input: CreateWebhookEndpointRequest): Promise<WebhookEndpointRecord> {
    const url = checkWebhookUrl(input.url, this.#sandbox());
    const existing = await this.#store.listWebhookEndpoints(partnerId);
    if (existing.length >= MAX_ENDPOINTS) {
      throw new ApiError('invalid_request', `A partner may have at most ${MAX_ENDPOINTS} webhook endpoints`);
    }
    const now = this.#clock.now();
    const id = newId('we');
    const secret = newWebhookSecret();
    const endpoint: WebhookEndpointRecord = {
      id,
      partnerId,
      url,
      description: input.description ?? null,
      enabledEvents: [...new Set(input.enabledEvents ?? ['*'])],
      secret: this.#box.seal(secret, id),
      previousSecret: null,
      previousSecretUntil: null,
      status: 'enabled',
      disabledReason: null,
      failingSince: null,
      createdAt: now,
      updatedAt: now,
    };
    await this.#store.insertWebhookEndpoint(endpoint);
    return { ...endpoint, secret };
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
    const secret = newWebhookSecret();
    const updated = await this.#store.updateWebhookEndpoint(
      id,
      {
        secret: this.#box.seal(secret, id),
        previousSecret: this.#box.seal(this.#box.open(current.secret, id), id),
        previousSecretUntil: now + ROTATION_OVERLAP_MS,
      },
      now,
    );
    if (!updated) throw new ApiError('not_found', `No webhook endpoint ${id}`);
    return { ...updated, secret };
  }

  /**
   * Seals every stored secret that is in clear (rows from before encryption) or sealed with a key other than the
   * first of URCARD_ENCRYPTION_KEY; run at start. Each row is replaced only if unchanged since it was read, so
   * instances starting together, or a rotation meanwhile, lose nothing. A row sealed with a key the list does not
   * hold is left as it is (`unreadable`: its deliveries fail until that key is listed again).
   */
  async resealSecrets(): Promise<{ resealed: string[]; unreadable: string[] }> {
    const box = this.#box;
    const out = { resealed: [] as string[], unreadable: [] as string[] };
    for (const e of await this.#store.listAllWebhookEndpoints()) {
      const stale = box.needsReseal(e.secret) || (e.previousSecret !== null && box.needsReseal(e.previousSecret));
      if (!stale) continue;
      let next: Pick<WebhookEndpointRecord, 'secret' | 'previousSecret'>;
      try {
        next = {
          secret: box.seal(box.open(e.secret, e.id), e.id),
          previousSecret: e.previousSecret === null ? null : box.seal(box.open(e.previousSecret, e.id), e.id),
        };
      } catch {
        out.unreadable.push(e.id);
        continue;
      }
      if (await this.#store.replaceWebhookSecrets(e.id, e, next)) out.resealed.push(e.id);
    }
    return out;
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
