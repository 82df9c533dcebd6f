import { packageJson } from './packages.ts';
import type { FakeAiraloState } from './state.ts';
import type { Json, RecordedRequest } from './types.ts';
import { AiraloFakeError, invalid } from './types.ts';

const ok = (data: Json, extra: Record<string, Json> = {}): Json => ({ data, ...extra, meta: { message: 'success' } });
const USAGE_LIMIT_PER_MINUTE = 10;
const USAGE_CACHE_MS = 20 * 60_000;

/** Does what an authenticated request to `/v2/…` asks; throws an AiraloFakeError to answer an error. */
export function route(state: FakeAiraloState, r: RecordedRequest): Json {
  const sim = /^\/v2\/sims\/([^/]+)\/(topups|usage)$/.exec(r.path);
  if (r.method === 'GET' && sim) return sim[2] === 'topups' ? topups(state, sim[1]!) : usage(state, sim[1]!);
  if (r.method === 'GET' && r.path === '/v2/sims') return listSims(state, r);
  if (r.method === 'POST' && r.path === '/v2/orders/topups') return placeTopUp(state, r);
  if (r.method === 'GET' && r.path === '/v2/orders') return listOrders(state, r);
  if (r.method === 'POST' && r.path === '/v2/refund') return state.refunds.request(state, r);
  throw new AiraloFakeError(404, { data: [], meta: { message: `(fake) no route ${r.method} ${r.path}` } });
}

function simOr404(state: FakeAiraloState, iccid: string) {
  const sim = state.sims.get(iccid);
  if (!sim) throw new AiraloFakeError(404, { data: [], meta: { message: 'The requested resource was not found.' } });
  if (sim.recycled) throw new AiraloFakeError(422, { code: 73, reason: 'The eSIM has been recycled.' });
  return sim;
}

function topups(state: FakeAiraloState, iccid: string): Json {
  return ok(simOr404(state, iccid).packages.map(packageJson));
}

function usage(state: FakeAiraloState, iccid: string): Json {
  const sim = simOr404(state, iccid);
  const now = state.now();
  sim.usageCalls = sim.usageCalls.filter((t) => t > now - 60_000);
  if (sim.usageCalls.length >= USAGE_LIMIT_PER_MINUTE) {
    const retryAfter = Math.ceil((sim.usageCalls[0]! + 60_000 - now) / 1000);
    throw new AiraloFakeError(429, { message: 'Too Many Attempts.' }, { 'Retry-After': String(retryAfter) });
  }
  sim.usageCalls.push(now);
  if (!sim.usageCache || sim.usageCache.at <= now - USAGE_CACHE_MS) sim.usageCache = { at: now, usage: sim.usage };
  return ok(sim.usageCache.usage as unknown as Json);
}

function listSims(state: FakeAiraloState, r: RecordedRequest): Json {
  const limit = Math.min(Number(r.query.limit ?? 50) || 50, 100);
  const page = Math.max(Number(r.query.page ?? 1) || 1, 1);
  const all = [...state.sims.keys()];
  const data = all.slice((page - 1) * limit, page * limit).map((iccid, i) => ({ id: i + 1, iccid }));
  return ok(data, { links: { next: page * limit < all.length ? `/v2/sims?page=${page + 1}` : null } });
}

function placeTopUp(state: FakeAiraloState, r: RecordedRequest): Json {
  const { package_id: packageId, iccid, description } = r.body;
  const errors: Record<string, string> = {};
  if (typeof packageId !== 'string' || packageId === '') errors.package_id = 'The package id field is required.';
  if (typeof iccid !== 'string' || iccid === '') errors.iccid = 'The iccid field is required.';
  if (Object.keys(errors).length > 0) throw invalid(errors);
  const sim = simOr404(state, iccid as string);
  const pkg = sim.packages.find((p) => p.id === packageId);
  if (!pkg) throw invalid({ package_id: 'The selected package is invalid.' });
  if (sim.applied.length >= state.purchaseLimit) {
    throw invalid({ iccid: `The eSIM reached the purchase limit of ${state.purchaseLimit} top-ups.` });
  }
  const order = state.placeOrder(sim.iccid, pkg, typeof description === 'string' ? description : '');
  return ok(orderJson(order));
}

function listOrders(state: FakeAiraloState, r: RecordedRequest): Json {
  const description = r.query['filter[description]'];
  const orders = state.orders.filter((o) => description === undefined || o.description.includes(description));
  return ok(orders.map(orderJson), { links: { next: null } });
}

function orderJson(o: FakeAiraloState['orders'][number]): Json {
  return {
    id: o.id,
    code: o.code,
    currency: 'USD',
    package_id: o.package_id,
    quantity: 1,
    type: 'topup',
    description: o.description,
    esim_type: 'Prepaid',
    validity: o.validity,
    price: o.price,
    net_price: o.net_price,
    created_at: o.created_at,
    sims: [{ iccid: o.iccid }],
  };
}
