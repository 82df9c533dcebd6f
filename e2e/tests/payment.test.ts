// Plans and payments in a real browser against the reference server: the custom builder, a decline then a
// successful retry, a 3-D Secure challenge, the carrier's refusal with its refund, and a reload while the carrier
// is still applying the renewal.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { screenshot, TestPage } from '../support/browser.ts';
import { CARDS } from '../support/stack.ts';
import { stackPerSuite } from '../support/suite.ts';
import { assertReceipt, seen, Widget } from '../support/widget.ts';

/** The calls that create orders and pay them, order ids shortened. */
const orderCalls = (t: TestPage) =>
  t.apiCalls
    .filter((call) => call.startsWith('POST /v1/orders'))
    .map((call) => call.replace(/ord_\w+/, 'ord_…').replace('POST ', ''));

describe('plans and payments', () => {
  const suite = stackPerSuite();

  it('builds a custom plan with a live server quote and pays for it', async () => {
    const t = await TestPage.open(suite.browser, suite.stack.api.url);
    try {
      const { page } = t;
      await page.goto(`${suite.stack.demoUrl}/vanilla/`);
      const widget = new Widget(page);
      await widget.toPlans(CARDS.active);
      await widget.planRadio('custom').check();
      const builder = widget.$('[part~="custom-builder"]');
      await builder.waitFor();
      await widget.waitForQuote();
      const first = await widget.total.textContent();

      // Change every dimension: each change is quoted by the server again.
      const pick = async (id: string, index: number) => {
        const select = widget.$(`#${id}`);
        const values = await select
          .locator('option')
          .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
        assert.ok(values.length > index, `#${id} offers at least ${index + 1} options: ${values}`);
        await select.selectOption(values[index]!);
      };
      await pick('custom-data', 1);
      await pick('custom-minutes', 1);
      await pick('custom-validity', 1);
      const addOn = builder.locator('.addons input[type="checkbox"]').first();
      await addOn.check();
      const addOnName = (await builder.locator('.addons label').first().textContent())?.trim().split(/\s+/)[0] ?? '';
      // The quote settles after the builder's short debounce; its lines name what was chosen.
      await widget.summary.filter({ hasText: addOnName }).waitFor();
      await widget.waitForQuote();
      const total = (await widget.total.textContent()) ?? '';
      assert.notEqual(total, first, 'a bigger plan costs more');
      assert.match(await seen(widget.$('.auto-renew')), /This plan cannot renew automatically/);
      assert.equal(await widget.autoRenew.isDisabled(), true, 'custom plans cannot renew automatically');
      await screenshot(page, 'plan/custom', widget.root);

      const amount = await widget.toPay();
      assert.equal(amount, total, 'the pay step charges the quoted total');
      const selected = await t.waitForEvent('urcard-plan-selected');
      assert.equal(selected.detail.tier, 'custom');
      assert.equal(selected.detail.autoRenew, false);
      await widget.pay('succeeded');
      const rows = await widget.waitForReceipt();
      assertReceipt(rows, { 'Amount paid': total });
      t.assertClean();
    } finally {
      await t.close();
    }
  });

  it('shows a decline, then pays the same order on the retry', async () => {
    const t = await TestPage.open(suite.browser, suite.stack.api.url);
    try {
      const { page } = t;
      await page.goto(`${suite.stack.demoUrl}/vanilla/`);
      const widget = new Widget(page);
      await widget.toPlans(CARDS.active);
      await widget.choosePlan('basic-7');
      await widget.toPay();
      await widget.pay('declined');
      await widget.payError.waitFor();
      assert.match(
        await seen(widget.payError),
        /Your payment was declined\. You have not been charged; try again or use another payment method\./,
      );
      assert.equal(await widget.step(), 'pay', 'still on the pay step');
      await screenshot(page, 'pay/declined', widget.root);
      assert.equal(t.eventsOf('urcard-payment-succeeded').length, 0);

      await widget.pay('succeeded');
      const rows = await widget.waitForReceipt();
      assertReceipt(rows, { Plan: /Basic 7/, 'Amount paid': '$6.99' });
      assert.deepEqual(
        orderCalls(t),
        ['/v1/orders', '/v1/orders/ord_…/sandbox-payment', '/v1/orders/ord_…/sandbox-payment'],
        'one order, paid twice',
      );
      assert.equal(t.eventsOf('urcard-before-pay').length, 2, 'each attempt is announced to the page');
      t.assertClean();
    } finally {
      await t.close();
    }
  });

  it('walks through a 3-D Secure challenge: a failed check, then an approved one', async () => {
    const t = await TestPage.open(suite.browser, suite.stack.api.url);
    try {
      const { page } = t;
      await page.goto(`${suite.stack.demoUrl}/vanilla/`);
      const widget = new Widget(page);
      await widget.toPlans(CARDS.active);
      await widget.choosePlan('advanced-7');
      const amount = await widget.toPay();
      await widget.pay('requires_action');
      await widget.challenge.waitFor();
      assert.match(await seen(widget.challenge), new RegExp(`confirm a payment of \\${amount}`));
      assert.equal((await widget.focused()).id, 'challenge-heading', 'focus moves to the challenge');
      assert.equal(await widget.payButton.count(), 0, 'the challenge replaces the pay button');
      await screenshot(page, 'pay/3ds-challenge', widget.root);

      await widget.challenge.getByRole('button', { name: 'Fail the check' }).click();
      await widget.payError.waitFor();
      assert.match(await seen(widget.payError), /could not be confirmed with your bank\. You have not been charged/);

      await widget.pay('requires_action');
      await widget.challenge.getByRole('button', { name: 'Confirm payment' }).click();
      const rows = await widget.waitForReceipt();
      assertReceipt(rows, { Plan: /Advanced 7/, 'Amount paid': amount });
      assert.deepEqual(orderCalls(t), [
        '/v1/orders',
        '/v1/orders/ord_…/sandbox-payment',
        '/v1/orders/ord_…/sandbox-payment/challenge',
        '/v1/orders/ord_…/sandbox-payment',
        '/v1/orders/ord_…/sandbox-payment/challenge',
      ]);
      t.assertClean();
    } finally {
      await t.close();
    }
  });

  it('tells the customer the carrier refused and the money was refunded (travel site)', async () => {
    const t = await TestPage.open(suite.browser, suite.stack.api.url);
    try {
      const { page } = t;
      await page.goto(`${suite.stack.demoUrl}/travel-site/`);
      const widget = new Widget(page);
      await widget.toPlans(CARDS.carrierRejects);
      await widget.choosePlan('basic-7');
      await widget.toPay();
      await widget.pay('succeeded');
      await widget.waitForStep('done');
      const failed = await t.waitForEvent('urcard-renewal-failed');
      assert.equal(failed.detail.code, 'carrier_rejected');
      await widget.failure.waitFor();
      const text = await seen(widget.failure);
      assert.match(text, /The carrier could not apply the renewal to this card\./);
      assert.match(text, /Your payment of \$6\.99 (has been refunded|is being refunded)/);
      assert.match(await seen(widget.heading), /The renewal did not go through/);
      // The server refunds right after the carrier's refusal; the widget says so once it knows.
      await widget.failure.filter({ hasText: 'has been refunded' }).waitFor();
      assert.equal(
        await widget.failure.getByRole('link', { name: 'Contact support' }).getAttribute('href'),
        'https://lanterna.example/help/esim',
      );
      // The partner page reacts to urcard-renewal-failed.
      await page.locator('#esim-notice-text', { hasText: 'your payment was refunded' }).waitFor();
      await screenshot(page, 'done/carrier-failed', widget.root);

      // No "Try again" (the carrier would refuse this card again): "Renew another card" starts over.
      assert.doesNotMatch(await seen(widget.doneAction), /Try again/);
      await widget.doneAction.click();
      await widget.waitForStep('card');
      t.assertClean();
    } finally {
      await t.close();
    }
  });

  it('resumes the same order after a reload while the carrier is still applying the renewal', async () => {
    const t = await TestPage.open(suite.browser, suite.stack.api.url);
    try {
      const { page } = t;
      await page.goto(`${suite.stack.demoUrl}/travel-site/`);
      const widget = new Widget(page);
      const verified = page.waitForResponse((r) => r.url().endsWith('/v1/cards/verify') && r.ok());
      await widget.toPlans(CARDS.slowCarrier);
      const { cardToken } = (await (await verified).json()) as { cardToken: string };
      assert.ok(cardToken.length > 10, 'the server answered with a card token');
      await widget.choosePlan('basic-30');
      await widget.toPay();
      await widget.pay('succeeded');
      const paid = await t.waitForEvent('urcard-payment-succeeded');
      await widget.waitForStep('done');
      await widget.phases.waitFor();
      await screenshot(page, 'done/provisioning', widget.root);

      // Only the order id, with its card's id and last four digits, is kept across the reload; the card token and
      // PIN live in memory only.
      const stored = await page.evaluate(() => ({
        session: { ...sessionStorage },
        local: { ...localStorage },
        cookies: document.cookie,
        url: location.href,
      }));
      const kept = Object.values(stored.session).map((value) => JSON.parse(value as string));
      assert.deepEqual(
        kept.map((entries: { orderId: string; last4: string }[]) => entries.map((e) => [e.orderId, e.last4])),
        [[[paid.detail.orderId, CARDS.slowCarrier.slice(-4)]]],
        'only the order id and its card are kept',
      );
      const storedText = JSON.stringify(stored);
      for (const secret of [cardToken, '1234', CARDS.slowCarrier]) {
        assert.ok(!storedText.includes(secret), 'no card token, PIN or card number in storage, cookies or the URL');
      }

      await page.reload();
      // The travel site opens for its own card (card-number …0026): this card's order waits for this card.
      await widget.enterCard(CARDS.slowCarrier);
      await widget.waitForStep('done');
      const current = widget.phases.locator('[aria-current="step"]');
      await current.waitFor();
      assert.match(
        await seen(current),
        /Carrier applying the renewal/,
        'the carrier is still at work after the reload',
      );
      const complete = await t.waitForEvent('urcard-renewal-complete');
      assert.equal(complete.detail.orderId, paid.detail.orderId, 'the same order completes');
      const readies = t.events.filter((event) => event.type === 'urcard-ready');
      assert.equal(readies.length, 2, 'the widget started again after the reload');
      assert.ok(t.events.indexOf(complete) > t.events.indexOf(readies[1]!), 'and completed the order after it');
      const rows = await widget.waitForReceipt();
      assertReceipt(rows, { 'Receipt number': complete.detail.receiptNumber, Plan: /Basic 30/ });
      await page.getByTestId('renewal-banner').waitFor();
      assert.deepEqual(orderCalls(t), ['/v1/orders', '/v1/orders/ord_…/sandbox-payment'], 'no second order');
      // The completed order stays (its receipt survives a reload until the customer leaves it), and only it.
      const left = await page.evaluate(() => Object.values(sessionStorage));
      assert.equal(left.length, 1, 'one key');
      assert.deepEqual(
        JSON.parse(left[0]!).map((o: { orderId: string }) => o.orderId),
        [paid.detail.orderId],
        'only the completed order, for its receipt',
      );
      t.assertClean();
    } finally {
      await t.close();
    }
  });
});
