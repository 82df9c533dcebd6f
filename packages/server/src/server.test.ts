import assert from 'node:assert/strict';
import type { Socket } from 'node:net';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { TestServer } from './test-support/harness.ts';
import { PK, startTestServer } from './test-support/harness.ts';

interface RawExchange {
  socket: Socket;
  /** Everything the server sent, once it closed the connection (or `limitMs` passed: then `closedAfterMs` is null). */
  closed: Promise<{ data: string; closedAfterMs: number | null }>;
}

/** A plain TCP connection to the server: what an HTTP client library would not let a test do. */
function open(url: string, limitMs = 5000): Promise<RawExchange> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    socket.once('error', reject);
    socket.once('connect', () => {
      const started = Date.now();
      let data = '';
      socket.on('data', (chunk) => {
        data += chunk;
      });
      const closed = new Promise<{ data: string; closedAfterMs: number | null }>((done) => {
        const timer = setTimeout(() => {
          socket.destroy();
          done({ data, closedAfterMs: null });
        }, limitMs);
        socket.once('close', () => {
          clearTimeout(timer);
          done({ data, closedAfterMs: Date.now() - started });
        });
      });
      resolve({ socket, closed });
    });
  });
}

const verifyHead = (contentLength: number, extra = '') =>
  'POST /v1/cards/verify HTTP/1.1\r\nHost: 127.0.0.1\r\n' +
  `Authorization: Bearer ${PK}\r\nContent-Type: application/json\r\nContent-Length: ${contentLength}\r\n${extra}\r\n`;

async function until(condition: () => boolean, limitMs = 3000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('HTTP hardening, over raw sockets', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({
      bodyLimitBytes: 1024,
      requestTimeoutMs: 1000,
      headersTimeoutMs: 1000,
      keepAliveTimeoutMs: 400,
      maxConnections: 4,
    });
  });
  after(() => server.stop());
  const errors = () => server.logs.filter((l) => l.level === 'error');

  it('drops a stalled body within seconds, with 408, and logs no error', async () => {
    const { socket, closed } = await open(server.url);
    socket.write(`${verifyHead(200)}{"cardNumber":"89860`);
    const { data, closedAfterMs } = await closed;
    assert.ok(closedAfterMs !== null && closedAfterMs < 4000, `closed after ${closedAfterMs} ms`);
    assert.match(data, /^HTTP\/1\.1 408 /);
    await until(() => server.logs.some((l) => l.msg === 'request' && l.path === '/v1/cards/verify'));
    assert.deepEqual(errors(), []);
  });

  it('logs a client that hangs up mid-body at info, without a stack, and goes on serving', async () => {
    const before = server.logs.length;
    const { socket } = await open(server.url);
    socket.write(`${verifyHead(200)}{"cardNumber":"89860`);
    await new Promise((r) => setTimeout(r, 100));
    socket.destroy();
    await until(() => server.logs.slice(before).some((l) => l.msg === 'request'));
    const lines = server.logs.slice(before);
    const request = lines.find((l) => l.msg === 'request')!;
    assert.equal(request.level, 'info');
    assert.notEqual(request.status, 500);
    assert.ok(lines.some((l) => l.level === 'info' && /closed the connection/.test(String(l.msg))));
    assert.ok(!server.rawLogs.slice(before).some((line) => line.includes('stack')), 'no stack logged');
    assert.deepEqual(errors(), []);
    assert.equal((await fetch(`${server.url}/v1/health`)).status, 200);
  });

  it('answers a body announced too large with 413 and Connection: close, and closes the connection', async () => {
    const { socket, closed } = await open(server.url);
    socket.write(`${verifyHead(100_000)}{"cardNumber":"`);
    const { data, closedAfterMs } = await closed;
    assert.match(data, /^HTTP\/1\.1 413 /);
    assert.match(data, /\r\nconnection: close\r\n/i);
    assert.match(data, /"code":"payload_too_large"/);
    assert.ok(closedAfterMs !== null && closedAfterMs < 300, `closed after ${closedAfterMs} ms`);
  });

  it('closes an idle keep-alive connection after the keep-alive timeout', async () => {
    const { socket, closed } = await open(server.url);
    socket.write('GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    const { data, closedAfterMs } = await closed;
    assert.match(data, /^HTTP\/1\.1 200 /);
    assert.match(data, /keep-alive/i);
    assert.ok(
      closedAfterMs !== null && closedAfterMs >= 300 && closedAfterMs < 3000,
      `closed after ${closedAfterMs} ms`,
    );
  });

  it('closes connections beyond the cap at once, and serves the others', async () => {
    const held = await Promise.all([1, 2, 3, 4].map(() => open(server.url)));
    try {
      await new Promise((r) => setTimeout(r, 50));
      const extra = await open(server.url);
      const { data, closedAfterMs } = await extra.closed;
      assert.equal(data, '');
      assert.ok(closedAfterMs !== null && closedAfterMs < 500, `closed after ${closedAfterMs} ms`);
      held[0]!.socket.write('GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
      const served = await held[0]!.closed;
      assert.match(served.data, /^HTTP\/1\.1 200 /);
    } finally {
      for (const { socket } of held) socket.destroy();
    }
  });
});
