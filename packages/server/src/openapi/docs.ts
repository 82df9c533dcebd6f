import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../http/env.ts';
import { SECURITY_HEADERS } from '../http/security.ts';
import { openApiDocument } from './document.ts';

/** Scalar's standalone bundle, from the npm package (its exports map leaves it out): no CDN needed. */
const SCALAR_BUNDLE = fileURLToPath(
  new URL('./browser/standalone.js', import.meta.resolve('@scalar/api-reference')).href,
);

/** Scalar itself, the API document of this server and nothing else: no fonts, no proxy, no telemetry. */
const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join('; ');

const page = () => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>UR card renewal API</title>
  </head>
  <body>
    <div id="app"></div>
    <script src="/docs/scalar.js"></script>
    <script>
      Scalar.createApiReference('#app', { url: '/v1/openapi.json', withDefaultFonts: false, hideClientButton: false, telemetry: false });
    </script>
  </body>
</html>
`;

/** `GET /v1/openapi.json`: the document, its server set to the host asked. */
export function openApiApp(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/v1/openapi.json', (c) => c.json(openApiDocument(new URL(c.req.url).origin)));
  return app;
}

/**
 * `GET /docs` and the Scalar bundle it loads, mounted before the API's security headers (whose CSP forbids any
 * script): these answers carry the same headers with a CSP that allows this server's scripts only.
 */
export function docsApp(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  let bundle: Promise<string> | undefined;
  // Only these two paths: a sub-app's `use()` mounted at `/` would reach every route of the API.
  const headers = createMiddleware<AppEnv>(async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
    c.res.headers.set('Content-Security-Policy', DOCS_CSP);
  });
  app.get('/docs', headers, (c) => c.html(page()));
  app.get('/docs/scalar.js', headers, async (c) => {
    bundle ??= readFile(SCALAR_BUNDLE, 'utf8');
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    return c.body(await bundle);
  });
  return app;
}
