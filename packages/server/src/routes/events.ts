import { deliveryView, eventView } from '../domain/webhooks/views.ts';
import type { RouteHandler } from './types.ts';

export const listEvents: RouteHandler<'listEvents'> = {
  handle: async ({ services, partner, query }) => {
    const page = await services.webhooks.events(partner!.id, query);
    return { data: page.data.map(eventView), hasMore: page.hasMore };
  },
};

export const getEvent: RouteHandler<'getEvent'> = {
  handle: async ({ services, partner, params }) =>
    eventView(await services.webhooks.event(partner!.id, params.eventId!)),
};

export const redeliverEvent: RouteHandler<'redeliverEvent'> = {
  handle: async ({ services, partner, params }) => {
    const queued = await services.webhooks.redeliver(partner!.id, params.eventId!);
    services.worker.notify();
    return { data: queued.map(deliveryView) };
  },
};
