// The fake Airalo Partner API: server.ts (HTTP, token, scenarios), routes.ts (the endpoints), state.ts (eSIMs and
// orders), packages.ts (package shapes), scenarios.ts (failure injection), types.ts. Importers use this file.
export type { LowDataNotice, SignatureMode } from './notifications.ts';
export { airaloSignature, FAKE_AIRALO_WEBHOOK_SECRET } from './notifications.ts';
export { fakePackage } from './packages.ts';
export type { FakeRefundRequest } from './refunds.ts';
export type { Scenario } from './scenarios.ts';
export type { FakeAiraloOptions } from './server.ts';
export { FAKE_AIRALO_CREDENTIALS, FakeAiralo, startFakeAiralo } from './server.ts';
export { CRASH_TEST_ENV, fakeAiraloChildEnv, fakeAiraloServerSettings, stillClock } from './server-settings.ts';
export type { FakeOrder, FakePackage, RecordedRequest } from './types.ts';
