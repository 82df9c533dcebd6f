import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { movableClock } from '../harness.ts';
import type { FakeAiralo } from './index.ts';
import { FAKE_AIRALO_CREDENTIALS, startFakeAiralo } from './index.ts';

const ICCID = '8944500000000000014';

describe('the fake Airalo API: refund requests', () => {
  const clock = movableClock();
  let fake: FakeAiralo;
  let auth: Record<string, string>;
  before(async () => {
    fake = await startFakeAiralo({ now: clock.now });
    fake.addSim(ICCID);
    const response = await fetch(`${fake.url}/v2/token`, {
      method: 'POST',
      body: new URLSearchParams({
        client_id: FAKE_AIRALO_CREDENTIALS.airaloClientId,
        client_secret: FAKE_AIRALO_CREDENTIALS.airaloClientSecret,
        grant_type: 'client_credentials',
      }),
    });
    const { data } = (await response.json()) as { data: { access_token: string } };
    auth = { Authorization: `Bearer ${data.access_token}`, 'Content-Type': 'application/json' };
  });
  after(() => fake.close());

  const refund = async (body: Record<string, unknown>) => {
    const response = await fetch(`${fake.url}/v2/refund`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body: (await response.json()) as { data: unknown; meta?: { message: string } },
    };
  };

  it('refuses what Airalo documents as invalid (422), takes a valid request (202), then limits to 5 a minute', async () => {
    const answers = [
      await refund({ reason: 'OTHERS', notes: 'x' }),
      await refund({ iccids: [ICCID], reason: 'SERVICE_ISSUES' }),
      await refund({ iccids: [ICCID], reason: 'OTHERS' }),
      await refund({ iccids: ['8900000000000000000'], reason: 'TRIP_CANCELLATION' }),
    ];
    assert.deepEqual(
      answers.map((a) => a.status),
      [422, 422, 422, 422],
    );
    assert.equal(answers[0]!.body.meta?.message, 'The iccids field is required.');
    assert.match(JSON.stringify(answers[1]!.body.data), /The selected reason is invalid/);
    assert.match(JSON.stringify(answers[2]!.body.data), /notes field is required when reason is OTHERS/);
    assert.equal(
      answers[3]!.body.meta?.message,
      'The following ICCIDs do not belong to your company: 8900000000000000000',
    );

    const taken = await refund({ iccids: [ICCID], reason: 'TRIP_CANCELLATION', notes: 'urcard order ord_1' });
    assert.equal(taken.status, 202);
    const data = taken.body.data as { refund_id: string; created_at: string };
    assert.match(data.refund_id, /^\d+$/);
    assert.deepEqual(fake.refundRequests, [
      {
        refund_id: data.refund_id,
        iccids: [ICCID],
        reason: 'TRIP_CANCELLATION',
        notes: 'urcard order ord_1',
        created_at: data.created_at,
      },
    ]);

    const limited = await refund({ iccids: [ICCID], reason: 'TRIP_CANCELLATION' });
    assert.equal(limited.status, 429, 'the sixth request within a minute');
    assert.ok(Number(limited.retryAfter) > 0);
    clock.advance(61_000);
    assert.equal((await refund({ iccids: [ICCID], reason: 'TRIP_CANCELLATION' })).status, 202, 'a minute later');
    assert.equal(fake.refundRequests.length, 2);
  });
});
