import { sql } from 'kysely';
import type { WebhookEndpointsTable } from '../schema.ts';
import type { Queries, QueryContext } from './context.ts';
import { deliveryFromRow, deliveryToRow, endpointFromRow, endpointToRow } from './webhook-rows.ts';

type WebhookKeys =
  | 'insertWebhookEndpoint'
  | 'getWebhookEndpoint'
  | 'listWebhookEndpoints'
  | 'updateWebhookEndpoint'
  | 'deleteWebhookEndpoint'
  | 'replaceWebhookSecrets'
  | 'listAllWebhookEndpoints'
  | 'markWebhookEndpointFailing'
  | 'insertWebhookDelivery'
  | 'getWebhookDelivery'
  | 'listWebhookDeliveries'
  | 'pendingWebhookDelivery'
  | 'claimWebhookDelivery'
  | 'recordWebhookAttempt'
  | 'failPendingWebhookDeliveries';

/** Webhook endpoints and the deliveries of events to them. Claims and failure marks are single statements. */
export function webhookQueries({ db }: QueryContext): Queries<WebhookKeys> {
  return {
    async insertWebhookEndpoint(endpoint) {
      await db.insertInto('webhook_endpoints').values(endpointToRow(endpoint)).execute();
    },
    async getWebhookEndpoint(id) {
      const row = await db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? endpointFromRow(row) : null;
    },
    async listWebhookEndpoints(partnerId) {
      const rows = await db
        .selectFrom('webhook_endpoints')
        .selectAll()
        .where('partner_id', '=', partnerId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(endpointFromRow);
    },
    async updateWebhookEndpoint(id, p, now) {
      const set: Partial<WebhookEndpointsTable> = { updated_at: now };
      if (p.url !== undefined) set.url = p.url;
      if (p.description !== undefined) set.description = p.description;
      if (p.enabledEvents !== undefined) set.enabled_events = JSON.stringify(p.enabledEvents);
      if (p.secret !== undefined) set.secret = p.secret;
      if (p.previousSecret !== undefined) set.previous_secret = p.previousSecret;
      if (p.previousSecretUntil !== undefined) set.previous_secret_until = p.previousSecretUntil;
      if (p.status !== undefined) set.status = p.status;
      if (p.disabledReason !== undefined) set.disabled_reason = p.disabledReason;
      if (p.failingSince !== undefined) set.failing_since = p.failingSince;
      const row = await db
        .updateTable('webhook_endpoints')
        .set(set)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row ? endpointFromRow(row) : null;
    },
    async replaceWebhookSecrets(id, expected, next) {
      const result = await db
        .updateTable('webhook_endpoints')
        .set({ secret: next.secret, previous_secret: next.previousSecret })
        .where('id', '=', id)
        .where('secret', '=', expected.secret)
        .where((eb) =>
          expected.previousSecret === null
            ? eb('previous_secret', 'is', null)
            : eb('previous_secret', '=', expected.previousSecret),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async listAllWebhookEndpoints() {
      const rows = await db.selectFrom('webhook_endpoints').selectAll().orderBy('created_at').orderBy('id').execute();
      return rows.map(endpointFromRow);
    },
    async deleteWebhookEndpoint(id) {
      await db.deleteFrom('webhook_deliveries').where('endpoint_id', '=', id).execute();
      const result = await db.deleteFrom('webhook_endpoints').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async markWebhookEndpointFailing(id, now) {
      const row = await db
        .updateTable('webhook_endpoints')
        .set({ failing_since: sql<number>`coalesce(failing_since, ${now})` })
        .where('id', '=', id)
        .returning('failing_since')
        .executeTakeFirst();
      return row?.failing_since ?? null;
    },
    async insertWebhookDelivery(delivery) {
      await db.insertInto('webhook_deliveries').values(deliveryToRow(delivery)).execute();
    },
    async getWebhookDelivery(id) {
      const row = await db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? deliveryFromRow(row) : null;
    },
    async listWebhookDeliveries(endpointId, limit) {
      const rows = await db
        .selectFrom('webhook_deliveries')
        .selectAll()
        .where('endpoint_id', '=', endpointId)
        .orderBy('created_at', 'desc')
        .orderBy('event_seq', 'desc')
        .limit(limit)
        .execute();
      return rows.map(deliveryFromRow);
    },
    async pendingWebhookDelivery({ endpointId, chain, seq }, side) {
      const row = await db
        .selectFrom('webhook_deliveries')
        .selectAll()
        .where('endpoint_id', '=', endpointId)
        .where('chain', '=', chain)
        .where('status', '=', 'pending')
        .where('event_seq', side === 'before' ? '<' : '>', seq)
        .orderBy('event_seq')
        .limit(1)
        .executeTakeFirst();
      return row ? deliveryFromRow(row) : null;
    },
    async claimWebhookDelivery(id, now, until) {
      const row = await db
        .updateTable('webhook_deliveries')
        .set({ sending_until: until, updated_at: now })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .where((eb) => eb.or([eb('sending_until', 'is', null), eb('sending_until', '<', now)]))
        .returningAll()
        .executeTakeFirst();
      return row ? deliveryFromRow(row) : null;
    },
    async recordWebhookAttempt(id, o) {
      await db
        .updateTable('webhook_deliveries')
        .set({
          status: o.status,
          attempts: sql<number>`attempts + 1`,
          response_status: o.responseStatus,
          last_error: o.error,
          last_attempt_at: o.now,
          next_attempt_at: o.nextAttemptAt,
          sending_until: null,
          updated_at: o.now,
        })
        .where('id', '=', id)
        .execute();
    },
    async failPendingWebhookDeliveries(endpointId, now) {
      const result = await db
        .updateTable('webhook_deliveries')
        .set({ status: 'failed', next_attempt_at: null, updated_at: now })
        .where('endpoint_id', '=', endpointId)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}
