import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';

/**
 * A local fake of the part of Stripe's HTTP API that the Stripe provider calls, on 127.0.0.1: customers,
 * PaymentIntents (create, retrieve, confirm, cancel, with `expand`), payment methods, charges and refunds. It
 * parses form-encoded bodies like the real API (`metadata[orderId]`, `payment_method_types[0]`), checks the
 * secret key, replays a request sent again with the same `Idempotency-Key` (and refuses the key with other
 * parameters), records every request, and can fail requests on demand. Tests move PaymentIntents with
 * `confirm` (Stripe's test payment methods: `pm_card_visa`, `pm_card_chargeDeclined`, …) and get the webhook
 * event Stripe would send, which `deliverWebhook` signs with the stripe package's own test-header helper.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type FormValue = string | FormValue[] | FormObject;
export interface FormObject {
  [key: string]: FormValue;
}

export interface RecordedRequest {
  method: string;
  /** The path without its query string, e.g. `/v1/payment_intents`. */
  path: string;
  /** The form body (POST) or the query (GET), nested: `metadata[orderId]` is `params.metadata.orderId`. */
  params: FormObject;
  idempotencyKey: string | null;
  /** Answered from the idempotency cache rather than done again. */
  replayed: boolean;
  status: number;
}

/** How a payment method behaves when a PaymentIntent is confirmed with it. */
export type FakeOutcome = 'succeeded' | 'card_declined' | 'authentication_required' | 'processing';

interface FakePaymentMethod {
  id: string;
  object: 'payment_method';
  type: 'card' | 'alipay' | 'wechat_pay';
  card: { brand: string; last4: string; exp_month: number; exp_year: number; funding: string } | null;
  alipay?: Record<string, never>;
  wechat_pay?: Record<string, never>;
  customer: string | null;
  created: number;
  livemode: false;
  metadata: Record<string, string>;
}

/** Stripe's test payment methods (https://docs.stripe.com/testing), and what each does here. */
export const TEST_PAYMENT_METHODS: Record<
  string,
  { type: FakePaymentMethod['type']; brand?: string; last4?: string; outcome: FakeOutcome }
> = {
  pm_card_visa: { type: 'card', brand: 'visa', last4: '4242', outcome: 'succeeded' },
  pm_card_mastercard: { type: 'card', brand: 'mastercard', last4: '4444', outcome: 'succeeded' },
  pm_card_chargeDeclined: { type: 'card', brand: 'visa', last4: '0002', outcome: 'card_declined' },
  pm_card_authenticationRequired: { type: 'card', brand: 'visa', last4: '3184', outcome: 'authentication_required' },
  pm_card_processing: { type: 'card', brand: 'visa', last4: '0077', outcome: 'processing' },
  pm_alipay: { type: 'alipay', outcome: 'succeeded' },
  pm_wechat_pay: { type: 'wechat_pay', outcome: 'succeeded' },
};

class StripeApiError extends Error {
  readonly status: number;
  readonly body: { error: Record<string, Json> };
  constructor(status: number, error: Record<string, Json>) {
    super(String(error.message));
    this.status = status;
    this.body = { error };
  }
}

const invalid = (message: string, param?: string, code = 'parameter_invalid') =>
  new StripeApiError(400, { type: 'invalid_request_error', code, message, ...(param ? { param } : {}) });
const missing = (kind: string, id: string, param: string) =>
  new StripeApiError(404, {
    type: 'invalid_request_error',
    code: 'resource_missing',
    message: `No such ${kind}: '${id}'`,
    param,
  });

function token(length = 24): string {
  return randomBytes(length).toString('base64url').replace(/[-_]/g, '').slice(0, length);
}

/** Parses `a[b][0]=x` pairs into nested objects and arrays, the way Stripe reads its form bodies. */
export function parseStripeForm(text: string): FormObject {
  const root: FormObject = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
    if (!match) throw invalid(`Invalid parameter name ${key}`);
    const path = [match[1]!, ...[...match[2]!.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]!)];
    let node: FormObject | FormValue[] = root;
    for (let i = 0; i < path.length; i++) {
      let part: string | number = path[i]!;
      const last = i === path.length - 1;
      if (Array.isArray(node)) part = part === '' ? node.length : Number(part);
      if (last) {
        (node as Record<string | number, FormValue>)[part] = value;
        break;
      }
      const nextIsIndex = path[i + 1] === '' || /^\d+$/.test(path[i + 1]!);
      const container = node as Record<string | number, FormValue>;
      container[part] ??= nextIsIndex ? [] : {};
      node = container[part] as FormObject | FormValue[];
    }
  }
  return root;
}

const str = (params: FormObject, name: string): string | undefined => {
  const value = params[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalid(`Invalid ${name}: must be a string`, name);
  return value;
};
const bool = (params: FormObject, name: string): boolean => str(params, name) === 'true';
const list = (params: FormObject, name: string): string[] => {
  const value = params[name];
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw invalid(`Invalid array for ${name}`, name);
  }
  return value as string[];
};
const dict = (params: FormObject, name: string): Record<string, string> => {
  const value = params[name];
  if (value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw invalid(`Invalid hash for ${name}`, name);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string') throw invalid(`Invalid ${name}[${k}]`, `${name}[${k}]`);
    out[k] = v;
  }
  return out;
};

const SUPPORTED_TYPES = ['card', 'alipay', 'wechat_pay'];

/** What POST /v1/payment_intents takes here; Stripe refuses any other parameter (as the real API does). */
const PAYMENT_INTENT_CREATE_PARAMS = [
  'amount',
  'currency',
  'allowed_payment_method_types',
  'confirm',
  'customer',
  'description',
  'expand',
  'metadata',
  'off_session',
  'payment_method',
  'payment_method_options',
  'receipt_email',
  'setup_future_usage',
];

function knownParams(params: FormObject, known: readonly string[]): void {
  for (const name of Object.keys(params)) {
    if (!known.includes(name)) {
      throw invalid(`Received unknown parameter: ${name}`, name, 'parameter_unknown');
    }
  }
}
const STRIPE_ERRORS: Record<Exclude<FakeOutcome, 'succeeded' | 'processing'>, Record<string, Json>> = {
  card_declined: {
    type: 'card_error',
    code: 'card_declined',
    decline_code: 'generic_decline',
    message: 'Your card was declined.',
  },
  authentication_required: {
    type: 'card_error',
    code: 'authentication_required',
    decline_code: 'authentication_required',
    message: 'Your card was declined. This transaction requires authentication.',
  },
};

/** Stripe settings of a test server that talks to the fake (the fake checks the secret key). */
export const FAKE_STRIPE_KEYS = {
  stripeSecretKey: 'sk_test_urcardFakeSecret',
  stripePublishableKey: 'pk_test_urcardFakePublishable',
  stripeWebhookSecret: 'whsec_urcardTestSigningSecret',
} as const;

export interface FakeStripeOptions {
  /** The secret key requests must carry (`Authorization: Bearer …`). */
  secretKey?: string;
  /** Time source for `created` (ms); default Date.now. */
  now?: () => number;
}

/** A scheduled failure: the next `times` requests matching `method` and `path` answer `status`. */
interface Failure {
  method: string;
  path: RegExp;
  status: number;
  times: number;
}

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
  readonly #failures: Failure[] = [];
  readonly #holds: { method: string; path: RegExp; released: Promise<void>; arrived: () => void }[] = [];
  readonly #server = createServer((req, res) => void this.#handle(req, res));

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
    this.#failures.push({ method, path, status, times });
  }

  /**
   * Holds the answer to the next request to `method path`: Stripe does the work at once (objects, events), but
   * the caller hears back only after `release()`. `arrived` resolves when the request has come.
   */
  hold(method: string, path: RegExp): { arrived: Promise<void>; release: () => void } {
    let release!: () => void;
    let arrived!: () => void;
    const hold = {
      method,
      path,
      released: new Promise<void>((resolve) => {
        release = resolve;
      }),
      arrived: () => {},
    };
    const arrival = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    hold.arrived = arrived;
    this.#holds.push(hold);
    return { arrived: arrival, release };
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
      this.#confirm(pi, { payment_method: paymentMethod }, false);
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
    this.#succeed(pi, this.paymentMethods.get(pi.payment_method as string)!);
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
    const hold = this.#holds.find((h) => h.method === record.method && h.path.test(record.path));
    if (hold) {
      this.#holds.splice(this.#holds.indexOf(hold), 1);
      hold.arrived();
      await hold.released;
    }
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
      const failure = this.#failures.find((f) => f.method === record.method && f.path.test(record.path));
      if (failure) {
        if (--failure.times === 0) this.#failures.splice(this.#failures.indexOf(failure), 1);
        throw new StripeApiError(failure.status, {
          type: 'api_error',
          message: 'An unknown error occurred (fake outage)',
        });
      }
      if (record.method !== 'POST' || key === null) return { status: 200, body: this.#route(record) };
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
        const body = this.#route(record);
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

  #route(r: RecordedRequest): Json {
    const { method, path, params } = r;
    const [, resource, id, action] = /^\/v1\/([a-z_]+)(?:\/([^/]+))?(?:\/([a-z_]+))?$/.exec(path) ?? [];
    const route = `${method} ${resource ?? path}${id ? '/:id' : ''}${action ? `/${action}` : ''}`;
    switch (route) {
      case 'POST customers':
        return this.#createCustomer(params);
      case 'GET customers/:id':
        return this.customers.get(id!) ?? this.#throw(missing('customer', id!, 'id'));
      case 'POST payment_intents':
        return this.#createIntent(params);
      case 'GET payment_intents/:id':
        return this.#expand(this.#intentOr404(id!), list(params, 'expand'));
      case 'POST payment_intents/:id/confirm': {
        const pi = this.#confirm(this.#intentOr404(id!), params, bool(params, 'off_session'));
        return this.#expand(pi, list(params, 'expand'));
      }
      case 'POST payment_intents/:id/cancel':
        return this.#cancel(this.#intentOr404(id!), params);
      case 'GET payment_methods/:id':
        return (this.paymentMethods.get(id!) as unknown as Json) ?? this.#throw(missing('payment_method', id!, 'id'));
      case 'GET charges/:id':
        return this.charges.get(id!) ?? this.#throw(missing('charge', id!, 'id'));
      case 'POST refunds':
        return this.#createRefund(params);
      case 'GET refunds': {
        const pi = str(params, 'payment_intent');
        const data = [...this.refunds.values()].filter((x) => !pi || x.payment_intent === pi).reverse();
        return { object: 'list', data, has_more: false, url: '/v1/refunds' };
      }
    }
    throw new StripeApiError(404, {
      type: 'invalid_request_error',
      message: `Unrecognized request URL (${method}: ${path}). (This fake implements only what urcard calls.)`,
    });
  }

  #intentOr404(id: string): Record<string, Json> {
    return this.paymentIntents.get(id) ?? this.#throw(missing('payment_intent', id, 'intent'));
  }

  #throw(error: StripeApiError): never {
    throw error;
  }

  #created(): number {
    return Math.floor(this.#now() / 1000);
  }

  #createCustomer(params: FormObject): Json {
    const customer = {
      id: `cus_${token(14)}`,
      object: 'customer',
      created: this.#created(),
      description: str(params, 'description') ?? null,
      email: str(params, 'email') ?? null,
      livemode: false,
      metadata: dict(params, 'metadata'),
    };
    this.customers.set(customer.id, customer);
    return customer;
  }

  #createIntent(params: FormObject): Json {
    knownParams(params, PAYMENT_INTENT_CREATE_PARAMS);
    const amountText = str(params, 'amount');
    if (amountText === undefined) throw invalid('Missing required param: amount.', 'amount', 'parameter_missing');
    const amount = Number(amountText);
    if (!Number.isInteger(amount) || amount < 1) throw invalid('Invalid integer: amount', 'amount');
    const currency = str(params, 'currency');
    if (!currency) throw invalid('Missing required param: currency.', 'currency', 'parameter_missing');
    if (!/^[a-z]{3}$/.test(currency)) throw invalid(`Invalid currency: ${currency}`, 'currency');
    const allowed = list(params, 'allowed_payment_method_types');
    for (const type of allowed) {
      if (!SUPPORTED_TYPES.includes(type)) {
        throw invalid(`The payment method type "${type}" is invalid.`, 'allowed_payment_method_types');
      }
    }
    const setupFutureUsage = str(params, 'setup_future_usage') ?? null;
    if (setupFutureUsage !== null && !['on_session', 'off_session'].includes(setupFutureUsage)) {
      throw invalid(`Invalid setup_future_usage: ${setupFutureUsage}`, 'setup_future_usage');
    }
    // Stripe answers the allowed methods compatible with the rest (WeChat Pay cannot be saved for later).
    const types = (allowed.length > 0 ? allowed : ['card']).filter((t) => !setupFutureUsage || t !== 'wechat_pay');
    const customer = str(params, 'customer') ?? null;
    if (customer && !this.customers.has(customer)) throw missing('customer', customer, 'customer');
    const id = `pi_${token()}`;
    const pi: Record<string, Json> = {
      id,
      object: 'payment_intent',
      amount,
      amount_capturable: 0,
      amount_received: 0,
      capture_method: 'automatic',
      client_secret: `${id}_secret_${token()}`,
      confirmation_method: 'automatic',
      created: this.#created(),
      currency,
      customer,
      description: str(params, 'description') ?? null,
      last_payment_error: null,
      latest_charge: null,
      livemode: false,
      metadata: dict(params, 'metadata'),
      next_action: null,
      payment_method: null,
      payment_method_options: (params.payment_method_options ?? {}) as Json,
      allowed_payment_method_types: allowed.length > 0 ? allowed : null,
      payment_method_types: types,
      setup_future_usage: setupFutureUsage,
      status: 'requires_payment_method',
      canceled_at: null,
      cancellation_reason: null,
    };
    this.paymentIntents.set(id, pi);
    if (bool(params, 'confirm')) {
      this.#confirm(pi, params, bool(params, 'off_session'));
    } else if (bool(params, 'off_session')) {
      throw invalid('You can only pass off_session when confirm is true.', 'off_session');
    }
    return this.#expand(pi, list(params, 'expand'));
  }

  #paymentMethodFor(id: string): FakePaymentMethod {
    const saved = this.paymentMethods.get(id);
    if (saved) return saved;
    const test = TEST_PAYMENT_METHODS[id];
    if (!test) throw missing('PaymentMethod', id, 'payment_method');
    // A test method is cloned into a new PaymentMethod each time, as Stripe does.
    const pm: FakePaymentMethod = {
      id: `pm_${token()}`,
      object: 'payment_method',
      type: test.type,
      card:
        test.type === 'card'
          ? { brand: test.brand!, last4: test.last4!, exp_month: 12, exp_year: 2034, funding: 'credit' }
          : null,
      ...(test.type === 'alipay' ? { alipay: {} } : {}),
      ...(test.type === 'wechat_pay' ? { wechat_pay: {} } : {}),
      customer: null,
      created: this.#created(),
      livemode: false,
      metadata: {},
    };
    this.paymentMethods.set(pm.id, pm);
    this.outcomes.set(pm.id, this.outcomes.get(id) ?? test.outcome);
    return pm;
  }

  /** Confirms a PaymentIntent with `params.payment_method`: charges it, or declines it like Stripe does. */
  #confirm(pi: Record<string, Json>, params: FormObject, offSession: boolean): Record<string, Json> {
    if (!['requires_payment_method', 'requires_confirmation', 'requires_action'].includes(String(pi.status))) {
      throw new StripeApiError(400, {
        type: 'invalid_request_error',
        code: 'payment_intent_unexpected_state',
        message: `This PaymentIntent's status is ${pi.status}, so it cannot be confirmed.`,
        payment_intent: structuredClone(pi),
      });
    }
    const pmId = str(params, 'payment_method') ?? (pi.payment_method as string | null);
    if (!pmId) throw invalid('You must provide a payment_method to confirm this PaymentIntent.', 'payment_method');
    const pm = this.#paymentMethodFor(pmId);
    if (!(pi.payment_method_types as string[]).includes(pm.type)) {
      throw invalid(
        `The PaymentMethod type ${pm.type} is not allowed by this PaymentIntent's payment_method_types.`,
        'payment_method',
        'payment_intent_incompatible_payment_method',
      );
    }
    if (pm.customer && pm.customer !== pi.customer) {
      throw invalid(
        `The provided PaymentMethod ${pm.id} belongs to another Customer.`,
        'payment_method',
        'payment_method_not_available',
      );
    }
    if (offSession && (!pi.customer || pm.customer !== pi.customer)) {
      throw invalid(
        'The provided PaymentMethod was previously used without being attached to a Customer, so it cannot be used off-session.',
        'payment_method',
      );
    }
    pi.payment_method = pm.id;
    const outcome = this.outcomes.get(pm.id) ?? 'succeeded';
    if (outcome === 'processing') {
      pi.status = 'processing';
      pi.last_payment_error = null;
      this.event('payment_intent.processing', pi);
      return pi;
    }
    if (outcome === 'authentication_required' && !offSession) {
      pi.status = 'requires_action';
      pi.next_action = { type: 'use_stripe_sdk', use_stripe_sdk: {} };
      this.event('payment_intent.requires_action', pi);
      return pi;
    }
    if (outcome === 'succeeded') return this.#succeed(pi, pm);
    const charge = this.#charge(pi, pm, false);
    const error = { ...STRIPE_ERRORS[outcome], charge: charge.id as string, payment_method: pm as unknown as Json };
    pi.status = 'requires_payment_method';
    pi.last_payment_error = error;
    this.event('payment_intent.payment_failed', pi);
    throw new StripeApiError(402, { ...error, payment_intent: structuredClone(pi) });
  }

  #succeed(pi: Record<string, Json>, pm: FakePaymentMethod): Record<string, Json> {
    if (pi.setup_future_usage && pi.customer && pm.type !== 'wechat_pay') pm.customer = pi.customer as string;
    this.#charge(pi, pm, true);
    pi.status = 'succeeded';
    pi.amount_received = pi.amount as number;
    pi.last_payment_error = null;
    pi.next_action = null;
    this.event('payment_intent.succeeded', pi);
    return pi;
  }

  #charge(pi: Record<string, Json>, pm: FakePaymentMethod, paid: boolean): Record<string, Json> {
    const charge: Record<string, Json> = {
      id: `ch_${token()}`,
      object: 'charge',
      amount: pi.amount!,
      amount_refunded: 0,
      created: this.#created(),
      currency: pi.currency!,
      customer: pi.customer!,
      livemode: false,
      paid,
      payment_intent: pi.id!,
      payment_method: pm.id,
      payment_method_details:
        pm.type === 'card'
          ? { type: 'card', card: { brand: pm.card!.brand, last4: pm.card!.last4, funding: pm.card!.funding } }
          : { type: pm.type, [pm.type]: {} },
      refunded: false,
      status: paid ? 'succeeded' : 'failed',
    };
    this.charges.set(charge.id as string, charge);
    pi.latest_charge = charge.id as string;
    return charge;
  }

  #cancel(pi: Record<string, Json>, params: FormObject): Json {
    if (pi.status === 'succeeded' || pi.status === 'canceled' || pi.status === 'processing') {
      throw new StripeApiError(400, {
        type: 'invalid_request_error',
        code: 'payment_intent_unexpected_state',
        message: `You cannot cancel this PaymentIntent because it has a status of ${pi.status}.`,
      });
    }
    pi.status = 'canceled';
    pi.canceled_at = this.#created();
    pi.cancellation_reason = str(params, 'cancellation_reason') ?? null;
    this.event('payment_intent.canceled', pi);
    return pi;
  }

  #createRefund(params: FormObject): Json {
    const piId = str(params, 'payment_intent');
    if (!piId) throw invalid('Missing required param: payment_intent.', 'payment_intent', 'parameter_missing');
    const pi = this.paymentIntents.get(piId) ?? this.#throw(missing('payment_intent', piId, 'payment_intent'));
    if (pi.status !== 'succeeded') {
      throw invalid(`This PaymentIntent (${piId}) does not have a successful charge to refund.`, 'payment_intent');
    }
    const charge = this.charges.get(pi.latest_charge as string)!;
    const remaining = (charge.amount as number) - (charge.amount_refunded as number);
    if (remaining <= 0) {
      throw new StripeApiError(400, {
        type: 'invalid_request_error',
        code: 'charge_already_refunded',
        message: `Charge ${charge.id} has already been refunded.`,
      });
    }
    const amount = str(params, 'amount') === undefined ? remaining : Number(str(params, 'amount'));
    if (!Number.isInteger(amount) || amount < 1 || amount > remaining) {
      throw invalid(`Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`, 'amount');
    }
    charge.amount_refunded = (charge.amount_refunded as number) + amount;
    charge.refunded = charge.amount_refunded === charge.amount;
    const refund = {
      id: `re_${token()}`,
      object: 'refund',
      amount,
      charge: charge.id!,
      created: this.#created(),
      currency: pi.currency!,
      metadata: dict(params, 'metadata'),
      payment_intent: piId,
      reason: str(params, 'reason') ?? null,
      status: 'succeeded',
    };
    this.refunds.set(refund.id, refund);
    return refund;
  }

  /** `expand[]` of a PaymentIntent: its latest charge and its payment method, as objects. */
  #expand(pi: Record<string, Json>, expand: string[]): Json {
    const out = structuredClone(pi);
    for (const field of expand) {
      if (field === 'latest_charge' && typeof pi.latest_charge === 'string') {
        out.latest_charge = structuredClone(this.charges.get(pi.latest_charge)!);
      } else if (field === 'payment_method' && typeof pi.payment_method === 'string') {
        out.payment_method = structuredClone(this.paymentMethods.get(pi.payment_method)!) as unknown as Json;
      } else if (field === 'customer' && typeof pi.customer === 'string') {
        out.customer = structuredClone(this.customers.get(pi.customer)!);
      } else if (!['latest_charge', 'payment_method', 'customer'].includes(field)) {
        throw invalid(`This property cannot be expanded (${field}).`, 'expand');
      }
    }
    return out;
  }
}

/** Starts a fake Stripe API on 127.0.0.1 (a free port). */
export async function startFakeStripe(options: FakeStripeOptions = {}): Promise<FakeStripe> {
  return new FakeStripe(options).listen();
}

export interface DeliverOptions {
  /** Signing time in seconds (default: now); Stripe refuses signatures older than 5 minutes. */
  timestamp?: number;
  /** Send this header instead of a correct signature; `null` sends none. */
  signature?: string | null;
  /** Send this body instead of the event (after signing the event: a tampered body). */
  body?: string;
}

/** Posts an event to a webhook endpoint the way Stripe does: JSON body, `Stripe-Signature` header. */
export async function deliverWebhook(
  endpoint: string,
  event: Stripe.Event,
  secret: string,
  options: DeliverOptions = {},
): Promise<Response> {
  const payload = JSON.stringify(event, null, 2);
  const signature =
    options.signature === undefined
      ? Stripe.webhooks.generateTestHeaderString({
          payload,
          secret,
          ...(options.timestamp !== undefined ? { timestamp: options.timestamp } : {}),
        })
      : options.signature;
  const headers: Record<string, string> = {
    'Content-Type': 'application/json; charset=utf-8',
    'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
  };
  if (signature !== null) headers['Stripe-Signature'] = signature;
  return fetch(endpoint, { method: 'POST', headers, body: options.body ?? payload });
}
