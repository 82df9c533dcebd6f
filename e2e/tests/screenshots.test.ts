// Each step of the travel site's renewal in light and dark, 375 px and 1024 px wide, saved to
// e2e/test-results/steps/ (the docs pick theirs with `pnpm --filter @urcard/e2e docs:images`). At every step and
// in both themes the widget must fit a 320 px and a 375 px screen, and the page a 375 px one, without scrolling
// sideways.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { screenshot, TestPage } from '../support/browser.ts';
import { stackPerSuite } from '../support/suite.ts';
import { Widget } from '../support/widget.ts';

const THEMES = ['light', 'dark'] as const;
const WIDTHS = [375, 1024] as const;
const HEIGHT = 800;

/** How far the widget or the page reaches past the right edge of the screen, in CSS pixels. */
async function overflow(page: Page): Promise<{ page: number; widget: number }> {
  return page.evaluate(() => {
    const el = document.querySelector('urcard-checkout')!;
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    let deepest = 0;
    // Any element of the widget, in every shadow root, that ends past the screen's edge.
    const walk = (root: ParentNode) => {
      for (const node of root.querySelectorAll('*')) {
        deepest = Math.max(deepest, node.getBoundingClientRect().right - window.innerWidth);
        if (node.shadowRoot) walk(node.shadowRoot);
      }
    };
    walk(el.shadowRoot!);
    return {
      page: document.documentElement.scrollWidth - window.innerWidth,
      widget: Math.max(deepest, base.scrollWidth - base.clientWidth),
    };
  });
}

describe('screenshots and narrow screens', () => {
  const suite = stackPerSuite();

  it('shows every step in light and dark at 375 and 1024 px, and fits 320 px', async () => {
    const t = await TestPage.open(suite.browser, suite.stack.api.url, { width: 1024, height: HEIGHT });
    try {
      const { page } = t;
      await page.goto(`${suite.stack.demoUrl}/travel-site/`);
      const widget = new Widget(page);
      await t.waitForEvent('urcard-ready');
      const toggle = page.getByTestId('theme-toggle');
      const textColor = () => widget.heading.evaluate((heading) => getComputedStyle(heading).color);

      /** The 2 × 2 pictures of the state on screen, and the narrow-screen checks; ends in light at 1024 px. */
      const capture = async (state: string) => {
        const colors = new Set<string>();
        for (const theme of THEMES) {
          if ((await widget.root.getAttribute('theme')) !== theme) await toggle.click();
          assert.equal(await widget.root.getAttribute('theme'), theme);
          colors.add(await textColor());
          for (const width of [320, ...WIDTHS]) {
            await page.setViewportSize({ width, height: HEIGHT });
            if (width < 1024) {
              const { page: pageOverflow, widget: widgetOverflow } = await overflow(page);
              assert.ok(
                widgetOverflow <= 1,
                `${state}, ${theme}, ${width} px: the widget overflows by ${widgetOverflow} px`,
              );
              assert.ok(
                pageOverflow <= 1,
                `${state}, ${theme}, ${width} px: the page scrolls sideways by ${pageOverflow} px`,
              );
            }
            if (width !== 320) await screenshot(page, `steps/${state}-${theme}-${width}`, widget.root);
          }
          if (state === 'card' || state === 'done') {
            // The partner's page around the widget, as a customer sees it on a laptop.
            await widget.root.scrollIntoViewIfNeeded();
            await screenshot(page, `steps/page-${state}-${theme}-1024`);
          }
        }
        assert.equal(colors.size, 2, `${state}: the text colour follows the theme`);
        await toggle.click();
        assert.equal(await widget.root.getAttribute('theme'), 'light');
      };

      await capture('card');
      await widget.enterCard(null);
      await widget.cardSummary.waitFor();
      await capture('card-verified');
      await widget.cardContinue.click();
      await widget.waitForStep('plan');
      await widget.choosePlan('advanced-30');
      await widget.applyPromo('TRAVEL10');
      await capture('plan');
      await widget.toPay();
      await capture('pay');
      await widget.pay('succeeded');
      await widget.waitForReceipt();
      await page.getByTestId('renewal-banner').waitFor();
      await capture('done');
      t.assertClean();
    } finally {
      await t.close();
    }
  });
});
