#!/usr/bin/env node
// A partner's backend, as small as it gets: plain Node `http`, no framework, no build.
//
// For each page view of a signed-in customer it opens a customer session on the renewal API with the SECRET key
// (which never leaves this server) and renders <urcard-checkout customer-session="cs_…">. The widget then offers
// the cards bound to that customer first; a card the customer verifies in the widget is bound to them from then on.
//
//   PORT                    where this server listens (default 5174)
//   URCARD_API_BASE         the renewal API (default http://127.0.0.1:8787, what `pnpm start` runs)
//   URCARD_SECRET_KEY       your secret key (default sk_test_demo, the sandbox's)
//   URCARD_PUBLISHABLE_KEY  your publishable key, for the browser (default pk_test_demo)
//   URCARD_SCRIPT_URL       where the page loads the standalone bundle from (default: this server's /cdn/)
//   URCARD_DEMO_SEED        "false" to skip binding a sandbox test card to the demo customer at the first visit
//   PUBLIC_URL              where the renewal API reaches this server for webhooks (default http://HOST:PORT);
//                           GET /events shows what arrived, verified, and the API's own event list
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, isUrcardError } from '@urcard/sdk';
import { webhookReceiver } from './webhooks.js';

const port = Number(process.env.PORT ?? 5174);
const host = process.env.HOST ?? '127.0.0.1';
const apiBase = process.env.URCARD_API_BASE ?? 'http://127.0.0.1:8787';
const secretKey = process.env.URCARD_SECRET_KEY ?? 'sk_test_demo';
const publishableKey = process.env.URCARD_PUBLISHABLE_KEY ?? 'pk_test_demo';
const scriptUrl = process.env.URCARD_SCRIPT_URL ?? '/cdn/urcard-checkout.js';

const here = dirname(fileURLToPath(import.meta.url));
/** Set once listening (the endpoint needs the port). */
let webhooks;
/** The standalone bundle and its chunks, from the installed @urcard/checkout package. */
const cdnDir = dirname(fileURLToPath(import.meta.resolve('@urcard/checkout/cdn/urcard-checkout.js')));
/** The page's own files: its stylesheet and its event listeners. */
const publicDir = join(here, 'public');

/** The secret-key client: server side only. */
const urcard = createClient({ apiBase, secretKey });

/**
 * Your own users. In a real app this is your login; here `?user=` switches between two demo accounts. The
 * customer id is yours, stable per user: the renewal API binds cards to it.
 */
const USERS = {
  mei: { customerId: 'lanterna-user-1042', name: 'Mei Lin', initials: 'ML' },
  sam: { customerId: 'lanterna-user-2077', name: 'Sam Okafor', initials: 'SO' },
};

/**
 * Sandbox only: the first time, bind test card …0018 to Mei, as if she had renewed it here before, so the demo
 * shows a returning customer's saved card at once. It does what the widget does when a signed-in customer
 * verifies a card (publishable key + customer session); the PIN is the sandbox's published test PIN.
 */
let seeded = null;
function seedDemoCustomer() {
  if (!secretKey.startsWith('sk_test_') || process.env.URCARD_DEMO_SEED === 'false') return Promise.resolve();
  seeded ??= (async () => {
    const session = await urcard.customerSessions.create({ customerId: USERS.mei.customerId, ttlMinutes: 5 });
    const asCustomer = createClient({ apiBase, publishableKey, customerSession: session.token });
    await asCustomer.cards.verify({ cardNumber: '8986010000000000018', pin: '1234' });
  })().catch((error) => {
    seeded = null; // try again at the next visit
    throw error;
  });
  return seeded;
}

const escapeHtml = (value) =>
  String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

const dateFormat = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric' });

function renderCards(cards) {
  if (cards.length === 0) {
    return '<p class="muted" data-testid="no-saved-cards">No saved cards yet. Renew one with the checkout: it is saved to your account for next time.</p>';
  }
  const items = cards
    .map(
      (card) =>
        `<li><strong>${escapeHtml(card.maskedNumber)}</strong> <span class="muted"><span class="status">${escapeHtml(card.status)}</span> · ${card.status === 'expired' ? 'ended' : 'until'} ${escapeHtml(dateFormat.format(new Date(card.expiresAt)))}</span></li>`,
    )
    .join('');
  return `<ul class="saved-cards" data-testid="saved-cards">${items}</ul>`;
}

function renderPage({ user, userKey, session, cards }) {
  const switchTo = userKey === 'mei' ? 'sam' : 'mei';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Your eSIM · ${escapeHtml(user.name)} · Lanterna Travel</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/public/styles.css" />
    <script type="module" src="/public/app.js"></script>
    <script type="module" src="${escapeHtml(scriptUrl)}"></script>
  </head>
  <body>
    <header class="bar">
      <strong class="brand">Lanterna</strong>
      <span class="who" data-testid="signed-in-as">
        <span class="avatar" aria-hidden="true">${escapeHtml(user.initials)}</span>
        Signed in as ${escapeHtml(user.name)} <span class="muted">(${cards.length > 0 ? 'returning customer' : 'new customer'})</span>
      </span>
      <a class="switch" href="/?user=${switchTo}" data-testid="switch-user">Switch to ${escapeHtml(USERS[switchTo].name)}</a>
    </header>
    <main class="layout">
      <section class="checkout" aria-labelledby="checkout-heading">
        <h1 id="checkout-heading">Renew your UR eSIM</h1>
        <p class="banner" id="renewal-banner" data-testid="renewal-banner" role="status" hidden></p>
        <urcard-checkout
          id="checkout"
          data-testid="checkout"
          api-base="${escapeHtml(apiBase)}"
          publishable-key="${escapeHtml(publishableKey)}"
          customer-session="${escapeHtml(session.token)}"
          partner-ref="${escapeHtml(user.customerId)}"
          currency="USD"
          theme="light"
        ></urcard-checkout>
      </section>
      <aside class="account" aria-labelledby="account-heading">
        <h2 id="account-heading">Your saved eSIM cards</h2>
        <p class="muted">Listed by this server through the renewal API for customer <code>${escapeHtml(user.customerId)}</code>.</p>
        ${renderCards(cards)}
        <h2>How this page was made</h2>
        <ol class="steps">
          <li>You are signed in to the partner's site (here: <code>?user=${escapeHtml(userKey)}</code>).</li>
          <li>The partner's server calls <code>POST /v1/customer-sessions</code> with its secret key and your customer id.</li>
          <li>It renders the widget with <code>customer-session="cs_…"</code>: only that short-lived token reaches the browser.</li>
          <li>The widget lists your bound cards first, and binds any card you verify to your account.</li>
        </ol>
        <p class="muted">Reload after renewing a new card to see it appear in both lists.</p>
      </aside>
    </main>
  </body>
</html>`;
}

function renderError(message) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>Renewal unavailable</title>
<link rel="stylesheet" href="/public/styles.css" /></head><body><main class="layout"><section>
<h1>The renewal service is not answering</h1><p>${escapeHtml(message)}</p>
<p class="muted">Is the reference server running at ${escapeHtml(apiBase)}? <code>pnpm start</code> starts it.</p>
</section></main></body></html>`;
}

const types = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

/** Serves a file from `dir`, refusing paths that climb out of it. */
async function serveFile(res, dir, relative) {
  const file = normalize(join(dir, relative));
  const info = file.startsWith(dir) ? await stat(file).catch(() => null) : null;
  if (!info?.isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
  });
  createReadStream(file).pipe(res);
}

async function handle(req, res) {
  const url = new URL(req.url ?? '/', 'http://partner');
  if (url.pathname === '/webhooks' && req.method === 'POST') return webhooks.handle(req, res);
  if (url.pathname === '/events') return renderEvents(res);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  if (url.pathname === '/health') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    return;
  }
  if (url.pathname.startsWith('/cdn/')) return serveFile(res, cdnDir, decodeURIComponent(url.pathname.slice(5)));
  if (url.pathname.startsWith('/public/')) return serveFile(res, publicDir, decodeURIComponent(url.pathname.slice(8)));
  if (url.pathname !== '/') {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }

  const userKey = url.searchParams.get('user') === 'sam' ? 'sam' : 'mei';
  const user = USERS[userKey];
  try {
    if (userKey === 'mei') await seedDemoCustomer();
    // A fresh session for each page view; the token is handed to the browser and never logged.
    const session = await urcard.customerSessions.create({ customerId: user.customerId, ttlMinutes: 60 });
    const { cards } = await urcard.customer.listCards({ customerSession: session.token });
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      // The page carries a customer session token: keep it out of shared caches and the back/forward cache.
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
    });
    res.end(renderPage({ user, userKey, session, cards }));
  } catch (error) {
    const message = isUrcardError(error) ? `${error.code}: ${error.message}` : 'Unexpected error';
    console.error(`customer session for ${user.customerId} failed: ${message}`);
    res.writeHead(502, { 'content-type': 'text/html; charset=utf-8' }).end(renderError(message));
  }
}

async function renderEvents(res) {
  const api = await webhooks.listEvents().catch((error) => ({ error: error.message, data: [] }));
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(
    JSON.stringify(
      {
        received: webhooks.received.map(({ event, raw, headers, receivedAt }) => ({
          receivedAt,
          type: event.type,
          id: event.id,
          raw,
          headers,
        })),
        api: api.data.map((e) => ({ id: e.id, type: e.type, timestamp: e.timestamp })),
      },
      null,
      2,
    ),
  );
}

const server = createServer((req, res) => {
  handle(req, res).catch(() => {
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('Internal error');
  });
});
server.on('error', (error) => {
  console.error(`Partner backend could not listen on ${host}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, host, () => {
  const publicUrl = process.env.PUBLIC_URL ?? `http://${host}:${server.address().port}`;
  webhooks = webhookReceiver({ apiBase, secretKey, publicUrl });
  webhooks.register().then(
    (endpoint) => console.log(`Partner backend on ${publicUrl}/ (renewal API ${apiBase}; webhooks ${endpoint.url})`),
    (error) => console.error(`Partner backend on ${publicUrl}/, but its webhook endpoint failed: ${error.message}`),
  );
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}
