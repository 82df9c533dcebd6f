// Serves the example partner pages and the standalone bundle, the way a partner's web server would.
// HTML gets the renewal API's URL where it says __URCARD_API_BASE__ (and the partner backend's where it says
// __URCARD_PARTNER_BASE__), so the same pages work on any port; __URCARD_BUNDLE_INTEGRITY__ becomes the standalone
// bundle's Subresource Integrity hash, as a partner pins it.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');

/** URL prefix -> folder. Built examples serve their `dist/`; the vanilla one needs no build. */
export const mounts = {
  '/cdn/': join(root, 'packages/checkout/dist/cdn'),
  '/travel-site/': join(root, 'examples/travel-site/dist'),
  '/vanilla/': join(root, 'examples/vanilla'),
  '/react/': join(root, 'examples/react/dist'),
  '/vue/': join(root, 'examples/vue/dist'),
};

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/** The SRI hash of the standalone bundle, from the integrity.json its build writes. */
async function bundleIntegrity() {
  const file = join(mounts['/cdn/'], 'integrity.json');
  const hashes = JSON.parse(await readFile(file, 'utf8').catch(() => '{}'));
  return hashes['urcard-checkout.js'] ?? '';
}

/** The Content-Security-Policy a careful partner sets on a payment page (issue 5), for `?csp=strict`. */
export function strictCsp(apiBase) {
  return [
    "default-src 'self'",
    "script-src 'self' https://js.stripe.com",
    'frame-src https://js.stripe.com',
    `connect-src 'self' ${new URL(apiBase).origin}`,
    "style-src 'self'",
    "require-trusted-types-for 'script'",
  ].join('; ');
}

/**
 * Starts the static server. Resolves with its URL and a close function.
 * @param {{ port?: number, host?: string, apiBase: string, partnerBase?: string }} options
 */
export async function startDemoServer({ port = 0, host = '127.0.0.1', apiBase, partnerBase = '' }) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://demo');
      if (url.pathname === '/') {
        res.writeHead(302, { location: '/travel-site/' }).end();
        return;
      }
      const prefix = Object.keys(mounts).find((p) => url.pathname.startsWith(p) || `${url.pathname}/` === p);
      if (!prefix) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      const base = mounts[prefix];
      const rest = decodeURIComponent(url.pathname.slice(prefix.length));
      let file = normalize(join(base, rest));
      if (!file.startsWith(base)) {
        res.writeHead(403).end();
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info || info.isDirectory()) file = join(info ? file : base, 'index.html');
      const type = types[extname(file)] ?? 'application/octet-stream';
      const headers = { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
      if (url.searchParams.get('csp') === 'strict') headers['content-security-policy'] = strictCsp(apiBase);
      if (type.startsWith('text/html')) {
        const html = (await readFile(file, 'utf8'))
          .replaceAll('__URCARD_API_BASE__', apiBase)
          .replaceAll('__URCARD_PARTNER_BASE__', partnerBase)
          .replaceAll('__URCARD_BUNDLE_INTEGRITY__', await bundleIntegrity());
        res.writeHead(200, headers).end(html);
        return;
      }
      await stat(file);
      res.writeHead(200, headers);
      createReadStream(file).pipe(res);
    } catch {
      if (!res.headersSent) res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      ok();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}
