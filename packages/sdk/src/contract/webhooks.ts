import * as z from 'zod/mini';
import { idSchema, requestObject, timestampSchema } from './common.ts';
import { eventTypeSchema } from './events.ts';

export const WEBHOOK_ENDPOINT_STATUSES = ['enabled', 'disabled'] as const;
export type WebhookEndpointStatus = (typeof WEBHOOK_ENDPOINT_STATUSES)[number];

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

export const webhookEndpointIdSchema = idSchema('we');

/** `['*']` for every event type, or a list of types. */
const enabledEventsSchema = z.array(z.union([z.literal('*'), eventTypeSchema])).check(z.minLength(1));

export const webhookEndpointSchema = z.object({
  id: webhookEndpointIdSchema,
  url: z.string(),
  description: z.nullable(z.string()),
  enabledEvents: enabledEventsSchema,
  status: z.enum(WEBHOOK_ENDPOINT_STATUSES),
  /** Why the endpoint was disabled (by the partner, or after failing for 3 days), or null. */
  disabledReason: z.nullable(z.string()),
  /** Since when every delivery to it has failed, or null. */
  failingSince: z.nullable(timestampSchema),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type WebhookEndpoint = z.infer<typeof webhookEndpointSchema>;

/** Answer of create and rotate-secret: the only time the signing secret is shown. */
export const webhookEndpointWithSecretSchema = z.extend(webhookEndpointSchema, {
  /** `whsec_<base64>`: the Standard Webhooks signing secret. */
  secret: z.string().check(z.regex(/^whsec_[A-Za-z0-9+/=]+$/, 'a whsec_ secret')),
});
export type WebhookEndpointWithSecret = z.infer<typeof webhookEndpointWithSecretSchema>;

const urlSchema = z.url('an http(s) URL').check(z.maxLength(2048));
const descriptionSchema = z.string().check(z.maxLength(500));

// POST /v1/webhook-endpoints
export const createWebhookEndpointRequestSchema = requestObject({
  url: urlSchema,
  /** Event types, or `["*"]` for all (the default). */
  enabledEvents: z.optional(enabledEventsSchema),
  description: z.optional(descriptionSchema),
});
export type CreateWebhookEndpointRequest = z.input<typeof createWebhookEndpointRequestSchema>;

// POST /v1/webhook-endpoints/:endpointId
export const updateWebhookEndpointRequestSchema = requestObject({
  url: z.optional(urlSchema),
  enabledEvents: z.optional(enabledEventsSchema),
  description: z.optional(z.nullable(descriptionSchema)),
  /** `enabled` turns a disabled endpoint back on (its failure clock starts again). */
  status: z.optional(z.enum(WEBHOOK_ENDPOINT_STATUSES)),
});
export type UpdateWebhookEndpointRequest = z.input<typeof updateWebhookEndpointRequestSchema>;

export const webhookEndpointListSchema = z.object({ data: z.array(webhookEndpointSchema) });

export const deletedWebhookEndpointSchema = z.object({ id: webhookEndpointIdSchema, deleted: z.literal(true) });
export type DeletedWebhookEndpoint = z.infer<typeof deletedWebhookEndpointSchema>;

/** One message to one endpoint: its state and its last attempt (never the response body). */
export const webhookDeliverySchema = z.object({
  id: idSchema('whd'),
  eventId: z.string(),
  eventType: eventTypeSchema,
  status: z.enum(WEBHOOK_DELIVERY_STATUSES),
  attempts: z.number().check(z.int(), z.nonnegative()),
  /** HTTP status of the last attempt; null when it got no answer (refused, timed out) or none was made. */
  responseStatus: z.nullable(z.number().check(z.int())),
  lastAttemptAt: z.nullable(timestampSchema),
  nextAttemptAt: z.nullable(timestampSchema),
  createdAt: timestampSchema,
});
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;

export const webhookDeliveryListSchema = z.object({ data: z.array(webhookDeliverySchema) });

/** Answer of `POST /v1/events/:eventId/redeliver`: the new deliveries queued. */
export const redeliverEventResponseSchema = z.object({ data: z.array(webhookDeliverySchema) });
