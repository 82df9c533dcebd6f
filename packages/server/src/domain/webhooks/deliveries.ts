import type { Clock } from '../../clock.ts';
import { DAY_MS } from '../../clock.ts';
import type { ServerConfig } from '../../config.ts';
import type { Logger } from '../../log.ts';
import type { Store, StoreData, WebhookDeliveryRecord } from '../../store/types.ts';
import { VERSION } from '../../version.ts';
import type { SecretBox } from '../../webhooks/secret-box.ts';
import type { WebhookSender } from '../../webhooks/sender.ts';
import { signWebhook } from '../../webhooks/signature.ts';
import { eventView } from './views.ts';

/** Failed deliveries are retried for this long; an endpoint failing for this long is disabled. */
export const WEBHOOK_GIVE_UP_MS = 3 * DAY_MS;

/** Wait after the n-th failed attempt: base, 2 × base, 4 × base … (never past the give-up time). */
export function webhookRetryDelayMs(attempts: number, baseMs: number): number {
  return baseMs * 2 ** Math.min(Math.max(0, attempts - 1), 30);
}

export interface WebhookDeliveryDeps {
  store: Store;
  clock: Clock;
  config: ServerConfig;
  log: Logger;
  send: WebhookSender;
  /** Opens the stored signing secrets. */
  secrets: SecretBox;
}

/**
 * The `deliver_webhook` job: one attempt of one delivery. Deliveries of a chain (an order's events) go out in
 * order per endpoint: one waits while an earlier one is pending, and each success or give-up queues the next.
 * A failure queues the next attempt with exponential backoff; after 3 days of failures the delivery is given
 * up and the endpoint disabled. At least once: a receiver may see a message twice (dedupe on `webhook-id`).
 */
export class WebhookDeliveries {
  readonly #d: WebhookDeliveryDeps;

  constructor(deps: WebhookDeliveryDeps) {
    this.#d = deps;
  }

  async deliver(deliveryId: string, signal: AbortSignal): Promise<void> {
    const { store, clock, config, log, send, secrets } = this.#d;
    const delivery = await store.getWebhookDelivery(deliveryId);
    if (delivery?.status !== 'pending') return;
    const endpoint = await store.getWebhookEndpoint(delivery.endpointId);
    if (!endpoint) return;
    if (endpoint.status !== 'enabled') {
      await store.failPendingWebhookDeliveries(endpoint.id, clock.now());
      return;
    }
    const at = { endpointId: endpoint.id, chain: delivery.chain, seq: delivery.eventSeq };
    if (await store.pendingWebhookDelivery(at, 'before')) return; // sent when the one ahead is done
    const event = await store.getEvent(delivery.eventId);
    if (!event) {
      await this.#settle(delivery, { status: 'failed', responseStatus: null, error: 'event purged' });
      return;
    }
    const started = clock.now();
    const claimed = await store.claimWebhookDelivery(delivery.id, started, started + config.webhookTimeoutMs * 2);
    if (!claimed) return; // another attempt holds it

    const body = JSON.stringify(eventView(event));
    const timestamp = Math.floor(started / 1000);
    const result = await send({
      url: endpoint.url,
      body,
      headers: {
        'content-type': 'application/json',
        'user-agent': `urcard-webhooks/${VERSION}`,
        'webhook-id': event.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': [
          signWebhook(secrets.open(endpoint.secret, endpoint.id), event.id, timestamp, body),
          ...(endpoint.previousSecret && (endpoint.previousSecretUntil ?? 0) > started
            ? [signWebhook(secrets.open(endpoint.previousSecret, endpoint.id), event.id, timestamp, body)]
            : []),
        ].join(' '),
      },
      timeoutMs: config.webhookTimeoutMs,
      allowPrivate: config.payments === 'sandbox',
      signal,
    });
    const now = clock.now();
    if (result.ok) {
      await this.#settle(claimed, { status: 'succeeded', responseStatus: result.status, error: null });
      log.debug('webhook delivered', { deliveryId: delivery.id, endpointId: endpoint.id, status: result.status });
      return;
    }
    log.info('webhook delivery failed', {
      deliveryId: delivery.id,
      endpointId: endpoint.id,
      attempts: claimed.attempts + 1,
      status: result.status,
      error: result.error,
    });
    await store.transaction(async (tx) => {
      const failingSince = (await tx.markWebhookEndpointFailing(endpoint.id, now)) ?? now;
      const giveUpAt = Math.min(claimed.createdAt, failingSince) + WEBHOOK_GIVE_UP_MS;
      const failure = { responseStatus: result.status, error: result.error };
      if (now >= giveUpAt) {
        await tx.updateWebhookEndpoint(
          endpoint.id,
          { status: 'disabled', disabledReason: 'every delivery failed for 3 days' },
          now,
        );
        await tx.recordWebhookAttempt(claimed.id, { status: 'failed', ...failure, nextAttemptAt: null, now });
        await tx.failPendingWebhookDeliveries(endpoint.id, now);
        return;
      }
      const attempts = claimed.attempts + 1;
      const runAt = Math.min(now + webhookRetryDelayMs(attempts, config.webhookRetryBaseMs), giveUpAt);
      await tx.recordWebhookAttempt(claimed.id, { status: 'pending', ...failure, nextAttemptAt: runAt, now });
      await tx.enqueueJob(
        {
          type: 'deliver_webhook',
          uniqueKey: `webhook:${claimed.id}:${attempts}`,
          payload: { deliveryId: claimed.id },
          runAt,
        },
        now,
      );
    });
  }

  /** Writes a final outcome and lets the next delivery of the chain go. */
  async #settle(
    delivery: WebhookDeliveryRecord,
    outcome: { status: 'succeeded' | 'failed'; responseStatus: number | null; error: string | null },
  ): Promise<void> {
    const now = this.#d.clock.now();
    await this.#d.store.transaction(async (tx) => {
      await tx.recordWebhookAttempt(delivery.id, { ...outcome, nextAttemptAt: null, now });
      if (outcome.status === 'succeeded') {
        const endpoint = await tx.getWebhookEndpoint(delivery.endpointId);
        if (endpoint?.failingSince != null) await tx.updateWebhookEndpoint(endpoint.id, { failingSince: null }, now);
      }
      await queueNext(tx, delivery, now);
    });
  }
}

async function queueNext(tx: StoreData, delivery: WebhookDeliveryRecord, now: number): Promise<void> {
  const next = await tx.pendingWebhookDelivery(
    { endpointId: delivery.endpointId, chain: delivery.chain, seq: delivery.eventSeq },
    'after',
  );
  if (!next) return;
  await tx.enqueueJob(
    { type: 'deliver_webhook', uniqueKey: `webhook:${next.id}:after:${delivery.id}`, payload: { deliveryId: next.id } },
    now,
  );
}
