// `pnpm --filter @urcard/server bench:throughput`: requests/s of each step of a renewal, as a share of a bare Hono
// hello-world on the same machine, on SQLite and on PostgreSQL, then how fast paid orders are provisioned.
// Every server runs in its own process on 127.0.0.1; load comes from autocannon in this one, bounded in time.
// Settings: BENCH_SECONDS (5 per step), BENCH_CONNECTIONS (32), BENCH_ORDERS (400 paid for the provisioning run),
// BENCH_ENGINES (sqlite,postgres), URCARD_BENCH_DATABASE_URL (else a private PostgreSQL cluster is started).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
// @ts-expect-error: plain JavaScript helper of the repository's scripts
import { startPostgres } from '../../../scripts/lib/postgres.js';
import { freshDatabase } from '../src/test-support/databases.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const paidOrders = Number(process.env.BENCH_ORDERS ?? 400);
const engines = (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',') as ('sqlite' | 'postgres')[];
const CARD = '8986010000000000018';

function spawnListening(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--conditions=source', ...args], {
    env: { ...process.env, STRIPE_SECRET_KEY: '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = new Promise<string>((resolve, reject) => {
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk;
      const match = /"msg":"listening","url":"([^"]+)"/.exec(buffer);
      if (match) {
        child.stdout.off('data', onData);
        child.stdout.resume();
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${args[0]} exited with ${code}`)));
  });
  const stop = () => {
    child.kill('SIGTERM');
    return new Promise((resolve) => child.once('exit', resolve));
  };
  return { url, stop };
}

type Request = { method?: string; path: string; headers?: Record<string, string>; body?: string };
async function load(url: string, request: Request, options: { amount?: number; next?: () => Request } = {}) {
  const result = await autocannon({
    url,
    connections,
    ...(options.amount ? { amount: options.amount } : { duration: seconds }),
    requests: [
      {
        ...request,
        ...(options.next ? { setupRequest: (r: object) => ({ ...r, ...options.next!() }) } : {}),
      } as never,
    ],
  });
  const errors = result.non2xx + result.errors + result.timeouts;
  return { rps: result.requests.average, total: result.requests.total, errors, seconds: result.duration };
}

async function post(base: string, path: string, body: unknown, headers: Record<string, string>) {
  const response = await fetch(base + path, { method: 'POST', headers, body: JSON.stringify(body) });
  const json = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

const dir = await mkdtemp(join(tmpdir(), 'urcard-bench-'));
console.log(`throughput, ${connections} connections, ${seconds} s a step (share of the bare Hono hello-world):`);
let postgres: { url: string; stop(): void } | null = null;
if (engines.includes('postgres') && !process.env.URCARD_BENCH_DATABASE_URL) postgres = await startPostgres();
process.env.URCARD_TEST_DATABASE_URL = process.env.URCARD_BENCH_DATABASE_URL ?? postgres?.url ?? '';
const rows = { push: (row: string) => console.log(`  ${row}`) };
const fmt = (n: number) => n.toFixed(0).padStart(7);
try {
  const hello = spawnListening([fileURLToPath(new URL('./hello.ts', import.meta.url))]);
  const helloRps = (await load(await hello.url, { path: '/' })).rps;
  await hello.stop();
  rows.push(`bare Hono hello-world        ${fmt(helloRps)} req/s  100 %`);

  for (const engine of engines) {
    const database = await freshDatabase(await mkdtemp(join(dir, `${engine}-`)), engine);
    const server = spawnListening(
      [
        fileURLToPath(new URL('../src/cli.ts', import.meta.url)),
        '--port',
        '0',
        ...database.flags,
        '--payments',
        'sandbox',
      ],
      { URCARD_VERIFY_RATE_LIMIT: '100000000', URCARD_LOG_LEVEL: 'info', URCARD_SCHEDULER_INTERVAL_MS: '3600000' },
    );
    const base = await server.url;
    const auth = { Authorization: 'Bearer pk_test_demo', 'Content-Type': 'application/json' };
    const session = await post(base, '/v1/cards/verify', { cardNumber: CARD, pin: '1234' }, auth);
    const card = { ...auth, 'Urcard-Card-Token': String(session.cardToken) };
    const quoteBody = JSON.stringify({ planId: 'basic-30', currency: 'USD', promoCode: 'TRAVEL10' });
    const quote = await post(base, '/v1/quotes', JSON.parse(quoteBody), card);
    const orderBody = JSON.stringify({ quoteId: quote.id, autoRenew: false });
    const steps: [string, Request, { next?: () => Request }?][] = [
      ['GET /v1/health', { path: '/v1/health' }],
      ['GET /v1/plans', { path: '/v1/plans?currency=USD', headers: card }],
      ['POST /v1/quotes', { method: 'POST', path: '/v1/quotes', headers: card, body: quoteBody }],
      [
        'POST /v1/orders (idempotent)',
        { method: 'POST', path: '/v1/orders', headers: card, body: orderBody },
        { next: () => ({ path: '/v1/orders', headers: { ...card, 'Idempotency-Key': randomUUID() } }) },
      ],
    ];
    for (const [name, request, options] of steps) {
      const r = await load(base, request, options);
      rows.push(
        `${engine.padEnd(8)} ${name.padEnd(28)} ${fmt(r.rps)} req/s ${fmt((100 * r.rps) / helloRps)} %${r.errors ? `  (${r.errors} errors)` : ''}`,
      );
    }

    // Payments, then provisioning: orders made first, each paid once, then timed until all are completed.
    const ids: string[] = [];
    for (let i = 0; i < paidOrders; i += 16) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(16, paidOrders - i) }, () =>
          post(base, '/v1/orders', { quoteId: quote.id, autoRenew: false }, card),
        ),
      );
      ids.push(...batch.map((o) => String(o.id)));
    }
    let n = 0;
    const payStarted = performance.now();
    const pay = await load(
      base,
      { method: 'POST', path: '/', headers: auth, body: JSON.stringify({ outcome: 'succeeded' }) },
      { amount: ids.length, next: () => ({ path: `/v1/orders/${ids[n++ % ids.length]}/sandbox-payment` }) },
    );
    const paidAt = performance.now();
    const payRps = pay.total / ((paidAt - payStarted) / 1000);
    rows.push(
      `${engine.padEnd(8)} ${'POST …/sandbox-payment'.padEnd(28)} ${fmt(payRps)} req/s ${fmt((100 * payRps) / helloRps)} %${pay.errors ? `  (${pay.errors} errors)` : ''}`,
    );
    const pending = new Set(ids);
    const deadline = Date.now() + 120_000;
    while (pending.size > 0 && Date.now() < deadline) {
      await Promise.all(
        [...pending].slice(0, 64).map(async (id) => {
          const order = (await (await fetch(`${base}/v1/orders/${id}`, { headers: auth })).json()) as {
            status: string;
          };
          if (order.status === 'completed') pending.delete(id);
        }),
      );
    }
    const provisionSeconds = (performance.now() - payStarted) / 1000;
    const lag = (performance.now() - paidAt) / 1000;
    const provisioned = ids.length - pending.size;
    rows.push(
      `${engine.padEnd(8)} ${'provisioning (2 s carrier)'.padEnd(28)} ${fmt(provisioned / provisionSeconds)} orders/s: ${provisioned}/${ids.length} completed, the last ${lag.toFixed(1)} s after the last payment`,
    );
    await server.stop();
    await database.drop();
  }
} finally {
  postgres?.stop();
  await rm(dir, { recursive: true, force: true });
}
