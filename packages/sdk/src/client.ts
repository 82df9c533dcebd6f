import type { CardSession, SetAutoRenewRequest, VerifyCardRequest } from './contract/cards.ts';
import type { Currency } from './contract/common.ts';
import type { BoundCardList, CreateCustomerSessionRequest, CustomerSession } from './contract/customers.ts';
import type { Health } from './contract/health.ts';
import type { CreateOrderRequest, Order, SandboxChallengeResult, SandboxOutcome } from './contract/orders.ts';
import type { PlanList } from './contract/plans.ts';
import type { CreateQuoteRequest, Quote } from './contract/quotes.ts';
import type { RouteResponse } from './contract/routes.ts';
import { UrcardError } from './errors.ts';
import type { FetchLike } from './http.ts';
import type { CallOptions, IdempotentCallOptions, RequestContext } from './request.ts';
import { callRoute } from './request.ts';
import type { WaitForCompletionOptions } from './wait-for-completion.ts';
import { waitForCompletion } from './wait-for-completion.ts';

interface CommonClientOptions {
  /** Base URL of the renewal API, without `/v1` (e.g. `https://api.example.com`). */
  apiBase: string;
  /** Defaults to the global `fetch`, looked up at call time. */
  fetch?: FetchLike;
  /** Time allowed for each attempt of a request, in ms. Default 15 000. */
  timeoutMs?: number;
  /** Retries after a failed attempt, where retrying is safe. Default 2. */
  retries?: number;
  /** Upper bound of the first backoff, doubled on each retry (full jitter). Default 500 ms. */
  retryBaseDelayMs?: number;
  /** Longest single wait between attempts; a longer `Retry-After` is not waited for. Default 10 000 ms. */
  retryMaxDelayMs?: number;
  /** A customer session token (`cs_…`) from your server: binds verified cards and lists bound ones. */
  customerSession?: string;
  /**
   * A BCP 47 tag (`ja`, `zh-TW`, `pt-BR`), sent as `Accept-Language` on every call: plan names, descriptions,
   * offers, promo descriptions and reasons come back in the closest of the catalogue's locales (`CONTENT_LOCALES`).
   * Each call's `locale` option overrides it. Without it the server answers in English.
   */
  locale?: string;
}

/** Browsers authenticate with a publishable key, servers may use the secret key. */
export type ClientOptions = CommonClientOptions &
  ({ publishableKey: string; secretKey?: never } | { secretKey: string; publishableKey?: never });

type KeysOfUnion<T> = T extends unknown ? keyof T : never;
/** Makes a union of object types exclusive: a member's keys are forbidden in the other members. */
type Exclusive<T, K extends PropertyKey = KeysOfUnion<T>> = T extends unknown
  ? T & Partial<Record<Exclude<K, keyof T>, never>>
  : never;

/** A card token (`ct_…`) from `cards.verify` or `customer.selectCard`. Sent only in the `Urcard-Card-Token` header. */
export interface WithCardToken {
  cardToken: string;
}

/** Either `planId` or `custom`, never both. */
export type CreateQuoteInput = WithCardToken & Exclusive<CreateQuoteRequest>;
export type CreateOrderInput = WithCardToken & CreateOrderRequest;

export interface UrcardClient {
  cards: {
    /** Checks the card number (Luhn, client-side first) and PIN; returns a short-lived card token and the card. */
    verify(input: VerifyCardRequest, options?: CallOptions): Promise<CardSession>;
    /** The card behind a card token, fresh from the carrier. */
    current(input: WithCardToken, options?: CallOptions): Promise<RouteResponse<'currentCard'>>;
    /** Turns auto-renew on or off, and with `lowData` the top-ups when the data runs low (with a monthly cap). */
    setAutoRenew(
      input: WithCardToken & SetAutoRenewRequest,
      options?: CallOptions,
    ): Promise<RouteResponse<'setAutoRenew'>>;
  };
  plans: {
    /** The plans offered for the card, priced in `currency`, and the custom builder's rules. */
    list(input: WithCardToken & { currency: Currency }, options?: CallOptions): Promise<PlanList>;
  };
  quotes: {
    /** A server-computed price for a plan or a custom composition, with an optional promo code. */
    create(input: CreateQuoteInput, options?: CallOptions): Promise<Quote>;
  };
  orders: {
    /** Places an order for a quote. Idempotent: one key per call (or yours), reused by its retries. */
    create(input: CreateOrderInput, options?: IdempotentCallOptions): Promise<Order>;
    /**
     * The order. With a publishable key, the card token that placed it (`cardToken`) is what shows its payment's
     * client secret while it is payable.
     */
    get(orderId: string, options?: CallOptions & { cardToken?: string }): Promise<Order>;
    /** Polls until the order is completed, failed, refunded or canceled. */
    waitForCompletion(orderId: string, options?: WaitForCompletionOptions): Promise<Order>;
  };
  sandbox: {
    /** Sandbox mode only: settles the order's payment with the given outcome. */
    pay(orderId: string, outcome: SandboxOutcome, options?: IdempotentCallOptions): Promise<Order>;
    /** Sandbox mode only: completes or fails the simulated 3-D Secure challenge of `requires_action`. */
    challenge(orderId: string, result: SandboxChallengeResult, options?: IdempotentCallOptions): Promise<Order>;
  };
  customerSessions: {
    /** Secret key only: opens a session for your signed-in customer; hand its `token` to the widget. */
    create(input: CreateCustomerSessionRequest, options?: IdempotentCallOptions): Promise<CustomerSession>;
  };
  customer: {
    /** Cards bound to the customer session (the client's, unless given here). */
    listCards(input?: { customerSession?: string }, options?: CallOptions): Promise<BoundCardList>;
    /** A card token for one of the customer's bound cards, without asking for its PIN again. */
    selectCard(input: { customerSession?: string; cardId: string }, options?: CallOptions): Promise<CardSession>;
  };
  /** Whether the API is up, its version and its payment provider. */
  health(options?: CallOptions): Promise<Health>;
}

/** What every call of a client shares: base URL, key, fetch, timeouts and retries. */
export function requestContext(options: ClientOptions): RequestContext {
  const key = clientKey(options);
  return {
    apiBase: options.apiBase.replace(/\/+$/, ''),
    key,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs: options.timeoutMs ?? 15_000,
    retry: {
      retries: options.retries ?? 2,
      baseDelayMs: options.retryBaseDelayMs ?? 500,
      maxDelayMs: options.retryMaxDelayMs ?? 10_000,
    },
    customerSession: options.customerSession,
    locale: options.locale,
  };
}

/** Creates a client of the renewal API. Nothing is sent until a method is called. */
export function createClient(options: ClientOptions): UrcardClient {
  const ctx = requestContext(options);

  const getOrder = (orderId: string, opts?: CallOptions & { cardToken?: string }) =>
    callRoute(ctx, 'getOrder', { params: { orderId }, cardToken: opts?.cardToken }, opts);

  return {
    cards: {
      verify: (input, opts) => callRoute(ctx, 'verifyCard', { body: input }, opts),
      current: ({ cardToken }, opts) => callRoute(ctx, 'currentCard', { cardToken }, opts),
      setAutoRenew: ({ cardToken, ...body }, opts) => callRoute(ctx, 'setAutoRenew', { cardToken, body }, opts),
    },
    plans: {
      list: ({ cardToken, ...query }, opts) => callRoute(ctx, 'listPlans', { cardToken, query }, opts),
    },
    quotes: {
      create: ({ cardToken, ...body }, opts) => callRoute(ctx, 'createQuote', { cardToken, body }, opts),
    },
    orders: {
      create: ({ cardToken, ...body }, opts) => callRoute(ctx, 'createOrder', { cardToken, body }, opts),
      get: getOrder,
      waitForCompletion: (orderId, opts) => waitForCompletion(getOrder, orderId, opts),
    },
    sandbox: {
      pay: (orderId, outcome, opts) => callRoute(ctx, 'sandboxPay', { params: { orderId }, body: { outcome } }, opts),
      challenge: (orderId, result, opts) =>
        callRoute(ctx, 'sandboxChallenge', { params: { orderId }, body: { result } }, opts),
    },
    customerSessions: {
      create: (input, opts) => callRoute(ctx, 'createCustomerSession', { body: input }, opts),
    },
    customer: {
      listCards: (input = {}, opts) =>
        callRoute(ctx, 'listBoundCards', { customerSession: input.customerSession }, opts),
      selectCard: ({ customerSession, cardId }, opts) =>
        callRoute(ctx, 'selectBoundCard', { customerSession, params: { cardId } }, opts),
    },
    health: (opts) => callRoute(ctx, 'health', {}, opts),
  };
}

function clientKey(options: ClientOptions): RequestContext['key'] {
  const publishable = options.publishableKey;
  const secret = options.secretKey;
  if (publishable !== undefined && secret !== undefined) {
    throw new UrcardError('invalid_request', 'Pass publishableKey or secretKey, not both', { field: 'publishableKey' });
  }
  if (typeof secret === 'string') {
    if (!secret.startsWith('sk_')) {
      throw new UrcardError('invalid_request', 'secretKey must start with sk_', { field: 'secretKey' });
    }
    return { kind: 'secret', value: secret };
  }
  if (typeof publishable !== 'string' || !publishable.startsWith('pk_')) {
    throw new UrcardError(
      'invalid_request',
      publishable?.startsWith('sk_')
        ? 'publishableKey is a secret key: never put sk_ keys in a browser; pass it as secretKey on your server'
        : 'publishableKey must start with pk_',
      { field: 'publishableKey' },
    );
  }
  return { kind: 'publishable', value: publishable };
}
