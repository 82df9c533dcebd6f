import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeNotifications } from './notifications.ts';
import { fakePackage } from './packages.ts';
import type { FakeRefundRequest } from './refunds.ts';
import { route } from './routes.ts';
import type { Scenario } from './scenarios.ts';
import { Scenarios } from './scenarios.ts';
import type { FakeSim, FakeUsage } from './state.ts';
import { FakeAiraloState } from './state.ts';
import type { FakeOrder, FakePackage, Json, RecordedRequest } from './types.ts';
import { AiraloFakeError } from './types.ts';

/** Credentials of a test server that talks to the fake. */
export const FAKE_AIRALO_CREDENTIALS = {
  airaloClientId: 'urcard-fake-client',
  airaloClientSecret: 'urcard-fake-client-secret-0f9e8d7c',
} as const;

export interface FakeAiraloOptions {
  /** Lifetime of the tokens it gives, in seconds (Airalo's are a year). */
  tokenLifetimeS?: number;
  now?: () => number;
  /** The port on 127.0.0.1 (default: a free one). */
  port?: number;
  /** The key its low-data notifications are signed with (default FAKE_AIRALO_WEBHOOK_SECRET). */
  webhookSecret?: string;
}

/**
 * A local fake of the part of Airalo's Partner API v2 the carrier adapter calls, on 127.0.0.1: token, the eSIM
 * list, top-up packages, top-up orders, the order list (filtered by description) and usage. Tests add eSIMs,
 * schedule scenarios (an error, a slow answer, a top-up applied and the connection closed unanswered) and count
 * the top-ups each eSIM got.
 */
export class FakeAiralo {
  readonly requests: RecordedRequest[] = [];
  /** Every access token it gave, in order. */
  readonly tokens: string[] = [];
  /** Opt-in and signed low-data notifications (notifications.ts). */
  readonly notifications: FakeNotifications;
  url = '';
  readonly #state: FakeAiraloState;
  readonly #scenarios = new Scenarios();
  readonly #tokenLifetimeS: number;
  readonly #now: () => number;
  readonly #port: number;
  readonly #server = createServer((req, res) => void this.#handle(req, res));

  constructor(options: FakeAiraloOptions = {}) {
    this.#now = options.now ?? Date.now;
    this.#state = new FakeAiraloState(this.#now);
    this.#tokenLifetimeS = options.tokenLifetimeS ?? 31_536_000;
    this.#port = options.port ?? 0;
    this.notifications = new FakeNotifications(options.webhookSecret);
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.#server.listen(this.#port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.#server.close(() => resolve());
      this.#server.closeAllConnections();
    });
  }

  /** Adds an eSIM of the account with these top-up packages (default: one 3 GB / 30 days package). */
  addSim(iccid: string, packages: FakePackage[] = [fakePackage('topup-3gb-30days')], usage: Partial<FakeUsage> = {}) {
    const sim: FakeSim = {
      iccid,
      recycled: false,
      packages,
      usage: {
        remaining: 1024,
        total: 3072,
        remaining_voice: 0,
        remaining_text: 0,
        total_voice: 0,
        total_text: 0,
        expired_at: '2027-01-01 00:00:00',
        is_unlimited: false,
        status: 'ACTIVE',
        ...usage,
      },
      usageCache: null,
      usageCalls: [],
      applied: [],
    };
    this.#state.sims.set(iccid, sim);
    return sim;
  }

  /** The eSIM used data (or was topped up): the usage endpoint shows it once its 20-minute cache lapses. */
  setUsage(iccid: string, usage: Partial<FakeUsage>): void {
    const sim = this.#state.sims.get(iccid)!;
    sim.usage = { ...sim.usage, ...usage };
  }

  recycle(iccid: string): void {
    this.#state.sims.get(iccid)!.recycled = true;
  }

  set purchaseLimit(limit: number) {
    this.#state.purchaseLimit = limit;
  }

  /** The top-ups applied to this eSIM (what a traveller would be charged for). */
  topUps(iccid: string): FakeOrder[] {
    return this.#state.sims.get(iccid)?.applied ?? [];
  }

  get orders(): readonly FakeOrder[] {
    return this.#state.orders;
  }

  /** The refund requests Airalo took (`POST /v2/refund` answered 202). */
  get refundRequests(): readonly FakeRefundRequest[] {
    return this.#state.refunds.requests;
  }

  /** POSTs a signed low-data notification to the opted-in webhook URL (see notifications.ts). */
  notifyLowData(...args: Parameters<FakeNotifications['notifyLowData']>) {
    return this.notifications.notifyLowData(...args);
  }

  requestsTo(method: string, path: string | RegExp): RecordedRequest[] {
    return this.requests.filter(
      (r) => r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path)),
    );
  }

  /** The next `times` requests to `method path` meet `scenario`; `arrived` resolves when the first has come. */
  schedule(method: string, path: RegExp, scenario: Scenario, times = 1) {
    return this.#scenarios.add(method, path, scenario, times);
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: parseBody(String(req.headers['content-type'] ?? ''), Buffer.concat(chunks).toString('utf8')),
      status: 200,
      at: this.#now(),
    };
    this.requests.push(record);
    const taken = record.path === '/v2/token' ? null : this.#scenarios.take(record.method, record.path);
    let answer: { status: number; body: Json; headers?: Record<string, string> };
    if (taken?.scenario.kind === 'fail') {
      const { status, body, retryAfterS } = taken.scenario;
      answer = {
        status,
        body: body ?? { data: [], meta: { message: status >= 500 ? 'Server Error' : `(fake) ${status}` } },
        headers: retryAfterS === undefined ? {} : { 'Retry-After': String(retryAfterS) },
      };
    } else {
      answer = await this.#respond(record, req.headers.authorization);
    }
    record.status = answer.status;
    if (taken?.scenario.kind === 'hang-up') {
      res.socket?.destroy();
      return;
    }
    if (taken?.scenario.kind === 'slow') await taken.released;
    if (res.destroyed || res.socket?.destroyed) return;
    res.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers });
    res.end(JSON.stringify(answer.body));
  }

  async #respond(
    record: RecordedRequest,
    authorization: string | undefined,
  ): Promise<{ status: number; body: Json; headers?: Record<string, string> }> {
    try {
      if (record.path === '/v2/token' && record.method === 'POST') return { status: 200, body: this.#token(record) };
      const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : '';
      if (!this.tokens.includes(token)) {
        throw new AiraloFakeError(401, { data: [], meta: { message: 'Unauthenticated.' } });
      }
      const notified = await this.notifications.route(record);
      if (notified) return { status: 200, body: notified };
      const status = record.path === '/v2/refund' ? 202 : 200; // Airalo answers a refund request 202 Accepted
      return { status, body: route(this.#state, record) };
    } catch (error) {
      if (error instanceof AiraloFakeError) return { status: error.status, body: error.body, headers: error.headers };
      return { status: 500, body: { data: [], meta: { message: String(error) } } as Json };
    }
  }

  #token(record: RecordedRequest): Json {
    const { client_id: id, client_secret: secret, grant_type: grant } = record.body;
    if (
      grant !== 'client_credentials' ||
      id !== FAKE_AIRALO_CREDENTIALS.airaloClientId ||
      secret !== FAKE_AIRALO_CREDENTIALS.airaloClientSecret
    ) {
      throw new AiraloFakeError(401, { data: [], meta: { message: 'Invalid client credentials.' } });
    }
    const token = `fake-airalo-token-${randomBytes(24).toString('hex')}`;
    this.tokens.push(token);
    return {
      data: { token_type: 'Bearer', expires_in: this.#tokenLifetimeS, access_token: token },
      meta: { message: 'success' },
    };
  }
}

/** Airalo takes form fields (urlencoded or multipart in their examples) or JSON; the fake takes urlencoded and JSON. */
function parseBody(contentType: string, text: string): Record<string, unknown> {
  if (text === '') return {};
  if (contentType.includes('application/json')) return JSON.parse(text) as Record<string, unknown>;
  return Object.fromEntries(new URLSearchParams(text));
}

/** Starts a fake Airalo Partner API on 127.0.0.1 (a free port). */
export async function startFakeAiralo(options: FakeAiraloOptions = {}): Promise<FakeAiralo> {
  return new FakeAiralo(options).listen();
}
