import { deliveryView, endpointView } from '../domain/webhooks/views.ts';
import type { WebhookEndpointRecord } from '../store/types.ts';
import type { RouteHandler } from './types.ts';

/** The only answers that show the secret: right after it was made. */
const withSecret = (e: WebhookEndpointRecord) => ({ ...endpointView(e), secret: e.secret });

export const createWebhookEndpoint: RouteHandler<'createWebhookEndpoint'> = {
  handle: async ({ services, partner, body }) => withSecret(await services.webhooks.create(partner!.id, body)),
};

export const listWebhookEndpoints: RouteHandler<'listWebhookEndpoints'> = {
  handle: async ({ services, partner }) => ({ data: (await services.webhooks.list(partner!.id)).map(endpointView) }),
};

export const getWebhookEndpoint: RouteHandler<'getWebhookEndpoint'> = {
  handle: async ({ services, partner, params }) =>
    endpointView(await services.webhooks.get(partner!.id, params.endpointId!)),
};

export const updateWebhookEndpoint: RouteHandler<'updateWebhookEndpoint'> = {
  handle: async ({ services, partner, params, body }) =>
    endpointView(await services.webhooks.update(partner!.id, params.endpointId!, body)),
};

export const deleteWebhookEndpoint: RouteHandler<'deleteWebhookEndpoint'> = {
  handle: async ({ services, partner, params }) => {
    await services.webhooks.remove(partner!.id, params.endpointId!);
    return { id: params.endpointId!, deleted: true as const };
  },
};

export const rotateWebhookSecret: RouteHandler<'rotateWebhookSecret'> = {
  handle: async ({ services, partner, params }) =>
    withSecret(await services.webhooks.rotateSecret(partner!.id, params.endpointId!)),
};

export const listWebhookDeliveries: RouteHandler<'listWebhookDeliveries'> = {
  handle: async ({ services, partner, params }) => ({
    data: (await services.webhooks.deliveries(partner!.id, params.endpointId!)).map(deliveryView),
  }),
};
