import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FakeAiralo } from '../../test-support/fake-airalo/index.ts';
import { FAKE_AIRALO_CREDENTIALS, startFakeAiralo } from '../../test-support/fake-airalo/index.ts';
import { movableClock } from '../../test-support/harness.ts';
import { AiraloClient } from './client.ts';
import { AiraloApiError, AiraloUnreachableError } from './errors.ts';

const ICCID = '8944500000000000001';

describe('Airalo client', () => {
  let fake: FakeAiralo;
  before(async () => {
    fake = await startFakeAiralo({ tokenLifetimeS: 3600 });
    fake.addSim(ICCID);
  });
  after(() => fake.close());

  const client = (clock = movableClock(), timeoutMs = 2000) =>
    new AiraloClient({
      baseUrl: fake.url,
      clientId: FAKE_AIRALO_CREDENTIALS.airaloClientId,
      clientSecret: FAKE_AIRALO_CREDENTIALS.airaloClientSecret,
      clock,
      timeoutMs,
    });

  it('asks for one token for many requests at once, and a new one before it expires', async () => {
    const clock = movableClock();
    const c = client(clock);
    const before = fake.tokens.length;
    const lists = await Promise.all(Array.from({ length: 8 }, () => c.get<unknown[]>(`/v2/sims/${ICCID}/topups`)));
    assert.equal(lists.length, 8);
    assert.equal(fake.tokens.length - before, 1, 'one token request for eight concurrent calls');
    await c.get(`/v2/sims/${ICCID}/topups`);
    assert.equal(fake.tokens.length - before, 1, 'cached');
    clock.advance(3600_000 - 5 * 60_000); // 5 minutes before it expires: renewed
    await Promise.all([c.get(`/v2/sims/${ICCID}/topups`), c.get(`/v2/sims/${ICCID}/topups`)]);
    assert.equal(fake.tokens.length - before, 2, 'renewed once, before it expired');
    const last = fake.requestsTo('GET', `/v2/sims/${ICCID}/topups`).length;
    assert.ok(last >= 11);
  });

  it('sends the token form-encoded as client credentials', async () => {
    await client().get(`/v2/sims/${ICCID}/topups`);
    const token = fake.requestsTo('POST', '/v2/token').at(-1)!;
    assert.deepEqual(token.body, { ...credentialsForm(), grant_type: 'client_credentials' });
  });

  it('waits for Retry-After on a 429, then answers', async () => {
    fake.schedule('GET', /\/usage$/, { kind: 'fail', status: 429, retryAfterS: 1 });
    const started = fake.requests.length;
    const usage = await client().get<{ status: string }>(`/v2/sims/${ICCID}/usage`);
    assert.equal(usage.status, 'ACTIVE');
    const calls = fake.requests.slice(started).filter((r) => r.path.endsWith('/usage'));
    assert.deepEqual(
      calls.map((r) => r.status),
      [429, 200],
    );
    assert.ok(calls[1]!.at - calls[0]!.at >= 1000, 'the second request waited for Retry-After');
  });

  it('gives a 429 up after its retries with the wait it was told', async () => {
    fake.schedule('GET', /\/usage$/, { kind: 'fail', status: 429, retryAfterS: 120 });
    const error = await client()
      .get(`/v2/sims/${ICCID}/usage`)
      .catch((e: unknown) => e);
    assert.ok(error instanceof AiraloApiError);
    assert.deepEqual({ status: error.status, wait: error.retryAfterMs }, { status: 429, wait: 120_000 });
  });

  it('gives up a request without an answer after its timeout, saying nothing of the token', async () => {
    const held = fake.schedule('GET', /\/topups$/, { kind: 'slow' });
    const error = await client(movableClock(), 200)
      .get(`/v2/sims/${ICCID}/topups`)
      .catch((e: unknown) => e);
    held.release();
    assert.ok(error instanceof AiraloUnreachableError, String(error));
    assert.match(error.message, /no answer within 200 ms/);
    const text = `${String(error)} ${JSON.stringify(error)} ${(error as Error).stack}`;
    for (const token of fake.tokens) assert.ok(!text.includes(token), 'no token in the error');
    assert.ok(!text.includes(FAKE_AIRALO_CREDENTIALS.airaloClientSecret), 'no secret in the error');
    assert.ok(!text.includes(ICCID), 'no card number in the error (it ends up in job records)');
    assert.match(error.message, /\/v2\/sims\/…0001\/topups/);
  });

  it('answers Airalo errors with their details: 404 unknown eSIM, 422 code 73 for a recycled one', async () => {
    const c = client();
    const unknown = await c.get('/v2/sims/8900000000000000000/topups').catch((e: unknown) => e);
    assert.ok(unknown instanceof AiraloApiError && unknown.status === 404);
    fake.addSim('8944500000000000099');
    fake.recycle('8944500000000000099');
    const recycled = await c.get('/v2/sims/8944500000000000099/topups').catch((e: unknown) => e);
    assert.ok(recycled instanceof AiraloApiError);
    assert.equal(recycled.status, 422);
    assert.match(recycled.detail, /recycled.*code 73/);
    for (const e of [unknown, recycled]) {
      assert.ok(!`${e.message} ${e.detail}`.includes('89000000000000'), 'no card number in the error');
      assert.ok(!`${e.message} ${e.detail}`.includes('8944500000000000099'), 'no card number in the error');
    }
  });
});

function credentialsForm() {
  return {
    client_id: FAKE_AIRALO_CREDENTIALS.airaloClientId,
    client_secret: FAKE_AIRALO_CREDENTIALS.airaloClientSecret,
  };
}
