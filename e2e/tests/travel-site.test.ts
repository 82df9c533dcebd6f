// The happy path on the partner's page: Lanterna Travel's trip page, card prefilled, plan, promo TRAVEL10,
// sandbox payment, receipt, and the page's own banner reacting to urcard-renewal-complete.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { screenshot, TestPage } from '../support/browser.ts';
import { CARDS } from '../support/stack.ts';
import { stackPerSuite } from '../support/suite.ts';
import { assertReceipt, seen, Widget } from '../support/widget.ts';

const DAY = 86_400_000;

describe('travel site', () => {
  const suite = stackPerSuite();

  it('renews the expiring eSIM with TRAVEL10 and the page shows its own banner', async () => {
    const t = await TestPage.open(suite.browser, suite.stack.api.url);
    try {
      const { page } = t;
      await page.goto(`${suite.stack.demoUrl}/travel-site/`);
      const widget = new Widget(page);
      await t.waitForEvent('urcard-ready');
      await page.getByText('Your UR eSIM expires in 3 days — renew now').waitFor();
      const banner = page.getByTestId('renewal-banner');
      assert.equal(await banner.isVisible(), false, 'no banner before the renewal');

      // Card: the page prefills the customer's card; the customer types the PIN.
      assert.equal(await widget.cardNumber.inputValue(), '8986 0100 0000 0000 026', 'prefilled, grouped in fours');
      assert.equal(await widget.progressLabel.textContent(), 'Step 1 of 4: Card');
      await screenshot(page, 'travel-site/1-card');
      await widget.enterCard(null);
      await widget.cardSummary.waitFor();
      const summary = await seen(widget.cardSummary);
      assert.match(summary, /Card [•\s]+0026/);
      assert.match(summary, /Expiring soon/);
      assert.match(summary, /3 days left/);
      assert.match(await seen(widget.$('[part~="expiry-warning"]')), /expires in 3 days/);
      const verified = await t.waitForEvent('urcard-card-verified');
      assert.equal(verified.detail.status, 'expiring');
      assert.equal(verified.detail.partnerRef, 'LNT-JP-2291');
      assert.ok(!JSON.stringify(verified.detail).includes('1234'), 'the event carries no PIN');
      assert.ok(!JSON.stringify(verified.detail).includes(CARDS.expiring), 'nor the full card number');
      await screenshot(page, 'travel-site/2-card-verified');

      // Plan: Advanced 30 days (launch offer 29.99) with TRAVEL10.
      await widget.cardContinue.click();
      await widget.waitForStep('plan');
      assert.equal(await widget.progressLabel.textContent(), 'Step 2 of 4: Plan');
      await widget.choosePlan('advanced-30');
      assert.equal(await widget.total.textContent(), '$29.99');
      await widget.applyPromo('travel10');
      assert.match(await seen(widget.promoApplied), /TRAVEL10 applied/);
      assert.match(await seen(widget.summary), /Discount \(TRAVEL10\)\s*−\$3\.00/);
      assert.equal(await widget.total.textContent(), '$26.99');
      await screenshot(page, 'travel-site/3-plan');

      // Pay: the exact amount again, then the sandbox panel.
      const amount = await widget.toPay();
      assert.equal(amount, '$26.99');
      const selected = await t.waitForEvent('urcard-plan-selected');
      assert.equal(selected.detail.planId, 'advanced-30');
      assert.equal(selected.detail.promoCode, 'TRAVEL10');
      assert.match(await seen(widget.payButton), /Pay \$26\.99/);
      await screenshot(page, 'travel-site/4-pay');
      await widget.pay('succeeded');

      // Done: the receipt, and the page's banner from urcard-renewal-complete.
      await widget.waitForStep('done');
      const rows = await widget.waitForReceipt();
      const complete = await t.waitForEvent('urcard-renewal-complete');
      assertReceipt(rows, {
        'Receipt number': complete.detail.receiptNumber,
        Plan: /Advanced 30/,
        'Amount paid': '$26.99',
        'Paid with': /Test payment/,
      });
      assert.equal(complete.detail.partnerRef, 'LNT-JP-2291');
      assert.deepEqual(complete.detail.amount, { amount: 2699, currency: 'USD' });
      // The card had 3 days left: the renewal adds 30 days to the current expiry.
      const newExpiry = Date.parse(complete.detail.expiresAt);
      assert.ok(Math.abs(newExpiry - (Date.now() + 33 * DAY)) < 1.5 * DAY, `new expiry ${complete.detail.expiresAt}`);
      await banner.waitFor();
      const bannerText = await seen(banner);
      assert.match(bannerText, /You're connected until/);
      assert.ok(bannerText.includes(complete.detail.receiptNumber), 'the banner quotes the receipt number');
      assert.equal(await page.getByTestId('esim-notice').isVisible(), false, 'the reminder gave way to the banner');
      await screenshot(page, 'travel-site/5-done');

      // The order really is completed on the server (read with the secret key: the partner's reference is back office only).
      const order = (await (
        await fetch(`${suite.stack.api.url}/v1/orders/${complete.detail.orderId}`, {
          headers: { authorization: 'Bearer sk_test_demo' },
        })
      ).json()) as { status: string; partnerRef: string | null };
      assert.equal(order.status, 'completed');
      assert.equal(order.partnerRef, 'LNT-JP-2291');
      assert.deepEqual(
        t.apiCalls.filter((call) => call.startsWith('POST')).map((call) => call.replace(/ord_\w+/, 'ord_…')),
        [
          'POST /v1/cards/verify',
          'POST /v1/quotes',
          'POST /v1/quotes',
          'POST /v1/orders',
          'POST /v1/orders/ord_…/sandbox-payment',
        ],
        'one verification, a quote per choice, one order, one payment',
      );
      t.assertClean();
    } finally {
      await t.close();
    }
  });
});
