#!/usr/bin/env node
// `pnpm start`: build what is needed, start the reference server in sandbox mode on its SQLite file,
// serve the example partner pages, print the URLs. Ctrl-C stops everything.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from './demo-server.js';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const apiPort = Number(process.env.URCARD_PORT ?? 8787);
const webPort = Number(process.env.URCARD_DEMO_PORT ?? 5173);
const partnerPort = Number(process.env.URCARD_PARTNER_PORT ?? 5174);
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
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  await demo?.close();
  process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

launch('server', [
  'packages/server/dist/cli.js',
  '--port',
  String(apiPort),
  '--host',
  host,
  '--db',
  '.urcard/urcard.db',
  '--payments',
  'sandbox',
]);
await waitFor(`${apiBase}/v1/health`);

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

Test card 8986010000000000026, PIN 1234, promo TRAVEL10 (more in docs/testing.md).
Press Ctrl-C to stop.
`);
