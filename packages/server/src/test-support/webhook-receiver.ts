import { once } from 'node:events';
import type { IncomingHttpHeaders, Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  /** Path and query the request was sent to. */
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
  /** What the receiver answered. */
  status: number;
}

/** How the receiver answers: 2xx takes the message, anything else refuses it. */
export type ReceiverAnswer = (message: Omit<ReceivedWebhook, 'status'>) => {
  status: number;
  headers?: Record<string, string>;
};

/**
 * A partner's webhook receiver on 127.0.0.1 (node:http), which a test can take down and bring back on the same
 * port. It records every request it answered, accepted or not.
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  answer: ReceiverAnswer = () => ({ status: 204 });
  #server: Server | null = null;
  #port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.#port}/hooks`;
  }

  /** A URL of its own for each endpoint of a test: `/hooks/<name>`. */
  urlFor(name: string): string {
    return `${this.url}/${name}`;
  }

  /** What reached `urlFor(name)`. */
  at(name: string): ReceivedWebhook[] {
    return this.received.filter((m) => m.path === `/hooks/${name}`);
  }

  /** Messages answered with a 2xx. */
  get accepted(): ReceivedWebhook[] {
    return this.received.filter((m) => m.status < 300);
  }

  async start(): Promise<this> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const message = {
          path: req.url ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          at: Date.now(),
        };
        const { status, headers } = this.answer(message);
        this.received.push({ ...message, status });
        res.writeHead(status, headers).end(status < 300 ? '' : 'nope');
      });
    });
    server.listen(this.#port, '127.0.0.1');
    await once(server, 'listening');
    this.#port = (server.address() as AddressInfo).port;
    this.#server = server;
    return this;
  }

  /** Down: connections to its port are refused until start() again. */
  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
