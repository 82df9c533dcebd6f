// A page with a router of its own (the React example, React Router in declarative mode) embeds the widget without
// `history="steps"`: the widget must leave the browser history to the router. Back after a few steps inside the
// widget leaves the renewal route in one press, and Forward comes back to it (issue 11).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { TestPage } from '../support/browser.ts';
import { CARDS } from '../support/stack.ts';
import { stackPerSuite } from '../support/suite.ts';
import { Widget } from '../support/widget.ts';

/** The browser history as the page sees it: its length and the current entry's state. */
const historyOf = (page: Page) =>
  page.evaluate(() => ({ length: history.length, state: history.state as Record<string, unknown> | null }));

describe('React example with React Router', () => {
  const suite = stackPerSuite();

  it('Back leaves the renewal route in one press and Forward returns: the widget adds no history entries', async () => {
    const t = await TestPage.open(suite.browser, suite.stack.api.url);
    try {
      const { page } = t;
      const home = `${suite.stack.demoUrl}/react/`;
      const renewal = `${suite.stack.demoUrl}/react/renew`;
      await page.goto(home);
      const homeHeading = page.getByRole('heading', { name: 'Your travel SIM' });
      await homeHeading.waitFor();
      const start = await historyOf(page);

      // The router's <Link> to the renewal route: one entry, the router's.
      await page.getByRole('link', { name: 'Renew your UR card' }).click();
      await page.waitForURL(renewal);
      await t.waitForEvent('urcard-ready');
      const onRenewal = await historyOf(page);
      assert.equal(onRenewal.length, start.length + 1, 'the router added one entry for the renewal route');

      // Card verified, on to the plan step: the widget moved on inside the route, and history did not move.
      const widget = new Widget(page);
      await widget.toPlans(CARDS.active);
      await widget.waitForStep('plan');
      await t.waitForEvent('urcard-step-change', (event) => event.detail.step === 'plan');
      const onPlan = await historyOf(page);
      assert.equal(onPlan.length, onRenewal.length, 'no entries added by the widget');
      assert.deepEqual(onPlan.state, onRenewal.state, "the router's entry is unchanged");
      assert.ok(!Object.hasOwn(onPlan.state ?? {}, 'urcardCheckoutStep'), 'no step of the widget in the state');
      assert.equal(page.url(), renewal);

      // One Back: the router shows the home route, and the widget is gone with its route.
      await page.goBack();
      await page.waitForURL(home);
      await homeHeading.waitFor();
      assert.equal(await widget.root.count(), 0, 'the renewal route, widget included, is unmounted');
      const back = await historyOf(page);
      assert.deepEqual(back.state, start.state, 'back on the very entry the page started on');
      assert.equal(back.length, onRenewal.length, 'Back keeps the entries (Forward is still there)');

      // Forward: the renewal route again, with a fresh widget on its first step.
      await page.goForward();
      await page.waitForURL(renewal);
      await widget.waitForStep('card');
      assert.equal((await historyOf(page)).length, onRenewal.length, 'history grew only by the router’s entry');
      t.assertClean();
    } finally {
      await t.close();
    }
  });
});
