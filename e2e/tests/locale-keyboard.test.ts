// The whole flow in zh-CN with the dark theme, and the whole flow with the keyboard alone (Tab, Shift+Tab,
// Enter, Space and arrows; no clicks, no fills), both on the travel site.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { screenshot, TestPage } from '../support/browser.ts';
import { stackPerSuite } from '../support/suite.ts';
import { assertReceipt, seen, Widget } from '../support/widget.ts';

/** Relative luminance (WCAG) of a computed `rgb(…)` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

describe('languages, themes and keyboard', () => {
  const suite = stackPerSuite();

  it('renews in Simplified Chinese with the dark theme', async () => {
    const t = await TestPage.open(suite.browser, suite.stack.api.url, { colorScheme: 'dark' });
    try {
      const { page } = t;
      await page.goto(`${suite.stack.demoUrl}/travel-site/?locale=zh-CN&theme=dark`);
      const widget = new Widget(page);
      const ready = await t.waitForEvent('urcard-ready');
      assert.equal(ready.detail.locale, 'zh-CN');
      assert.equal(await widget.root.getAttribute('theme'), 'dark');
      assert.equal(await widget.$('[part="base"]').getAttribute('lang'), 'zh-CN');
      assert.equal(await widget.progressLabel.textContent(), '第 1 步，共 4 步：卡片');
      assert.equal(await widget.heading.textContent(), '您的卡片');
      // Dark: light text on a dark background.
      const colors = await widget.heading.evaluate((heading) => {
        const base = heading.getRootNode() as ShadowRoot;
        const host = (base.host.getRootNode() as ShadowRoot).host;
        return {
          text: getComputedStyle(heading).color,
          background: getComputedStyle(host.shadowRoot!.querySelector('[part="base"]')!).backgroundColor,
          page: getComputedStyle(document.body).backgroundColor,
        };
      });
      assert.ok(luminance(colors.text) > 0.6, `light text in the dark theme: ${colors.text}`);
      const background = colors.background.endsWith(', 0)') ? colors.page : colors.background;
      assert.ok(luminance(background) < 0.1, `a dark background: ${colors.background} on ${colors.page}`);
      await screenshot(page, 'zh-CN-dark/1-card', widget.root);

      await widget.enterCard(null);
      await widget.cardSummary.waitFor();
      assert.match(await seen(widget.cardSummary), /即将到期/);
      await widget.cardContinue.click();
      await widget.waitForStep('plan');
      assert.equal(await widget.heading.textContent(), '选择套餐');
      await widget.choosePlan('basic-30');
      await widget.applyPromo('TRAVEL10');
      assert.match(await seen(widget.promoApplied), /已使用 TRAVEL10/);
      const total = (await widget.total.textContent()) ?? '';
      assert.match(total, /^US\$17\.99$/, 'USD as Chinese readers write it: 19.99 less 10%');
      await screenshot(page, 'zh-CN-dark/2-plan', widget.root);

      const amount = await widget.toPay();
      assert.equal(amount, total);
      assert.equal(await seen(widget.payButton), `支付 ${total}`);
      await screenshot(page, 'zh-CN-dark/3-pay', widget.root);
      await widget.pay('succeeded');
      const rows = await widget.waitForReceipt();
      assert.equal(await widget.heading.textContent(), '续费成功');
      const complete = await t.waitForEvent('urcard-renewal-complete');
      assertReceipt(rows, { 收据编号: complete.detail.receiptNumber, 实付金额: total });
      await screenshot(page, 'zh-CN-dark/4-done', widget.root);
      await page.getByTestId('renewal-banner').waitFor();
      t.assertClean();
    } finally {
      await t.close();
    }
  });

  it('renews with the keyboard alone', async () => {
    const t = await TestPage.open(suite.browser, suite.stack.api.url);
    try {
      const { page } = t;
      const { keyboard } = page;
      await page.goto(`${suite.stack.demoUrl}/travel-site/`);
      const widget = new Widget(page);
      await t.waitForEvent('urcard-ready');

      /** Presses Tab (or Shift+Tab) until `wanted` has focus; fails after `max` presses. */
      const tabTo = async (
        what: string,
        wanted: (f: Awaited<ReturnType<Widget['focused']>>) => boolean,
        { back = false, max = 25 } = {},
      ) => {
        const seenList: string[] = [];
        for (let i = 0; i < max; i++) {
          await keyboard.press(back ? 'Shift+Tab' : 'Tab');
          const focused = await widget.focused();
          if (wanted(focused)) return;
          seenList.push(`${focused.tag}#${focused.id}[${focused.part}] ${focused.text.slice(0, 30)}`);
        }
        assert.fail(`${what} never got focus; went through: ${seenList.join(' | ')}`);
      };
      const isButton = (label: RegExp) => (f: Awaited<ReturnType<Widget['focused']>>) =>
        f.tag === 'button' && label.test(f.text);

      // The page's skip link leads straight to the renewal.
      await keyboard.press('Tab');
      assert.match((await widget.focused()).text, /Skip to the eSIM renewal/);
      await keyboard.press('Enter');
      await tabTo('the PIN input', (f) => f.id === 'pin');
      await keyboard.type('1234');
      await keyboard.press('Enter');
      await widget.cardSummary.waitFor();
      await tabTo('Continue', isButton(/^Continue$/));
      await keyboard.press('Enter');

      // Plans: the heading has focus; the plans are one radio group driven by the arrows.
      await widget.waitForStep('plan');
      await page.waitForFunction(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el?.tagName === 'H2';
      });
      assert.equal((await widget.focused()).text, 'Choose a plan', 'focus moves to the new step heading');
      await tabTo('the plans', (f) => f.name === 'plan');
      assert.equal((await widget.focused()).type, 'radio');
      const checkedPlan = () =>
        widget.$('input[name="plan"]:checked').evaluate((input) => (input as HTMLInputElement).value);
      const plans = await widget
        .$('input[name="plan"]')
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
      const from = plans.indexOf(await checkedPlan());
      assert.ok(from >= 0, "the card's current plan is preselected");
      // Arrows move the choice through the group: walk to Basic 90 days.
      const to = plans.indexOf('basic-90');
      for (let i = 0; i < Math.abs(to - from); i++) await keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
      assert.equal(await checkedPlan(), 'basic-90');
      await widget.total.filter({ hasText: '$49.99' }).waitFor();

      // The promo code: type it and press Enter.
      await tabTo('the promo code', (f) => f.id === 'promo');
      await keyboard.type('TRAVEL10');
      await keyboard.press('Enter');
      await widget.promoApplied.filter({ hasText: 'TRAVEL10' }).waitFor();
      await widget.waitForQuote();
      assert.equal(await widget.total.textContent(), '$44.99');

      // Automatic renewal: Space on the switch.
      await tabTo('the auto-renew switch', (f) => f.part === 'auto-renew');
      await keyboard.press('Space');
      assert.equal(await widget.autoRenew.isChecked(), true);
      await tabTo('Continue to payment', isButton(/^Continue to payment$/));
      await keyboard.press('Enter');

      // Pay: a decline first (arrows to pick it, Space to pay), then success.
      await widget.waitForStep('pay');
      await widget.amount.waitFor();
      await tabTo('the test outcomes', (f) => f.name === 'outcome');
      await keyboard.press('ArrowDown');
      assert.equal(await widget.outcomeRadio('declined').isChecked(), true);
      await tabTo('Pay', isButton(/^Pay \$44\.99$/));
      await keyboard.press('Space');
      await widget.payError.waitFor();
      await tabTo('the test outcomes', (f) => f.name === 'outcome', { back: true });
      await keyboard.press('ArrowUp');
      assert.equal(await widget.outcomeRadio('succeeded').isChecked(), true);
      await tabTo('Pay', isButton(/^Pay \$44\.99$/));
      await keyboard.press('Enter');

      const complete = await t.waitForEvent('urcard-renewal-complete');
      await widget.waitForReceipt();
      const selected = await t.waitForEvent('urcard-plan-selected');
      assert.equal(selected.detail.autoRenew, true, 'auto-renew was turned on by keyboard');
      assert.equal(selected.detail.planId, 'basic-90');
      assert.deepEqual(complete.detail.amount, { amount: 4499, currency: 'USD' });
      await tabTo('Save receipt', isButton(/^Save receipt$/), { max: 10 });
      await page.getByTestId('renewal-banner').waitFor();
      t.assertClean();
    } finally {
      await t.close();
    }
  });
});
