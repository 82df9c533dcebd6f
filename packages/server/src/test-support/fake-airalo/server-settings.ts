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

/** The environment of a child server (spawnServer) whose carrier is the fake Airalo at `url`. */
export function fakeAiraloChildEnv(url: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    URCARD_CARRIER: 'airalo',
    URCARD_AIRALO_BASE_URL: url,
    URCARD_AIRALO_CLIENT_ID: FAKE_AIRALO_CREDENTIALS.airaloClientId,
    URCARD_AIRALO_CLIENT_SECRET: FAKE_AIRALO_CREDENTIALS.airaloClientSecret,
    URCARD_SCRYPT_COST: '1024',
    ...extra,
  };
}

/** A child server that crash tests kill: a short job lease, so the restarted one takes the job over soon. */
export const CRASH_TEST_ENV = {
  URCARD_JOB_LEASE_MS: '2000',
  URCARD_JOB_POLL_MS: '50',
  URCARD_SCHEDULER_INTERVAL_MS: '3600000',
} as const;
