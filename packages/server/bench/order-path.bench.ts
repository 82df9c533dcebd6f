// `pnpm --filter @urcard/server bench`: orders created per second and the latency of verify → quote → order,
// under concurrent load, against the CLI server (its own process, a real SQLite file, production scrypt cost).
// Settings: BENCH_CONCURRENCY (32), BENCH_SECONDS (10), BENCH_SCRYPT_COST (16384, the production default),
// BENCH_DB_SYNCHRONOUS (FULL, the default).
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 32);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const scryptCost = process.env.BENCH_SCRYPT_COST ?? '16384';
const CARDS = [
  '8986010000000000018',
  '8986010000000000026',
  '8986010000000000034',
  '8986010000000000059',
  '8986010000000000067',
];
const PLANS = ['basic-7', 'basic-30', 'basic-90', 'advanced-7', 'advanced-30', 'advanced-90'];
const CURRENCIES = ['USD', 'EUR', 'CNY', 'HKD', 'JPY'];

const dir = await mkdtemp(join(tmpdir(), 'urcard-bench-'));
const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const server = spawn(
  process.execPath,
  ['--conditions=source', cli, '--port', '0', '--db', join(dir, 'bench.db'), '--payments', 'sandbox'],
  {
    env: {
      ...process.env,
      STRIPE_SECRET_KEY: '',
      URCARD_VERIFY_RATE_LIMIT: '100000000',
      URCARD_SCRYPT_COST: scryptCost,
      URCARD_LOG_LEVEL: 'info',
      URCARD_DB_SYNCHRONOUS: process.env.BENCH_DB_SYNCHRONOUS ?? 'FULL',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const base = await new Promise<string>((resolve, reject) => {
  let buffer = '';
  const onData = (chunk: Buffer) => {
    buffer += chunk;
    const match = /"msg":"listening","url":"([^"]+)"/.exec(buffer);
    if (match) {
      server.stdout.off('data', onData);
      server.stdout.resume(); // keep draining the request log
      resolve(match[1]!);
    }
  };
  server.stdout.on('data', onData);
  server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
});

const headers = { Authorization: 'Bearer pk_test_demo', 'Content-Type': 'application/json' };
async function post(path: string, body: unknown, extra: Record<string, string> = {}) {
  const response = await fetch(base + path, {
    method: 'POST',
    headers: { ...headers, ...extra },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

const samples = { path: [] as number[], verify: [] as number[], quote: [] as number[], order: [] as number[] };
let errors = 0;
let firstError: unknown;

async function renewal(i: number) {
  const t0 = performance.now();
  const session = await post('/v1/cards/verify', { cardNumber: CARDS[i % CARDS.length], pin: '1234' });
  const t1 = performance.now();
  const cardToken = { 'Urcard-Card-Token': String(session.cardToken) };
  const quote = await post(
    '/v1/quotes',
    {
      planId: PLANS[i % PLANS.length],
      currency: CURRENCIES[i % CURRENCIES.length],
      ...(i % 3 === 0 ? { promoCode: 'TRAVEL10' } : {}),
    },
    cardToken,
  );
  const t2 = performance.now();
  await post(
    '/v1/orders',
    { quoteId: quote.id, autoRenew: false },
    { ...cardToken, 'Idempotency-Key': crypto.randomUUID() },
  );
  const t3 = performance.now();
  samples.verify.push(t1 - t0);
  samples.quote.push(t2 - t1);
  samples.order.push(t3 - t2);
  samples.path.push(t3 - t0);
}

// Warm up (JIT, statement cache), then measure.
await Promise.all(Array.from({ length: 4 }, (_, i) => renewal(i)));
for (const list of Object.values(samples)) list.length = 0;

const started = performance.now();
const deadline = started + seconds * 1000;
let next = 0;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (performance.now() < deadline) {
      try {
        await renewal(next++);
      } catch (error) {
        errors++;
        firstError ??= error;
      }
    }
  }),
);
const elapsed = (performance.now() - started) / 1000;

server.kill('SIGTERM');
await new Promise((resolve) => server.once('exit', resolve));
await rm(dir, { recursive: true, force: true });

const pct = (list: number[], p: number) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};
const row = (name: string, list: number[]) =>
  `  ${name.padEnd(26)} p50 ${pct(list, 50).toFixed(1).padStart(7)} ms   p99 ${pct(list, 99).toFixed(1).padStart(7)} ms`;
const orders = samples.order.length;
console.log(
  `verify → quote → order: ${concurrency} concurrent clients for ${elapsed.toFixed(1)} s, scrypt N=${scryptCost}`,
);
console.log(`  orders created             ${orders} (${(orders / elapsed).toFixed(1)} orders/s)`);
console.log(row('verify → quote → order', samples.path));
console.log(row('  verify (scrypt)', samples.verify));
console.log(row('  quote', samples.quote));
console.log(row('  order (Idempotency-Key)', samples.order));
console.log(`  errors                     ${errors}${firstError ? ` (first: ${String(firstError)})` : ''}`);
if (errors > 0 || orders === 0) process.exitCode = 1;
