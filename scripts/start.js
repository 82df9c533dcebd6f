#!/usr/bin/env node
// `pnpm start`: build what is needed, start the reference server in sandbox mode on its SQLite file,
// serve the example partner pages, print the URLs. Ctrl-C stops everything.
// `pnpm demo:airalo` (`--airalo`): the same with a real carrier's adapter, URCARD_CARRIER=airalo, on the local fake
// of Airalo's Partner API (a few eSIMs and top-up packages); their cards are imported and printed to try.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from './demo-server.js';
import { nodeProblem } from './node-check.js';

const problem = nodeProblem(process.versions.node);
if (problem) {
  console.error(problem);
  process.exit(1);
}

const root = resolve(fileURLToPath(import.meta.url), '../..');
const apiPort = Number(process.env.URCARD_PORT ?? 8787);
const webPort = Number(process.env.URCARD_DEMO_PORT ?? 5173);
const partnerPort = Number(process.env.URCARD_PARTNER_PORT ?? 5174);
const mailPort = Number(process.env.URCARD_MAIL_PORT ?? 2525);
const airalo = process.argv.includes('--airalo');
const airaloPort = Number(process.env.URCARD_FAKE_AIRALO_PORT ?? 8788);
const mailFolder = '.urcard/mail';
const host = '127.0.0.1';
const apiBase = `http://${host}:${apiPort}`;

if (!process.argv.includes('--no-build')) {
  console.log('Building packages and examples (pnpm -r build)…');
  const build = spawnSync('pnpm', ['-r', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const children = [];
function launch(name, args, env = {}) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  child.stdout.on('data', (chunk) => {
    if (process.env.URCARD_VERBOSE) process.stdout.write(`[${name}] ${chunk}`);
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} stopped (${signal ?? code}); shutting down.`);
      stop(1);
    }
  });
  children.push(child);
  return child;
}

async function waitFor(url, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

let stopping = false;
let demo;
/** Stops the servers, waiting for each to close its database and sockets (5 s at most), then exits. */
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  const exited = children
    .filter((child) => child.exitCode === null && child.signalCode === null)
    .map((child) => new Promise((resolve) => child.once('exit', resolve)));
  for (const child of children) child.kill('SIGTERM');
  const timer = setTimeout(() => {
    for (const child of children) child.kill('SIGKILL');
  }, 5_000);
  await Promise.all([...exited, demo?.close()]);
  clearTimeout(timer);
  process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

for (const [name, path] of [
  ['the reference server', 'packages/server/dist/cli.js'],
  ['the standalone bundle', 'packages/checkout/dist/cdn/urcard-checkout.js'],
  ['the travel site', 'examples/travel-site/dist/index.html'],
]) {
  if (!existsSync(resolve(root, path))) {
    console.error(`${name} is not built (${path} is missing): run \`pnpm start\` without --no-build.`);
    process.exit(1);
  }
}

/** Resolves when `port` can be listened on; a port in use means another demo (or something else) holds it. */
function portFree(port) {
  return new Promise((ok) => {
    const probe = createServer();
    probe.once('error', () => ok(false));
    probe.listen(port, host, () => probe.close(() => ok(true)));
  });
}
for (const [port, variable] of [
  [apiPort, 'URCARD_PORT'],
  [webPort, 'URCARD_DEMO_PORT'],
  [partnerPort, 'URCARD_PARTNER_PORT'],
  [mailPort, 'URCARD_MAIL_PORT'],
  ...(airalo ? [[airaloPort, 'URCARD_FAKE_AIRALO_PORT']] : []),
]) {
  if (!(await portFree(port))) {
    console.error(
      `Port ${port} is in use (another \`pnpm start\`?). Stop it, or choose another port with ${variable}=…`,
    );
    process.exit(1);
  }
}

try {
  await startAll();
} catch (error) {
  console.error(`Could not start the demo: ${error instanceof Error ? error.message : error}`);
  await stop(1);
}

async function startAll() {
  // Receipts go to a local SMTP sink that keeps each email as an .eml file (no mail leaves the machine).
  const mail = launch('mail', ['packages/server/scripts/mail-sink.ts', String(mailPort), mailFolder]);
  await new Promise((ok) => mail.stdout.once('data', ok));
  const carrier = airalo ? await startFakeAiralo() : null;
  launch(
    'server',
    [
      'packages/server/dist/cli.js',
      '--port',
      String(apiPort),
      '--host',
      host,
      '--db',
      // The carrier is server-wide: the Airalo demo keeps its own database.
      carrier ? '.urcard/airalo.db' : '.urcard/urcard.db',
      '--payments',
      'sandbox',
    ],
    { URCARD_SMTP_URL: `smtp://${host}:${mailPort}`, ...carrier?.env },
  );
  await waitFor(`${apiBase}/v1/health`);
  if (carrier) await importCards(carrier.iccids);

  let partnerBase = '';
  const partnerScript = resolve(root, 'examples/server-integration/server.js');
  if (existsSync(partnerScript)) {
    partnerBase = `http://${host}:${partnerPort}`;
    launch('partner', [partnerScript], {
      PORT: String(partnerPort),
      URCARD_API_BASE: apiBase,
      URCARD_SECRET_KEY: 'sk_test_demo',
    });
    await waitFor(`${partnerBase}/health`);
  }

  demo = await startDemoServer({ port: webPort, host, apiBase, partnerBase });
  console.log(`
UR card renewal demo (sandbox mode: no real money moves)

  Travel site        ${demo.url}/travel-site/
  Plain HTML         ${demo.url}/vanilla/
  React              ${demo.url}/react/
  Vue                ${demo.url}/vue/${partnerBase ? `\n  Signed-in partner  ${partnerBase}/` : ''}
  Renewal API        ${apiBase}/v1/health
  API reference      ${apiBase}/docs
  Test mail          ${mailFolder}/*.eml (receipts and refunds, via SMTP ${host}:${mailPort})

${
  carrier
    ? `Carrier            Airalo (the local fake: ${carrier.url})
eSIMs imported, PIN 1234: ${carrier.iccids.join(', ')} (open Plain HTML, enter one).`
    : 'Test card 8986010000000000026, PIN 1234, promo TRAVEL10 (more in docs/testing.md).'
}
Press Ctrl-C to stop.
`);
}

/** The fake Airalo API with its eSIMs (packages/server/scripts/fake-airalo.ts), and the server's settings for it. */
async function startFakeAiralo() {
  const fake = launch('airalo', ['packages/server/scripts/fake-airalo.ts', String(airaloPort)]);
  const line = await new Promise((ok) => fake.stdout.once('data', (chunk) => ok(String(chunk))));
  const { url, airaloClientId, airaloClientSecret, iccids } = JSON.parse(line);
  const env = {
    URCARD_CARRIER: 'airalo',
    URCARD_AIRALO_BASE_URL: url,
    URCARD_AIRALO_CLIENT_ID: airaloClientId,
    URCARD_AIRALO_CLIENT_SECRET: airaloClientSecret,
  };
  return { url, iccids, env };
}

/** The partner registers the eSIMs it sold, as a partner does: `POST /v1/cards/import` with its secret key. */
async function importCards(iccids) {
  const response = await fetch(`${apiBase}/v1/cards/import`, {
    method: 'POST',
    headers: {
      Authorization: 'Bearer sk_test_demo',
      'Content-Type': 'application/json',
      'Idempotency-Key': `demo-airalo-${iccids.join('-')}`,
    },
    body: JSON.stringify({ cards: iccids.map((cardNumber) => ({ cardNumber, pin: '1234' })) }),
  });
  if (!response.ok) throw new Error(`the card import answered ${response.status}: ${await response.text()}`);
}
