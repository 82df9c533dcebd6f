import type { ServerOptions } from '../../services.ts';
import { FAKE_AIRALO_CREDENTIALS } from './server.ts';

/** A clock that stands still until a test moves it: the times of readings are exact. */
export function stillClock(start = Date.now()) {
  let now = start;
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}

/** Settings of a test server whose carrier is the fake Airalo at `url`: a long card token for moving clocks. */
export function fakeAiraloServerSettings(url: string, extra: Partial<ServerOptions> = {}): ServerOptions {
  return {
    carrierName: 'airalo',
    airaloBaseUrl: url,
    ...FAKE_AIRALO_CREDENTIALS,
    airaloTimeoutMs: 5_000,
    cardTokenTtlMs: 30 * 86_400_000,
    ...extra,
  };
}
