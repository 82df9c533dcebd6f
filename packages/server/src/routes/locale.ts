import type { ContentLocale } from '@urcard/sdk';
import type { Context } from 'hono';
import { negotiateLocale } from '../domain/locale.ts';
import type { AppEnv } from '../http/env.ts';

/**
 * The locale a localised answer is written in: the explicit `locale` (query or body) else `Accept-Language`,
 * said back in `Content-Language` (and `Vary`, for caches).
 */
export function answerLocale(c: Context<AppEnv>, explicit?: string): ContentLocale {
  const locale = negotiateLocale(explicit ?? c.req.query('locale'), c.req.header('accept-language'));
  c.header('Content-Language', locale);
  c.header('Vary', 'Accept-Language', { append: true });
  return locale;
}
