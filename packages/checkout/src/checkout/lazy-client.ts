import type { ClientOptions, UrcardClient } from '@urcard/sdk';

type Sdk = typeof import('./create-client.ts');

let sdk: Promise<Sdk> | null = null;

/**
 * The SDK client, and with it zod and the contract's response schemas, in a chunk of its own: the card step renders
 * and checks the Luhn digit without it. Memoised; a failed load is tried again on the next call.
 */
export function loadSdk(): Promise<Sdk> {
  sdk ??= import('./create-client.ts').catch((error: unknown) => {
    sdk = null;
    throw error;
  });
  return sdk;
}

/** The client's namespaces and their methods: every method returns a promise, so each can wait for the SDK. */
const METHODS = {
  cards: ['verify', 'current', 'setAutoRenew'],
  plans: ['list'],
  quotes: ['create'],
  orders: ['create', 'get', 'waitForCompletion'],
  sandbox: ['pay', 'challenge'],
  customerSessions: ['create'],
  customer: ['listCards', 'selectCard'],
} as const satisfies { [N in keyof UrcardClient]?: readonly (keyof UrcardClient[N])[] };

/**
 * Behaves as `createClient(options)`, but loads the SDK first: the client is created on the first call
 * (the checkout starts loading the SDK as soon as the customer starts using it).
 */
export function lazyClient(options: ClientOptions): UrcardClient {
  let client: Promise<UrcardClient> | null = null;
  const ready = () =>
    (client ??= loadSdk()
      .then((m) => m.createClient(options))
      .catch((error: unknown) => {
        client = null;
        throw error;
      }));
  // biome-ignore lint/suspicious/noExplicitAny: each method forwards its own arguments to the real one.
  type Method = (...args: any[]) => Promise<unknown>;
  const lazy: Record<string, Record<string, Method> | Method> = {
    health: (...args) => ready().then((c) => c.health(...args)),
  };
  for (const [namespace, methods] of Object.entries(METHODS)) {
    const forward: Record<string, Method> = {};
    for (const method of methods) {
      forward[method] = (...args) =>
        ready().then((c) =>
          (c[namespace as keyof typeof METHODS] as unknown as Record<string, Method>)[method]!(...args),
        );
    }
    lazy[namespace] = forward;
  }
  return lazy as unknown as UrcardClient;
}

/** The client in use, and what it was made from (`property`, or the API, key and customer session). */
export interface Connection {
  client: UrcardClient | null;
  key: string;
}

/**
 * The client from the `client` property, or one made from the attributes (kept while they stay the same).
 * `startOver` when the API or key changed: card tokens and orders belong to one.
 */
export function connect(
  previous: Connection,
  given: UrcardClient | undefined,
  {
    apiBase,
    publishableKey,
    customerSession,
    locale,
  }: Record<'apiBase' | 'publishableKey' | 'customerSession' | 'locale', string | null>,
): Connection & { startOver: boolean } {
  let client: UrcardClient | null = null;
  let key = '';
  if (given) {
    client = given;
    key = 'property';
  } else if (apiBase && publishableKey) {
    key = `${apiBase}|${publishableKey}|${customerSession ?? ''}|${locale ?? ''}`;
    client =
      key === previous.key && previous.client
        ? previous.client
        : lazyClient({
            apiBase,
            publishableKey,
            ...(customerSession ? { customerSession } : {}),
            ...(locale ? { locale } : {}),
          });
  }
  const endpoint = (k: string) => k.split('|').slice(0, 2).join('|');
  const startOver = client !== previous.client && (endpoint(key) !== endpoint(previous.key) || Boolean(given));
  return { client, key, startOver };
}
