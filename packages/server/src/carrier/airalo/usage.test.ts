import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { parseAiraloTime, usageFromAiralo } from './usage.ts';

describe('Airalo usage answers read as our usage', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('reads "YYYY-MM-DD HH:mm:ss" as UTC whatever the server\'s time zone', () => {
    for (const tz of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles']) {
      process.env.TZ = tz;
      assert.equal(parseAiraloTime('2027-01-01 00:00:00'), Date.UTC(2027, 0, 1), tz);
    }
    assert.equal(parseAiraloTime('2027-01-01T09:00:00+09:00'), Date.UTC(2027, 0, 1), 'a zone, when given, counts');
    assert.equal(parseAiraloTime('soon'), null);
    assert.equal(parseAiraloTime(null), null);
  });

  it('unlimited data is null, counts are whole, a missing voice total stays unknown, RECYCLED is recycled', () => {
    assert.deepEqual(
      usageFromAiralo({
        remaining: 10.7,
        total: 20,
        remaining_voice: 3,
        remaining_text: 2,
        is_unlimited: true,
        status: 'RECYCLED',
      }),
      {
        balance: { dataMb: null, dataTotalMb: null, minutes: 3, minutesTotal: null, sms: 2 },
        expiresAt: null,
        recycled: true,
      },
    );
    assert.deepEqual(
      usageFromAiralo({
        remaining: 10.7,
        total: 20,
        total_voice: 30,
        status: 'FINISHED',
        expired_at: '2027-01-01 00:00:00',
      }),
      {
        balance: { dataMb: 10, dataTotalMb: 20, minutes: 0, minutesTotal: 30, sms: 0 },
        expiresAt: Date.UTC(2027, 0, 1),
        recycled: false,
      },
    );
  });
});
