import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { StripeApiError } from './api-error.ts';
import { confirm, succeed } from './confirm.ts';
import { FailureInjection } from './failures.ts';
import { parseStripeForm } from './form.ts';
import { token } from './ids.ts';
import { routeRequest } from './routing.ts';
import type { FakeOutcome, FakePaymentMethod, FakeStripeState, Json, RecordedRequest } from './types.ts';

/** Stripe settings of a test server that talks to the fake (the fake checks the secret key). */
export const FAKE_STRIPE_KEYS = {
  stripeSecretKey: 'sk_test_urcardFakeSecret',
  stripePublishableKey: 'pk_test_urcardFakePublishable',
  stripeWebhookSecret: 'whsec_urcardTestSigningSecret',
  /**
   * Not Stripe's: the server's URCARD_ENCRYPTION_KEY, which stripe mode requires; here so that every server
   * started on the fake (the widget's tests too) has one.
   */
  encryptionKey: 'dXJjYXJkLXRlc3QtZW5jcnlwdGlvbi1rZXktMzJieXQ=',
} as const;

export interface FakeStripeOptions {
  /** The secret key requests must carry (`Authorization: Bearer …`). */
  secretKey?: string;
  /** Time source for `created` (ms); default Date.now. */
  now?: () => number;
}

/** The fake Stripe API server: its objects, the requests it got, the events it "sent"; see ../fake-stripe.ts. */
export class FakeStripe {
  readonly secretKey: string;
  readonly requests: RecordedRequest[] = [];
  readonly customers = new Map<string, Record<string, Json>>();
  readonly paymentIntents = new Map<string, Record<string, Json>>();
  readonly paymentMethods = new Map<string, FakePaymentMethod>();
  readonly charges = new Map<string, Record<string, Json>>();
  readonly refunds = new Map<string, Record<string, Json>>();
  /** Every event the fake "sent" (not delivered anywhere by itself; see deliverWebhook). */
  readonly events: Stripe.Event[] = [];
  /** Outcome of confirming with a given payment method, overriding its test behaviour. */
  readonly outcomes = new Map<string, FakeOutcome>();
  url = '';
  readonly #now: () => number;
  readonly #idempotency = new Map<string, { fingerprint: string; status: number; body: Json }>();
  readonly #injection = new FailureInjection();
  readonly #server = createServer((req, res) => void this.#handle(req, res));
  /** What the resource handlers (routing.ts and the files it calls) see of this fake. */
  readonly #state: FakeStripeState = {
    customers: this.customers,
    paymentIntents: this.paymentIntents,
    paymentMethods: this.paymentMethods,
    charges: this.charges,
    refunds: this.refunds,
    outcomes: this.outcomes,
    created: () => Math.floor(this.#now() / 1000),
    event: (type, object) => this.event(type, object),
  };

  constructor(options: FakeStripeOptions = {}) {
    this.secretKey = options.secretKey ?? FAKE_STRIPE_KEYS.stripeSecretKey;
    this.#now = options.now ?? Date.now;
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.#server.close(() => resolve());
      this.#server.closeAllConnections();
    });
  }

  /** Requests to `path` (exact, or a pattern), optionally of one method. */
  requestsTo(path: string | RegExp, method?: string): RecordedRequest[] {
    return this.requests.filter(
      (r) => (typeof path === 'string' ? r.path === path : path.test(r.path)) && (!method || r.method === method),
    );
  }

  /** The next `times` requests to `method path` answer `status` (500: an outage) without doing anything. */
  fail(method: string, path: RegExp, status = 500, times = 1): void {
    this.#injection.fail(method, path, status, times);
  }

  /**
   * Holds the answer to the next request to `method path`: Stripe does the work at once (objects, events), but
   * the caller hears back only after `release()`. `arrived` resolves when the request has come.
   */
  hold(method: string, path: RegExp): { arrived: Promise<void>; release: () => void } {
    return this.#injection.hold(method, path);
  }

  /** Makes confirming with this payment method (a saved `pm_…` or a test one) end this way. */
  setOutcome(paymentMethodId: string, outcome: FakeOutcome): void {
    this.outcomes.set(paymentMethodId, outcome);
  }

  intent(id: string): Record<string, Json> {
    const pi = this.paymentIntents.get(id);
    if (!pi) throw new Error(`fake Stripe has no PaymentIntent ${id}`);
    return pi;
  }

  /**
   * The customer pays in the browser: confirms the PaymentIntent with a test payment method and answers the
   * event Stripe sends for the result (`payment_intent.succeeded`, `.payment_failed`, `.processing`).
   */
  pay(paymentIntentId: string, paymentMethod = 'pm_card_visa'): Stripe.Event {
    const pi = this.intent(paymentIntentId);
    try {
      confirm(this.#state, pi, { payment_method: paymentMethod }, false);
    } catch (error) {
      if (!(error instanceof StripeApiError) || error.status !== 402) throw error;
    }
    return this.events.at(-1)!;
  }

  /**
   * What the payment waited for happens (the customer passes 3-D Secure, the bank settles a processing payment):
   * the PaymentIntent succeeds. Answers the `payment_intent.succeeded` event.
   */
  complete(paymentIntentId: string): Stripe.Event {
    const pi = this.intent(paymentIntentId);
    if (pi.status !== 'processing' && pi.status !== 'requires_action') {
      throw new Error(`fake Stripe: PaymentIntent ${paymentIntentId} is ${pi.status}, nothing to complete`);
    }
    succeed(this.#state, pi, this.paymentMethods.get(pi.payment_method as string)!);
    return this.events.at(-1)!;
  }

  /** An event about a PaymentIntent as it is now (a snapshot), as Stripe would send it. */
  event(type: string, object: Record<string, Json>, created = Math.floor(this.#now() / 1000)): Stripe.Event {
    const event = {
      id: `evt_${token()}`,
      object: 'event',
      api_version: Stripe.API_VERSION,
      created,
      data: { object: structuredClone(object) },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    } as unknown as Stripe.Event;
    this.events.push(event);
    return event;
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = req.method === 'GET' ? url.search.slice(1) : Buffer.concat(chunks).toString('utf8');
    const key = typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : null;
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      params: {},
      idempotencyKey: key,
      replayed: false,
      status: 200,
    };
    this.requests.push(record);
    const answer = this.#respond(record, text, req.headers.authorization);
    record.status = answer.status;
    const held = this.#injection.takeHold(record);
    if (held) await held;
    res.writeHead(answer.status, {
      'Content-Type': 'application/json',
      'Request-Id': `req_${token(14)}`,
      ...answer.headers,
    });
    res.end(JSON.stringify(answer.body));
  }

  /** Does what a request asks (or replays it) and says what to answer. */
  #respond(
    record: RecordedRequest,
    text: string,
    authorization: string | undefined,
  ): { status: number; body: Json; headers?: Record<string, string> } {
    const key = record.idempotencyKey;
    try {
      if (authorization !== `Bearer ${this.secretKey}`) {
        throw new StripeApiError(401, { type: 'invalid_request_error', message: 'Invalid API Key provided' });
      }
      record.params = parseStripeForm(text);
      this.#injection.throwIfFailing(record);
      if (record.method !== 'POST' || key === null) return { status: 200, body: routeRequest(this.#state, record) };
      const fingerprint = JSON.stringify([record.path, record.params]);
      const seen = this.#idempotency.get(key);
      if (seen && seen.fingerprint !== fingerprint) {
        throw new StripeApiError(400, {
          type: 'idempotency_error',
          message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
        });
      }
      if (seen) {
        record.replayed = true;
        return { status: seen.status, body: seen.body, headers: { 'Idempotent-Replayed': 'true' } };
      }
      try {
        const body = routeRequest(this.#state, record);
        this.#idempotency.set(key, { fingerprint, status: 200, body });
        return { status: 200, body };
      } catch (error) {
        // Stripe saves the result of a request that ran (a card declined), not one refused up front.
        if (error instanceof StripeApiError && error.status === 402) {
          this.#idempotency.set(key, { fingerprint, status: 402, body: error.body });
        }
        throw error;
      }
    } catch (error) {
      if (error instanceof StripeApiError) {
        return {
          status: error.status,
          body: error.body,
          headers: error.status >= 500 ? { 'Stripe-Should-Retry': 'true' } : {},
        };
      }
      return { status: 500, body: { error: { type: 'api_error', message: String(error) } } };
    }
  }
}

/** Starts a fake Stripe API on 127.0.0.1 (a free port). */
export async function startFakeStripe(options: FakeStripeOptions = {}): Promise<FakeStripe> {
  return new FakeStripe(options).listen();
}
