import { after, afterEach } from 'node:test';
import type { ClientOptions } from '../client.ts';
import { createClient } from '../client.ts';
import type { Handler, TestServer } from './server.ts';
import { startTestServer } from './server.ts';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
after(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A fresh test server and a client pointed at it, with backoff delays kept tiny. Closed after the test. */
export async function setup(options: Partial<ClientOptions> = {}, handler?: Handler) {
  const server = await startTestServer(handler);
  servers.push(server);
  const client = createClient({
    apiBase: server.url,
    publishableKey: 'pk_test_demo',
    retryBaseDelayMs: 1,
    ...options,
  } as ClientOptions);
  return { server, client };
}
