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

/**
 * Behaves as `createClient(options)`, but loads the SDK first: the client is created on the first call
 * (the checkout starts loading the SDK as soon as its first step is on screen).
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
  return {
    cards: {
      verify: (...args) => ready().then((c) => c.cards.verify(...args)),
      current: (...args) => ready().then((c) => c.cards.current(...args)),
      setAutoRenew: (...args) => ready().then((c) => c.cards.setAutoRenew(...args)),
    },
    plans: {
      list: (...args) => ready().then((c) => c.plans.list(...args)),
    },
    quotes: {
      create: (...args) => ready().then((c) => c.quotes.create(...args)),
    },
    orders: {
      create: (...args) => ready().then((c) => c.orders.create(...args)),
      get: (...args) => ready().then((c) => c.orders.get(...args)),
      waitForCompletion: (...args) => ready().then((c) => c.orders.waitForCompletion(...args)),
    },
    sandbox: {
      pay: (...args) => ready().then((c) => c.sandbox.pay(...args)),
      challenge: (...args) => ready().then((c) => c.sandbox.challenge(...args)),
    },
    customerSessions: {
      create: (...args) => ready().then((c) => c.customerSessions.create(...args)),
    },
    customer: {
      listCards: (...args) => ready().then((c) => c.customer.listCards(...args)),
      selectCard: (...args) => ready().then((c) => c.customer.selectCard(...args)),
    },
    health: (...args) => ready().then((c) => c.health(...args)),
  };
}
