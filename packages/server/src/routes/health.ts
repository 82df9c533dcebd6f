import { VERSION } from '../version.ts';
import type { RouteHandler } from './types.ts';

export const health: RouteHandler<'health'> = {
  handle: async ({ services }) => ({ ok: true, version: VERSION, payments: services.config.payments }),
};
