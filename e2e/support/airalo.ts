// The stack with a real carrier: the server package's local fake of Airalo's Partner API (the one the server's own
// tests use, reused, not copied), the reference server with URCARD_CARRIER=airalo pointed at it, and the partner's
// cards imported over HTTP with its secret key, as a partner registers the eSIMs it sold.
import assert from 'node:assert/strict';
import type { Order } from '@urcard/sdk';
import type { Browser } from 'playwright-core';
import type { FakeAiralo, FakePackage } from '../../packages/server/src/test-support/fake-airalo/index.ts';
import { FAKE_AIRALO_CREDENTIALS, startFakeAiralo } from '../../packages/server/src/test-support/fake-airalo/index.ts';
import { iccid } from '../../packages/server/src/test-support/iccids.ts';
import { PIN, type Stack, startStack } from './stack.ts';
import { perSuite } from './suite.ts';

/** The demo partner's secret key (the sandbox seeds it beside pk_test_demo). */
export const SK = 'sk_test_demo';

/** An ICCID of the fake account that passes the card number check: `89445` + `serial`, and its Luhn digit. */
export function fakeIccid(serial: number): string {
  return iccid(serial, '89445');
}

export interface AiraloSim {
  iccid: string;
  packages: FakePackage[];
}

export interface AiraloStack extends Stack {
  fake: FakeAiralo;
}

/** Starts the fake Airalo API with these eSIMs, the stack on it, and imports the eSIMs' cards with PIN 1234. */
export async function startAiraloStack(sims: readonly AiraloSim[]): Promise<AiraloStack> {
  const fake = await startFakeAiralo();
  for (const sim of sims) fake.addSim(sim.iccid, sim.packages);
  const stack = await startStack({
    carrierName: 'airalo',
    airaloBaseUrl: fake.url,
    ...FAKE_AIRALO_CREDENTIALS,
    airaloTimeoutMs: 2000,
  });
  await importCards(
    stack.api.url,
    sims.map((s) => s.iccid),
  );
  return {
    ...stack,
    fake,
    async stop() {
      await stack.stop();
      await fake.close();
    },
  };
}

/** `POST /v1/cards/import` with the secret key: the cards the partner sold, with the PIN printed in each pack. */
export async function importCards(apiUrl: string, iccids: readonly string[], pin = PIN): Promise<void> {
  const response = await fetch(`${apiUrl}/v1/cards/import`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${SK}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': `e2e-import-${iccids.join('-')}`,
    },
    body: JSON.stringify({ cards: iccids.map((cardNumber) => ({ cardNumber, pin })) }),
  });
  const body = (await response.json()) as { cards?: { created: boolean }[] };
  assert.equal(response.status, 200, `the import succeeds: ${JSON.stringify(body)}`);
  assert.equal(body.cards?.length, iccids.length);
}

/** Support refunds the order (`POST /v1/orders/:id/refund`, secret key) and waits until the refund settled. */
export async function supportRefund(apiUrl: string, orderId: string): Promise<Order> {
  const headers = { Authorization: `Bearer ${SK}`, 'Content-Type': 'application/json' };
  const response = await fetch(`${apiUrl}/v1/orders/${orderId}/refund`, {
    method: 'POST',
    headers: { ...headers, 'Idempotency-Key': `e2e-refund-${orderId}` },
    body: JSON.stringify({ reason: 'e2e' }),
  });
  assert.equal(response.status, 200, `the refund is taken: ${await response.clone().text()}`);
  for (let i = 0; i < 200; i++) {
    const order = (await (await fetch(`${apiUrl}/v1/orders/${orderId}`, { headers })).json()) as Order;
    if (order.refund?.settledAt) return order;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the refund of ${orderId} did not settle within 10 s`);
}

/** The Airalo stack and one Chromium for the enclosing `describe` (see perSuite). */
export function airaloStackPerSuite(sims: readonly AiraloSim[]): {
  readonly stack: AiraloStack;
  readonly browser: Browser;
} {
  return perSuite(() => startAiraloStack(sims));
}
