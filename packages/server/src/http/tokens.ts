import { HEADERS } from '@urcard/sdk';
import { createMiddleware } from 'hono/factory';
import type { CardAccess } from '../domain/card-access.ts';
import type { AppEnv } from './env.ts';

/**
 * `Urcard-Card-Token`: sets `c.var.card` (`card_token_invalid` when missing, unknown, expired or another partner's).
 * `optional`: only when the header is sent.
 */
export const cardToken = (cards: CardAccess, mode: true | 'optional') =>
  createMiddleware<AppEnv>(async (c, next) => {
    const token = c.req.header(HEADERS.cardToken);
    if (mode === true || token !== undefined) c.set('card', await cards.cardFromToken(token, c.var.partner!));
    await next();
  });

/**
 * `Urcard-Customer-Session`: sets `c.var.session` (`customer_session_invalid` when not valid). `optional`: only
 * when the header is sent.
 */
export const customerSession = (cards: CardAccess, mode: 'required' | 'optional') =>
  createMiddleware<AppEnv>(async (c, next) => {
    const token = c.req.header(HEADERS.customerSession);
    if (mode === 'required' || token !== undefined)
      c.set('session', await cards.sessionFromToken(token, c.var.partner!));
    await next();
  });
