import type { KeyKind } from '@urcard/sdk';
import { createMiddleware } from 'hono/factory';
import type { PartnerDirectory } from '../domain/partners.ts';
import { originAllowed } from '../domain/partners.ts';
import { ApiError } from '../errors.ts';
import type { AppEnv } from './env.ts';

/**
 * Finds the partner of `Authorization: Bearer pk_…|sk_…` and sets `c.var.partner`. Publishable keys reach only
 * the routes a browser needs; secret keys reach everything. A browser request (with an Origin) must come from
 * one of the key's allowed origins.
 */
export const authenticate = (partners: PartnerDirectory, needed: KeyKind) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header('Authorization');
    const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match) {
      throw new ApiError(
        'unauthorized',
        'Missing "Authorization: Bearer <key>" with a publishable (pk_…) or secret (sk_…) key',
        { field: 'Authorization' },
      );
    }
    const key = match[1]!;
    const kind: KeyKind | null = key.startsWith('pk_') ? 'publishable' : key.startsWith('sk_') ? 'secret' : null;
    const partner =
      kind === 'publishable'
        ? await partners.byPublishableKey(key)
        : kind === 'secret'
          ? await partners.bySecretKey(key)
          : null;
    if (!partner || !kind) throw new ApiError('unauthorized', 'Unknown API key', { field: 'Authorization' });
    c.set('partnerId', partner.id);
    if (needed === 'secret' && kind !== 'secret') {
      throw new ApiError(
        'forbidden',
        'This call needs a secret key (sk_…): make it from your server, never from a browser',
      );
    }
    const origin = c.req.header('Origin');
    if (origin && !originAllowed(origin, partner.allowedOrigins)) {
      throw new ApiError('forbidden', `Origin ${origin} is not allowed for this key`);
    }
    c.set('partner', partner);
    c.set('keyKind', kind);
    await next();
  });
