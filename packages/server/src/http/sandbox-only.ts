import { createMiddleware } from 'hono/factory';
import type { ServerConfig } from '../config.ts';
import { ApiError } from '../errors.ts';
import type { AppEnv } from './env.ts';

/** Sandbox-only routes answer `sandbox_unavailable` on a server taking real payments. */
export const sandboxOnly = (config: Pick<ServerConfig, 'payments'>) =>
  createMiddleware<AppEnv>(async (_c, next) => {
    if (config.payments !== 'sandbox') {
      throw new ApiError('sandbox_unavailable', 'Sandbox payments exist only on a server running in sandbox mode');
    }
    await next();
  });
