import type { ServerOptions as ServerOptionsOfHttp } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import { createApp } from './app.ts';
import type { ServerConfig } from './config.ts';
import type { AppEnv } from './http/env.ts';
import type { ServerOptions, Services } from './services.ts';
import { createServices } from './services.ts';

export interface RunningServer {
  /** `http://127.0.0.1:54321`, without a trailing slash. */
  url: string;
  port: number;
  host: string;
  app: Hono<AppEnv>;
  services: Services;
  /** Stops taking requests and work, puts running jobs back for the next start, and closes the database. */
  close(): Promise<void>;
}

/**
 * Node's own limits: a request (headers and body) must arrive within `requestTimeoutMs` (else 408 and the
 * connection closed), its headers within `headersTimeoutMs`, and an idle keep-alive connection is closed after
 * `keepAliveTimeoutMs`. Node looks at the first two every `connectionsCheckingInterval` (30 s by default): a
 * second here, so that a stalled body is dropped within seconds of its deadline.
 */
function httpServerOptions(config: ServerConfig): ServerOptionsOfHttp {
  return {
    requestTimeout: config.requestTimeoutMs,
    headersTimeout: config.headersTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    connectionsCheckingInterval: Math.min(1000, config.headersTimeoutMs || 1000, config.requestTimeoutMs || 1000),
  };
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * Starts the API on Node: opens the database (migrations, sandbox seed), resumes the jobs a previous process
 * left unfinished, listens, and starts the job worker and the scheduler. `port: 0` picks a free port.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const services = await createServices(options);
  const { config, store, log, worker, scheduler, provider } = services;
  try {
    // Jobs another process left running come back when their lease lapses: never taken from a live instance.
    const app = createApp(services);
    const server = createAdaptorServer({
      fetch: app.fetch,
      overrideGlobalObjects: false,
      serverOptions: httpServerOptions(config),
    });
    if (config.maxConnections > 0) server.maxConnections = config.maxConnections;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const port = (server.address() as AddressInfo).port;
    const url = `http://${urlHost(config.host)}:${port}`;
    worker.start();
    scheduler.start();
    log.info('listening', { url, payments: config.payments, database: store.kind, db: store.location });

    let closing: Promise<void> | null = null;
    return {
      url,
      port,
      host: config.host,
      app,
      services,
      close: () => {
        closing ??= (async () => {
          await new Promise<void>((resolve) => {
            server.close(() => resolve());
            if ('closeAllConnections' in server) server.closeAllConnections();
          });
          await scheduler.stop();
          await worker.stop();
          await provider.close?.();
          services.receipts.close();
          if (!options.store) await store.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    if (!options.store) await store.close();
    throw error;
  }
}
