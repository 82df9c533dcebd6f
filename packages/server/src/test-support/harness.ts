import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ErrorBody, RouteName, RouteResponse } from '@urcard/sdk';
import { ERROR_HTTP_STATUS, errorBodySchema, HEADERS, routePath, routes } from '@urcard/sdk';
import type { RunningServer } from '../server.ts';
import { startServer } from '../server.ts';
import type { ServerOptions } from '../services.ts';
import { freshDatabase } from './databases.ts';
import { OpenApiCheck } from './openapi-check.ts';

export const PK = 'pk_test_demo';
export const SK = 'sk_test_demo';
export const PIN = '1234';
export const CARDS = {
  active: '8986010000000000018',
  expiring: '8986010000000000026',
  expired: '8986010000000000034',
  suspended: '8986010000000000042',
  rejected: '8986010000000000059',
  slow: '8986010000000000067',
} as const;

/** Fast timings for tests; each test file may override any setting. */
export const TEST_SETTINGS: ServerOptions = {
  carrierDelayMs: 40,
  slowCarrierDelayMs: 600,
  jobPollMs: 50,
  schedulerIntervalMs: 3_600_000,
  scryptCost: 1024,
  checkResponses: true,
  verifyRateLimit: 10_000,
};

export interface TestServer extends RunningServer {
  dir: string;
  dbPath: string;
  /** Every log line written, parsed. */
  logs: Record<string, unknown>[];
  rawLogs: string[];
  api: Api;
  /** Closes the server and deletes its folder. */
  stop(): Promise<void>;
}

/**
 * A server on 127.0.0.1:0 with a fresh database of the engine under test (TEST_ENGINE): a SQLite file in a
 * temporary folder, or a PostgreSQL database of its own, dropped by stop().
 */
export async function startTestServer(options: ServerOptions = {}, dir?: string): Promise<TestServer> {
  const folder = dir ?? (await mkdtemp(join(tmpdir(), 'urcard-server-test-')));
  const database =
    options.db || options.databaseUrl ? { settings: {}, drop: async () => {} } : await freshDatabase(folder);
  const dbPath = options.db ?? join(folder, 'urcard.db');
  const rawLogs: string[] = [];
  const logs: Record<string, unknown>[] = [];
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    payments: 'sandbox',
    ...database.settings,
    log: (line) => {
      rawLogs.push(line);
      logs.push(JSON.parse(line) as Record<string, unknown>);
    },
    ...TEST_SETTINGS,
    ...options,
  });
  return {
    ...server,
    dir: folder,
    dbPath,
    logs,
    rawLogs,
    api: new Api(server.url),
    async stop() {
      await server.close();
      if (!dir) {
        await database.drop();
        await rm(folder, { recursive: true, force: true });
      }
    },
  };
}

export interface CallOptions {
  params?: Record<string, string>;
  query?: Record<string, string>;
  /** Sent as JSON unless `rawBody` is given. */
  body?: unknown;
  rawBody?: string;
  /** API key; `null` sends no Authorization header. */
  key?: string | null;
  cardToken?: string;
  session?: string;
  idempotencyKey?: string;
  headers?: Record<string, string>;
}

export interface ApiResult<T> {
  status: number;
  headers: Headers;
  body: T;
  requestId: string | null;
}

/**
 * A small client over real HTTP that checks every answer against the contract: a success must parse with the
 * route's response schema, an error with the error schema, with the status its code maps to.
 */
export class Api {
  readonly base: string;
  readonly #openApi: OpenApiCheck;
  constructor(base: string) {
    this.base = base;
    this.#openApi = new OpenApiCheck(base);
  }

  async raw(method: string, path: string, init: RequestInit = {}): Promise<Response> {
    return fetch(this.base + path, { method, ...init });
  }

  async call<N extends RouteName>(
    name: N,
    options: CallOptions = {},
  ): Promise<ApiResult<RouteResponse<N> | ErrorBody>> {
    const route = routes[name];
    let url = this.base + routePath(route.path, options.params);
    if (options.query) url += `?${new URLSearchParams(options.query)}`;
    const headers: Record<string, string> = { ...options.headers };
    const key = options.key === undefined ? PK : options.key;
    if (key !== null) headers.Authorization = `Bearer ${key}`;
    if (options.cardToken !== undefined) headers[HEADERS.cardToken] = options.cardToken;
    if (options.session !== undefined) headers[HEADERS.customerSession] = options.session;
    if (options.idempotencyKey !== undefined) headers[HEADERS.idempotencyKey] = options.idempotencyKey;
    let body: string | undefined;
    if (options.rawBody !== undefined) body = options.rawBody;
    else if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined && headers['Content-Type'] === undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(url, { method: route.method, headers, body });
    const text = await response.text();
    const json: unknown = JSON.parse(text);
    const requestId = response.headers.get(HEADERS.requestId);
    assert.ok(requestId?.startsWith('req_'), 'every response carries a Request-Id');
    if (response.ok) {
      const parsed = route.response.safeParse(json);
      assert.ok(parsed.success, `${name} response matches the contract: ${JSON.stringify(parsed.error?.issues)}`);
    } else {
      const parsed = errorBodySchema.safeParse(json);
      assert.ok(parsed.success, `${name} error body matches the contract: ${text}`);
      assert.equal(response.status, ERROR_HTTP_STATUS[parsed.data.error.code], `status of ${parsed.data.error.code}`);
      if (response.headers.get('Idempotent-Replayed') !== 'true') {
        assert.equal(parsed.data.error.requestId, requestId, 'the error body carries the request id');
      }
    }
    await this.#openApi.check(name, response.status, json);
    return {
      status: response.status,
      headers: response.headers,
      body: json as RouteResponse<N> | ErrorBody,
      requestId,
    };
  }

  /** Calls a route that must succeed; returns its parsed body. */
  async ok<N extends RouteName>(name: N, options: CallOptions = {}): Promise<RouteResponse<N>> {
    const result = await this.call(name, options);
    assert.ok(result.status === 200, `${name} succeeds: ${result.status} ${JSON.stringify(result.body)}`);
    return result.body as RouteResponse<N>;
  }

  /** Calls a route that must fail with `code`; returns the error. */
  async fails<N extends RouteName>(name: N, code: ErrorBody['error']['code'], options: CallOptions = {}) {
    const result = await this.call(name, options);
    const error = (result.body as ErrorBody).error;
    assert.equal(error?.code, code, `${name} fails with ${code}: got ${result.status} ${JSON.stringify(result.body)}`);
    return { ...result, error };
  }

  async verify(cardNumber: string, pin = PIN, extra: CallOptions = {}) {
    return this.ok('verifyCard', { body: { cardNumber, pin }, ...extra });
  }

  /** Verify, quote and order: the order waits for payment. */
  async order(
    cardNumber: string,
    quote: { planId?: string; custom?: unknown; currency?: string; promoCode?: string } = {},
    order: { autoRenew?: boolean; email?: string; idempotencyKey?: string } = {},
  ) {
    const session = await this.verify(cardNumber);
    const selection = quote.custom ? { custom: quote.custom } : { planId: quote.planId ?? 'basic-30' };
    const q = await this.ok('createQuote', {
      cardToken: session.cardToken,
      body: {
        ...selection,
        currency: quote.currency ?? 'USD',
        ...(quote.promoCode ? { promoCode: quote.promoCode } : {}),
      },
    });
    const o = await this.ok('createOrder', {
      cardToken: session.cardToken,
      idempotencyKey: order.idempotencyKey ?? crypto.randomUUID(),
      body: { quoteId: q.id, autoRenew: order.autoRenew ?? false, ...(order.email ? { email: order.email } : {}) },
    });
    return { session, quote: q, order: o };
  }

  /** Polls an order until `done` says so (or fails after `timeoutMs`). */
  async waitForOrder(
    orderId: string,
    done: (order: RouteResponse<'getOrder'>) => boolean,
    timeoutMs = 5000,
  ): Promise<RouteResponse<'getOrder'>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const order = await this.ok('getOrder', { params: { orderId } });
      if (done(order)) return order;
      if (Date.now() > deadline) assert.fail(`order ${orderId} still ${order.status} after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

export const DAY = 86_400_000;

/** Waits until `check` holds, polling every 20 ms; fails with `what` after `timeoutMs`. */
export async function until(what: string, check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    assert.ok(Date.now() < deadline, `timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A clock that tests move forward by hand. */
export function movableClock(start = Date.now()) {
  let offset = start - Date.now();
  return {
    now: () => Date.now() + offset,
    advance(ms: number) {
      offset += ms;
    },
  };
}
