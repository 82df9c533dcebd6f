import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server, Socket } from 'node:net';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { freshDatabase, TEST_ENGINE } from '../test-support/databases.ts';
import { CARDS, PIN, startTestServer } from '../test-support/harness.ts';

/** A TCP relay on 127.0.0.1 in front of PostgreSQL that can be cut (a partition) and mended on the same port. */
async function relay(target: URL) {
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  const listen = (port: number) =>
    new Promise<number>((resolve) => {
      server = createServer((client) => {
        const upstream = connect(Number(target.port), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('error', () => {});
          s.on('close', () => sockets.delete(s));
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => resolve((server!.address() as { port: number }).port));
    });
  const port = await listen(0);
  return {
    port,
    async cut() {
      const closed = new Promise((r) => server!.close(r));
      for (const s of sockets) s.destroy();
      await closed;
      await new Promise((r) => setTimeout(r, 50));
    },
    mend: () => listen(port),
    close: async () => {
      const closed = new Promise((r) => (server?.listening ? server.close(r) : r(null)));
      for (const s of sockets) s.destroy();
      await closed;
    },
  };
}

// PostgreSQL only: a networked database can be out of reach, which an embedded SQLite file cannot.
if (TEST_ENGINE === 'postgres') {
  describe('a PostgreSQL server that cannot be reached', () => {
    it('answers 503 service_unavailable with Retry-After, never a 500, and recovers when it is back', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'urcard-down-'));
      const database = await freshDatabase(dir);
      const direct = new URL(database.settings.databaseUrl!);
      const link = await relay(direct);
      const viaRelay = new URL(direct);
      viaRelay.port = String(link.port);
      const server = await startTestServer({ databaseUrl: viaRelay.toString() }, dir);
      try {
        await server.api.verify(CARDS.active, PIN);
        await link.cut();
        for (let i = 0; i < 3; i++) {
          const down = await server.api.fails('verifyCard', 'service_unavailable', {
            body: { cardNumber: CARDS.active, pin: PIN },
          });
          assert.ok(Number(down.headers.get('Retry-After')) >= 1);
        }
        assert.ok(!server.logs.some((l) => l.msg === 'unhandled error'), 'not logged as a bug');
        await link.mend();
        await server.api.verify(CARDS.active, PIN);
      } finally {
        await server.stop();
        await link.close();
        await database.drop();
        await rm(dir, { recursive: true, force: true });
      }
    });
  });
}
