// A scriptable HTTP server on 127.0.0.1 for the SDK's tests: each test says how to answer and reads back what
// the client really sent over the wire.
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  /** The full request target as sent, query included. */
  url: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** The JSON body, or undefined when there is none (or it is not JSON). */
  body: unknown;
  /** performance.now() when the request arrived. */
  at: number;
}

export interface Reply {
  status?: number;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is (wins over `json`). */
  body?: string;
  headers?: Record<string, string>;
  /** Waits this long before answering. */
  delayMs?: number;
  /** Never answers (the socket stays open until the client gives up or the server closes). */
  hang?: boolean;
  /** Closes the connection without any response: a network failure for the client. */
  destroy?: boolean;
  /** Announces the whole body's length, sends half of it, then closes the connection. */
  truncate?: boolean;
  /** Announces the whole body's length, sends half of it, and keeps the connection open without a word more. */
  stall?: boolean;
}

export type Handler = (request: RecordedRequest) => Reply | Promise<Reply>;

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Answers every request not taken by a queued reply. */
  handle(handler: Handler): void;
  /** Queues replies used, in order, before the handler. */
  reply(...replies: Reply[]): void;
  close(): Promise<void>;
}

const noHandler: Handler = (request) => ({
  status: 500,
  json: {
    error: {
      code: 'internal_error',
      message: `test server: no reply for ${request.method} ${request.path}`,
      requestId: 'req_none',
    },
  },
});

export async function startTestServer(handler: Handler = noHandler): Promise<TestServer> {
  let current = handler;
  const queue: Reply[] = [];
  const requests: RecordedRequest[] = [];

  const server = createServer((req, res) => {
    void serve(req, res);
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = rawBody === '' ? undefined : JSON.parse(rawBody);
    } catch {
      body = undefined;
    }
    const target = new URL(req.url ?? '/', 'http://127.0.0.1');
    const recorded: RecordedRequest = {
      method: req.method ?? '',
      path: target.pathname,
      url: req.url ?? '',
      query: target.searchParams,
      headers: req.headers,
      rawBody,
      body,
      at,
    };
    requests.push(recorded);

    const reply = queue.shift() ?? (await current(recorded));
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    if (reply.hang || res.destroyed) return;
    if (reply.destroy) {
      req.socket.destroy();
      return;
    }
    const text = reply.body ?? (reply.json === undefined ? '' : JSON.stringify(reply.json));
    const bytes = Buffer.from(text, 'utf8');
    res.writeHead(reply.status ?? 200, {
      'Content-Type': 'application/json',
      'Content-Length': String(bytes.length),
      ...reply.headers,
    });
    if (reply.truncate || reply.stall) {
      const half = bytes.subarray(0, Math.floor(bytes.length / 2));
      res.write(half, () => {
        if (reply.truncate) res.destroy();
      });
      return;
    }
    res.end(bytes);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle(next) {
      current = next;
    },
    reply(...replies) {
      queue.push(...replies);
    },
    close() {
      if (!server.listening) return Promise.resolve();
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
