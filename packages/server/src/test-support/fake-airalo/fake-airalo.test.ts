import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { movableClock } from '../harness.ts';
import type { FakeAiralo } from './index.ts';
import { FAKE_AIRALO_CREDENTIALS, fakePackage, startFakeAiralo } from './index.ts';

const ICCID = '8944500000000000011';

/** The fields these tests read of the fake's answers. */
interface Answer {
  data: {
    remaining?: number;
    total?: number;
    expired_at?: string;
    [index: number]: {
      id: string;
      data: string;
      amount: number;
      day: number;
      price: number;
      net_price: number;
      prices: { recommended_retail_price: Record<string, number>; net_price: Record<string, number> };
    };
  };
}

describe('the fake Airalo API', () => {
  const clock = movableClock();
  let fake: FakeAiralo;
  let auth: Record<string, string>;
  before(async () => {
    fake = await startFakeAiralo({ now: clock.now });
    fake.addSim(ICCID, [fakePackage('topup-1gb-7days', { amount: 1024, day: 7, price: 5, net_price: 3.5 })], {
      remaining: 700,
    });
    const response = await fetch(`${fake.url}/v2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...credentials(), grant_type: 'client_credentials' }),
    });
    const { data } = (await response.json()) as { data: { access_token: string; expires_in: number } };
    assert.ok(data.expires_in >= 86_400, 'a long-lived token');
    auth = { Authorization: `Bearer ${data.access_token}` };
  });
  after(() => fake.close());

  const get = async (path: string) => {
    const response = await fetch(`${fake.url}${path}`, { headers: auth });
    return { status: response.status, headers: response.headers, body: (await response.json()) as Answer };
  };

  it('refuses wrong credentials and requests without a token', async () => {
    const bad = await fetch(`${fake.url}/v2/token`, {
      method: 'POST',
      body: new URLSearchParams({ client_id: 'x', client_secret: 'y', grant_type: 'client_credentials' }),
    });
    assert.equal(bad.status, 401);
    assert.equal((await fetch(`${fake.url}/v2/sims/${ICCID}/topups`)).status, 401);
  });

  it('lists top-up packages with prices per currency', async () => {
    const { status, body } = await get(`/v2/sims/${ICCID}/topups`);
    assert.equal(status, 200);
    const pkg = body.data[0]!;
    assert.deepEqual(
      { id: pkg.id, data: pkg.data, amount: pkg.amount, day: pkg.day, price: pkg.price, net: pkg.net_price },
      { id: 'topup-1gb-7days', data: '1 GB', amount: 1024, day: 7, price: 5, net: 3.5 },
    );
    assert.deepEqual(Object.keys(pkg.prices.recommended_retail_price), ['USD', 'EUR', 'GBP', 'AED', 'JPY']);
    assert.equal(pkg.prices.net_price.USD, 3.5);
    assert.equal((await get('/v2/sims/8900000000000000000/topups')).status, 404);
  });

  it('caches usage for 20 minutes and allows 10 requests a minute per ICCID, then 429 with Retry-After', async () => {
    const first = await get(`/v2/sims/${ICCID}/usage`);
    assert.equal(first.body.data.remaining, 700);
    fake.setUsage(ICCID, { remaining: 100 }); // the eSIM used data; the cached answer stays
    clock.advance(61_000);
    const answers: [number, number | undefined][] = [];
    for (let i = 0; i < 11; i++) {
      const { status, body } = await get(`/v2/sims/${ICCID}/usage`);
      answers.push([status, body.data?.remaining]);
    }
    assert.deepEqual(answers, [...Array(10).fill([200, 700]), [429, undefined]]);
    const limited = await get(`/v2/sims/${ICCID}/usage`);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    clock.advance(20 * 60_000);
    assert.equal((await get(`/v2/sims/${ICCID}/usage`)).body.data.remaining, 100, 'fresh after 20 minutes');
  });

  it('shows a top-up in the usage once its cache has passed: the package’s data, days added to the expiry', async () => {
    clock.advance(20 * 60_000);
    const before = (await get(`/v2/sims/${ICCID}/usage`)).body.data;
    const placed = await fetch(`${fake.url}/v2/orders/topups`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ package_id: 'topup-1gb-7days', iccid: ICCID, description: 'ord_usage' }),
    });
    assert.equal(placed.status, 200);
    assert.equal((await get(`/v2/sims/${ICCID}/usage`)).body.data.remaining, before.remaining, 'cached still');
    clock.advance(20 * 60_000);
    const after = (await get(`/v2/sims/${ICCID}/usage`)).body.data;
    assert.deepEqual([after.remaining, after.total], [1024, 1024]);
    const days =
      (Date.parse(`${after.expired_at!.replace(' ', 'T')}Z`) - Date.parse(`${before.expired_at!.replace(' ', 'T')}Z`)) /
      86_400_000;
    assert.equal(days, 7, 'seven days on the expiry it had (still in the future)');
  });
});

function credentials() {
  return {
    client_id: FAKE_AIRALO_CREDENTIALS.airaloClientId,
    client_secret: FAKE_AIRALO_CREDENTIALS.airaloClientSecret,
  };
}
