// The framework examples complete the happy path and see the completion event through their own bindings
// (React's onUrcardRenewalComplete, Vue's @urcard-renewal-complete), and the plain HTML example works under the
// strict Content-Security-Policy of a careful partner, with Trusted Types required.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { strictCsp } from '../../scripts/demo-server.js';
import { screenshot, TestPage } from '../support/browser.ts';
import { CARDS } from '../support/stack.ts';
import { stackPerSuite } from '../support/suite.ts';
import { assertReceipt, seen, Widget } from '../support/widget.ts';

/** Card, plan, TRAVEL10, a sandbox payment: returns the receipt's rows and the completion event's detail. */
async function happyPath(t: TestPage, widget: Widget) {
  await widget.toPlans(CARDS.active);
  await widget.choosePlan('basic-30');
  await widget.applyPromo('TRAVEL10');
  const amount = await widget.toPay();
  assert.equal(amount, '$17.99');
  await widget.pay('succeeded');
  const rows = await widget.waitForReceipt();
  const complete = await t.waitForEvent('urcard-renewal-complete');
  assertReceipt(rows, { 'Receipt number': complete.detail.receiptNumber, 'Amount paid': '$17.99' });
  return { rows, detail: complete.detail };
}

describe('framework and plain HTML examples', () => {
  const suite = stackPerSuite();

  for (const example of [
    // The React example embeds the checkout on its router's renewal route (react-router.test.ts checks history).
    { name: 'React 19', path: 'react', route: 'renew', partnerRef: 'react-example' },
    { name: 'Vue 3', path: 'vue', route: '', partnerRef: 'vue-example' },
  ]) {
    it(`${example.name}: completes the happy path and the app reacts to the completion event`, async () => {
      const t = await TestPage.open(suite.browser, suite.stack.api.url);
      try {
        const { page } = t;
        await page.goto(`${suite.stack.demoUrl}/${example.path}/${example.route}`);
        const widget = new Widget(page);
        await t.waitForEvent('urcard-ready');
        // The app binds the step through its framework's event binding.
        const step = page.getByTestId('step');
        await step.filter({ hasText: 'card' }).waitFor();
        // Its brand reaches the widget through the `appearance` property.
        const primary = await widget.root.evaluate((el) =>
          getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).getPropertyValue('--_primary').trim(),
        );
        assert.ok(primary !== '' && primary !== '#2563eb', `the app's primary colour, not the default: ${primary}`);

        const { detail } = await happyPath(t, widget);
        assert.equal(detail.partnerRef, example.partnerRef);
        await step.filter({ hasText: 'done' }).waitFor();
        const banner = page.getByTestId('renewal-banner');
        await banner.waitFor();
        assert.match(await seen(banner), new RegExp(`Receipt ${detail.receiptNumber}`));
        await screenshot(page, `examples/${example.path}-done`);

        // The app's "Start over" calls the element's reset().
        await banner.getByRole('button', { name: 'Start over' }).click();
        await widget.waitForStep('card');
        await step.filter({ hasText: 'card' }).waitFor();
        t.assertClean();
      } finally {
        await t.close();
      }
    });
  }

  it('plain HTML: works under a strict Content-Security-Policy with Trusted Types required', async () => {
    const t = await TestPage.open(suite.browser, suite.stack.api.url);
    try {
      const { page } = t;
      const response = await page.goto(`${suite.stack.demoUrl}/vanilla/?csp=strict`);
      const csp = response?.headers()['content-security-policy'] ?? '';
      assert.equal(csp, strictCsp(suite.stack.api.url), 'the page is served with the strict policy');
      assert.match(csp, /require-trusted-types-for 'script'/);
      assert.match(csp, /style-src 'self'(;|$)/, "no 'unsafe-inline' styles");
      // The bundle is pinned by its Subresource Integrity hash, and the browser accepted it.
      const integrity = await page.locator('script[src="/cdn/urcard-checkout.js"]').getAttribute('integrity');
      const bundle = Buffer.from(await (await fetch(`${suite.stack.demoUrl}/cdn/urcard-checkout.js`)).arrayBuffer());
      assert.equal(integrity, `sha384-${createHash('sha384').update(bundle).digest('base64')}`);
      const widget = new Widget(page);
      await t.waitForEvent('urcard-ready');
      await happyPath(t, widget);
      await page.getByTestId('renewal-banner').waitFor();
      await screenshot(page, 'examples/vanilla-strict-csp');

      // Every violation is a failure: no blocked style attribute, script or connection.
      assert.deepEqual(t.violations, [], 'no Content-Security-Policy violations');
      t.assertClean();

      // The policy really is in force: the page's own inline script is refused by Trusted Types.
      const inline = await page.evaluate(() => {
        const flag = window as unknown as { __inline?: boolean };
        flag.__inline = false;
        const script = document.createElement('script');
        try {
          script.textContent = 'window.__inline = true';
        } catch {
          return 'refused by Trusted Types';
        }
        document.head.append(script);
        return flag.__inline ? 'ran' : 'blocked by script-src';
      });
      assert.equal(inline, 'refused by Trusted Types', 'Trusted Types are required on this page');
    } finally {
      await t.close();
    }
  });
});
