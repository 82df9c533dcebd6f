import type { MiddlewareHandler } from 'hono';
import { every } from 'hono/combine';
import { createMiddleware } from 'hono/factory';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './env.ts';

/** An API answers JSON only: nothing may frame it, sniff it, cache it or carry a referrer from it. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** SECURITY_HEADERS on every answer: Hono's secureHeaders with exactly these (its other defaults off). */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return every(
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      xContentTypeOptions: true,
      xFrameOptions: SECURITY_HEADERS['X-Frame-Options'],
      referrerPolicy: SECURITY_HEADERS['Referrer-Policy'],
      strictTransportSecurity: SECURITY_HEADERS['Strict-Transport-Security'],
      crossOriginOpenerPolicy: SECURITY_HEADERS['Cross-Origin-Opener-Policy'],
      crossOriginResourcePolicy: false,
      originAgentCluster: false,
      xDnsPrefetchControl: false,
      xDownloadOptions: false,
      xPermittedCrossDomainPolicies: false,
      xXssProtection: false,
    }),
    createMiddleware<AppEnv>(async (c, next) => {
      await next();
      c.res.headers.set('Cache-Control', SECURITY_HEADERS['Cache-Control']!);
    }),
  );
}
