// A real carrier end to end: with URCARD_CARRIER=airalo pointed at the local fake of Airalo's Partner API, an eSIM
// the partner imported renews in the widget (the traveller's ICCID and PIN, a plan, the sandbox payment, the
// receipt), and Airalo gets exactly one top-up of that package for that ICCID; a top-up Airalo refuses (422) ends
// failed and refunded in the widget, with no top-up; a support refund sends Airalo one refund request.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fakePackage } from '../../packages/server/src/test-support/fake-airalo/index.ts';
import { airaloStackPerSuite, fakeIccid, supportRefund } from '../support/airalo.ts';
import { screenshot, TestPage } from '../support/browser.ts';
import { assertReceipt, seen, Widget } from '../support/widget.ts';

const RENEWS = fakeIccid(1);
const REFUSED = fakeIccid(2);
// Airalo's top-up packages for these eSIMs: the widget's plans come from this list (ids, data, days, retail price).
const WEEK = 'discover-7days-1gb-topup';
const MONTH = 'discover-30days-3gb-topup';
const PACKAGES = [
  fakePackage(WEEK, { title: '1 GB - 7 Days', amount: 1024, day: 7, price: 5, net_price: 3.5 }),
  fakePackage(MONTH, { title: '3 GB - 30 Days', amount: 3072, day: 30, price: 11, net_price: 7.7 }),
];
const TOPUPS = /^\/v2\/orders\/topups$/;

describe('a real carrier (Airalo, faked) end to end', () => {
  const suite = airaloStackPerSuite([
    { iccid: RENEWS, packages: PACKAGES },
    { iccid: REFUSED, packages: PACKAGES },
  ]);

  it('renews an imported eSIM in the widget: one top-up of the chosen package for that ICCID', async () => {
    const { fake } = suite.stack;
    const t = await TestPage.open(suite.browser, suite.stack.api.url);
    try {
      const { page } = t;
      await page.goto(`${suite.stack.demoUrl}/vanilla/`);
      const widget = new Widget(page);
      await widget.toPlans(RENEWS);
      const offered = await widget
        .$('input[name="plan"]')
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
      assert.deepEqual(offered, [WEEK, MONTH], 'the plans are the eSIM’s top-up packages');
      await widget.choosePlan(MONTH);
      const amount = await widget.toPay();
      assert.equal(amount, '$11.00', 'the recommended retail price');
      await widget.pay('succeeded');
      const complete = await t.waitForEvent('urcard-renewal-complete');
      const rows = await widget.waitForReceipt();
      assertReceipt(rows, { Plan: '3 GB · 30 days', 'Amount paid': amount, Card: new RegExp(`${RENEWS.slice(-4)}$`) });
      assert.match(await seen(widget.heading), /Your card is renewed/);
      await screenshot(page, 'airalo/done', widget.root);

      assert.deepEqual(
        fake.topUps(RENEWS).map((o) => [o.package_id, o.description]),
        [[MONTH, complete.detail.orderId]],
        'Airalo topped this eSIM up once, with our order id',
      );
      assert.equal(fake.requestsTo('POST', TOPUPS).length, 1, 'one top-up request');
      assert.equal(fake.topUps(REFUSED).length, 0, 'no other eSIM was touched');

      // Support refunds it from the back office: Airalo gets one refund request for that eSIM.
      const refunded = await supportRefund(suite.stack.api.url, complete.detail.orderId);
      assert.equal(refunded.refund?.carrier?.status, 'requested');
      assert.deepEqual(
        fake.refundRequests.map((r) => r.iccids),
        [[RENEWS]],
      );
      t.assertClean();
    } finally {
      await t.close();
    }
  });

  it('a top-up Airalo refuses (422) ends failed and refunded in the widget: no top-up', async () => {
    const { fake } = suite.stack;
    fake.schedule('POST', TOPUPS, {
      kind: 'fail',
      status: 422,
      body: { data: { iccid: 'The eSIM reached the purchase limit.' }, meta: { message: 'the parameter is invalid' } },
    });
    const t = await TestPage.open(suite.browser, suite.stack.api.url);
    try {
      const { page } = t;
      await page.goto(`${suite.stack.demoUrl}/vanilla/`);
      const widget = new Widget(page);
      await widget.toPlans(REFUSED);
      await widget.choosePlan(WEEK);
      const amount = await widget.toPay();
      await widget.pay('succeeded');
      await widget.waitForStep('done');
      const failed = await t.waitForEvent('urcard-renewal-failed');
      assert.equal(failed.detail.code, 'carrier_rejected');
      await widget.failure.filter({ hasText: 'has been refunded' }).waitFor({ timeout: 15_000 });
      const text = await seen(widget.failure);
      assert.match(text, /The carrier could not apply the renewal to this card\./);
      assert.match(text, new RegExp(`Your payment of \\${amount} has been refunded`));
      assert.match(await seen(widget.heading), /The renewal did not go through/);
      await screenshot(page, 'airalo/refused', widget.root);
      assert.equal(fake.topUps(REFUSED).length, 0, 'no top-up');
      t.assertClean();
    } finally {
      await t.close();
    }
  });
});
