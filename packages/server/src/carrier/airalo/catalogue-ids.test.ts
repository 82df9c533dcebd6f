import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { en } from '../../domain/catalogue-text/en.ts';
import { ja } from '../../domain/catalogue-text/ja.ts';
import type { FakeAiralo } from '../../test-support/fake-airalo/index.ts';
import { FAKE_AIRALO_CREDENTIALS, fakePackage, startFakeAiralo } from '../../test-support/fake-airalo/index.ts';
import type { TestServer } from '../../test-support/harness.ts';
import { SK, startTestServer, until } from '../../test-support/harness.ts';
import { iccid } from '../../test-support/iccids.ts';
import type { MailSink } from '../../test-support/mail-sink.ts';
import { startMailSink } from '../../test-support/mail-sink.ts';

// A carrier's package id may be the id of a catalogue plan (`basic-30`): it is still the carrier's package, named and
// priced from what the carrier says, never from the catalogue (whose basic-30 sells at 19.99 USD).
const SAME_ID = 'basic-30';

describe('Airalo carrier: a package whose id is a catalogue plan id', () => {
  const card = iccid(920_001);
  let fake: FakeAiralo;
  let server: TestServer;
  let sink: MailSink;

  before(async () => {
    sink = await startMailSink();
    fake = await startFakeAiralo();
    fake.addSim(card, [fakePackage(SAME_ID, { amount: 5120, day: 15, price: 25 })]);
    server = await startTestServer({
      carrierName: 'airalo',
      airaloBaseUrl: fake.url,
      ...FAKE_AIRALO_CREDENTIALS,
      airaloTimeoutMs: 300,
      smtpUrl: sink.url,
    });
    await server.api.ok('importCards', { key: SK, body: { cards: [{ cardNumber: card, pin: '8080' }] } });
  });
  after(async () => {
    await server.stop();
    await fake.close();
    await sink.close();
  });

  it('is named and priced as the carrier says: the quote, the order, the card’s next charge and its plan', async () => {
    const session = await server.api.verify(card, '8080');
    const price = { amount: 2500, currency: 'USD' };
    const quote = await server.api.ok('createQuote', {
      cardToken: session.cardToken,
      body: { planId: SAME_ID, currency: 'USD', locale: 'ja' },
    });
    assert.deepEqual(quote.total, price);
    assert.notEqual(quote.plan.name, ja.plans[SAME_ID].name);
    assert.deepEqual(quote.autoRenewal?.amount, price, 'the next charge disclosed before paying');
    const order = await server.api.ok('createOrder', {
      cardToken: session.cardToken,
      idempotencyKey: crypto.randomUUID(),
      body: { quoteId: quote.id, autoRenew: true, email: 'kenji@example.com', locale: 'ja' },
    });
    assert.deepEqual(order.autoRenewal?.amount, price);
    await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    await server.api.waitForOrder(order.id, (o) => o.status === 'completed');

    for (const locale of ['en', 'ja'] as const) {
      const { card: view } = await server.api.ok('currentCard', {
        cardToken: session.cardToken,
        headers: { 'Accept-Language': locale },
      });
      assert.deepEqual(view.autoRenew.nextCharge?.amount, price, locale);
      const catalogueName = (locale === 'en' ? en : ja).plans[SAME_ID].name;
      assert.equal(view.currentPlan?.id, SAME_ID);
      assert.notEqual(view.currentPlan?.name, catalogueName, `${locale}: not the catalogue's name`);
      assert.equal(view.currentPlan?.name, quote.plan.name, 'the name it was sold under');
    }
    await until('the receipt mail', async () => sink.messages.length > 0);
    const text = sink.messages[0]!.text!;
    assert.ok(text.includes(quote.plan.name), 'the receipt names the package as it was sold, in Japanese');
    assert.ok(!text.includes(ja.plans[SAME_ID].name), 'not the catalogue plan of the same id');
  });
});
