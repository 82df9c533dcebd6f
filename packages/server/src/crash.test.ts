import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Api, CARDS, DAY } from './test-support/harness.ts';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));

interface Child {
  process: ChildProcess;
  url: string;
  output: string[];
  exited: Promise<number | null>;
}

/** Starts `urcard-server` (the CLI, from source) as a child process and waits for its "listening" line. */
async function spawnServer(db: string, env: Record<string, string>): Promise<Child> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', CLI, '--port', '0', '--db', db, '--payments', 'sandbox'],
    {
      env: { ...process.env, STRIPE_SECRET_KEY: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output.join('\n')}`)), 15_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk;
      let newline = buffer.indexOf('\n');
      while (newline >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        output.push(line);
        const record = JSON.parse(line) as { msg?: string; url?: string };
        if (record.msg === 'listening' && record.url) {
          clearTimeout(timer);
          resolve(record.url);
        }
        newline = buffer.indexOf('\n');
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => output.push(String(chunk)));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output.join('\n')}`)));
  });
  return { process: child, url, output, exited };
}

async function kill(child: Child): Promise<void> {
  child.process.kill('SIGKILL');
  await child.exited;
}

describe('crash safety', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'urcard-crash-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('a server killed (SIGKILL) mid-provisioning, twice, completes the order exactly once with one payment', async () => {
    const db = join(dir, 'urcard.db');
    const env = {
      URCARD_CARRIER_DELAY_MS: '4000',
      URCARD_JOB_POLL_MS: '50',
      URCARD_SCRYPT_COST: '1024',
      URCARD_SCHEDULER_INTERVAL_MS: '3600000',
    };
    const servers: Child[] = [];
    try {
      const first = await spawnServer(db, env);
      servers.push(first);
      const api = new Api(first.url);
      const { order, session } = await api.order(CARDS.active, { planId: 'basic-30' });
      const before = (await api.ok('currentCard', { cardToken: session.cardToken })).card;
      await api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
      await api.waitForOrder(order.id, (o) => o.status === 'provisioning');
      await new Promise((r) => setTimeout(r, 200));
      await kill(first);

      // Restarted on the same file: the job resumes; killed again before the carrier answers.
      const second = await spawnServer(db, env);
      servers.push(second);
      assert.ok(
        second.output.some((l) => l.includes('resuming unfinished jobs')),
        'the second server resumes the job',
      );
      const status = (await new Api(second.url).ok('getOrder', { params: { orderId: order.id } })).status;
      assert.equal(status, 'provisioning');
      await new Promise((r) => setTimeout(r, 300));
      await kill(second);

      const third = await spawnServer(db, env);
      servers.push(third);
      const thirdApi = new Api(third.url);
      const done = await thirdApi.waitForOrder(order.id, (o) => o.status === 'completed', 10_000);
      assert.equal(done.receipt?.previousExpiresAt, before.expiresAt);
      assert.equal(Date.parse(done.receipt!.newExpiresAt) - Date.parse(before.expiresAt), 30 * DAY, 'extended once');
      const { cardToken } = await thirdApi.verify(CARDS.active);
      assert.equal((await thirdApi.ok('currentCard', { cardToken })).card.expiresAt, done.receipt!.newExpiresAt);
      third.process.kill('SIGTERM');
      assert.equal(await third.exited, 0, 'a graceful stop exits 0');

      const sqlite = new DatabaseSync(db, { readOnly: true });
      try {
        const count = (sql: string) => (sqlite.prepare(sql).get(order.id) as { n: number }).n;
        assert.equal(
          count("SELECT COUNT(*) AS n FROM payments WHERE order_id = ? AND kind = 'charge'"),
          1,
          'one payment',
        );
        assert.equal(count('SELECT COUNT(*) AS n FROM payments WHERE order_id = ?'), 1, 'no refund');
        assert.equal(count('SELECT COUNT(*) AS n FROM carrier_requests WHERE reference = ?'), 1, 'provisioned once');
        assert.equal(count("SELECT COUNT(*) AS n FROM order_events WHERE order_id = ? AND to_status = 'completed'"), 1);
        assert.equal(count("SELECT COUNT(*) AS n FROM order_events WHERE order_id = ? AND to_status = 'paid'"), 1);
        const job = sqlite
          .prepare("SELECT status, attempts FROM jobs WHERE unique_key = 'provision:' || ?")
          .get(order.id) as {
          status: string;
          attempts: number;
        };
        assert.deepEqual({ ...job }, { status: 'done', attempts: 3 });
      } finally {
        sqlite.close();
      }
      const logs = servers.flatMap((s) => s.output).join('\n');
      assert.ok(!logs.includes(CARDS.active) && !logs.includes(session.cardToken), 'no secrets in the logs');
    } finally {
      for (const server of servers) if (server.process.exitCode === null) await kill(server);
    }
  });
});
