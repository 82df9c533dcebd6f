// The card step in a real browser: wrong PINs until the lockout and its countdown, a suspended card that
// cannot be renewed, and an expired card that can (its renewal starts today).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { httpStatusLine, screenshot, TestPage } from '../support/browser.ts';
import { CARDS } from '../support/stack.ts';
import { stackPerSuite } from '../support/suite.ts';
import { assertReceipt, seen, Widget } from '../support/widget.ts';

const DAY = 86_400_000;
/** Short enough to watch the countdown end, long enough to see it run. */
const LOCKOUT_MS = 4_000;

describe('card step', () => {
  const suite = stackPerSuite({ lockoutMs: LOCKOUT_MS });

  it('counts wrong PINs down to a lockout with a countdown, then accepts the right PIN', async () => {
    const t = await TestPage.open(suite.browser, suite.stack.api.url, {
      // The browser logs each refusal: 401 for a wrong PIN, 423 while the card is locked.
      allowConsole: [httpStatusLine(401), httpStatusLine(423)],
    });
    try {
      const { page } = t;
      await page.goto(`${suite.stack.demoUrl}/vanilla/`);
      const widget = new Widget(page);
      await t.waitForEvent('urcard-ready');
      await widget.cardNumber.fill(CARDS.active);
      const error = widget.cardError;
      const messages: string[] = [];
      for (const left of [4, 3, 2, 1]) {
        await widget.pin.fill('9999');
        await widget.checkCardButton.click();
        await error.filter({ hasText: left === 1 ? '1 more try' : `${left} more tries` }).waitFor();
        messages.push(await seen(error));
      }
      assert.match(messages[0]!, /The card number or PIN is not right\. You have 4 more tries/);
      await screenshot(page, 'card/wrong-pin', widget.root);

      // The fifth wrong PIN locks the card: a countdown, and the button stays disabled until it ends.
      await widget.pin.fill('9999');
      await widget.checkCardButton.click();
      const timer = widget.$('[role="timer"]');
      await timer.waitFor();
      assert.match(await seen(timer), /Too many wrong PINs: this card is locked for now\. Try again in \d+ sec/);
      assert.equal(await widget.checkCardButton.isDisabled(), true, 'no more attempts while locked');
      await screenshot(page, 'card/locked', widget.root);
      const first = await seen(timer);
      await page.waitForTimeout(1_100);
      assert.notEqual(await seen(timer), first, 'the countdown runs');

      // Even the right PIN is refused until the lock ends; then it is accepted.
      await timer.waitFor({ state: 'detached', timeout: LOCKOUT_MS + 3_000 });
      assert.equal(await widget.checkCardButton.isDisabled(), false, 'the button is back when the countdown ends');
      await widget.pin.fill('1234');
      await widget.checkCardButton.click();
      await widget.cardSummary.waitFor();
      assert.match(await seen(widget.cardSummary), /Active/);
      const verifies = t.apiCalls.filter((call) => call === 'POST /v1/cards/verify').length;
      assert.equal(verifies, 6, 'five wrong PINs and the right one; nothing sent while locked');
      const pinShown = await page.evaluate(() => JSON.stringify(sessionStorage) + JSON.stringify(localStorage));
      assert.ok(!pinShown.includes('1234') && !pinShown.includes('9999'), 'no PIN kept in web storage');
      t.assertClean();
    } finally {
      await t.close();
    }
  });

  it('explains why a suspended card cannot be renewed, and offers no way forward but support', async () => {
    const t = await TestPage.open(suite.browser, suite.stack.api.url);
    try {
      const { page } = t;
      await page.goto(`${suite.stack.demoUrl}/vanilla/`);
      const widget = new Widget(page);
      await widget.enterCard(CARDS.suspended);
      await widget.cardSummary.waitFor();
      assert.match(await seen(widget.cardSummary), /Suspended/);
      const reason = widget.notRenewable;
      await reason.waitFor();
      const text = await seen(reason);
      assert.match(text, /This card cannot be renewed/);
      assert.match(text, /suspended, so it cannot be renewed until the suspension is lifted/);
      assert.equal(await reason.getAttribute('role'), 'alert');
      assert.equal(
        await reason.getByRole('link', { name: 'Contact support' }).getAttribute('href'),
        'mailto:support@example.com',
      );
      assert.equal(await widget.cardContinue.count(), 0, 'no Continue for a card that cannot be renewed');
      const verified = await t.waitForEvent('urcard-card-verified');
      assert.equal(verified.detail.renewable, false);
      await screenshot(page, 'card/suspended', widget.root);

      // "Use a different card" starts over.
      await widget.$('urcard-card-step button[part~="secondary-button"]').click();
      await widget.cardNumber.waitFor();
      assert.equal(await widget.step(), 'card');
      t.assertClean();
    } finally {
      await t.close();
    }
  });

  it('renews an expired card from today', async () => {
    const t = await TestPage.open(suite.browser, suite.stack.api.url);
    try {
      const { page } = t;
      await page.goto(`${suite.stack.demoUrl}/vanilla/`);
      const widget = new Widget(page);
      await widget.enterCard(CARDS.expired);
      await widget.cardSummary.waitFor();
      const summary = await seen(widget.cardSummary);
      assert.match(summary, /Expired/);
      assert.match(summary, /Expired on .+ · Expired 10 days ago/);
      assert.match(
        await seen(widget.$('[part~="expiry-warning"]')),
        /Your card has expired\. Renew it now to get your service back/,
      );
      await screenshot(page, 'card/expired', widget.root);
      await widget.cardContinue.click();
      await widget.waitForStep('plan');
      await widget.choosePlan('basic-30');
      assert.equal(await widget.total.textContent(), '$19.99');
      await widget.toPay();
      await widget.pay('succeeded');
      const rows = await widget.waitForReceipt();
      assertReceipt(rows, { Plan: /Basic 30/, 'Amount paid': '$19.99' });
      const complete = await t.waitForEvent('urcard-renewal-complete');
      const newExpiry = Date.parse(complete.detail.expiresAt);
      assert.ok(
        Math.abs(newExpiry - (Date.now() + 30 * DAY)) < 1.5 * DAY,
        `an expired card's renewal runs 30 days from today, not from the old expiry: ${complete.detail.expiresAt}`,
      );
      await page.getByTestId('renewal-banner').waitFor();
      t.assertClean();
    } finally {
      await t.close();
    }
  });
});
