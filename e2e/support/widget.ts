// Drives <urcard-checkout> the way a customer does: through what is on screen. Playwright's CSS locators pierce
// open shadow roots, so `urcard-checkout #pin` finds the PIN input inside the card step inside the checkout.
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { PIN } from './stack.ts';

export type Step = 'card' | 'plan' | 'pay' | 'done';
export type Outcome = 'succeeded' | 'declined' | 'requires_action';

export class Widget {
  readonly page: Page;
  readonly root: Locator;

  constructor(page: Page, selector = 'urcard-checkout') {
    this.page = page;
    this.root = page.locator(selector);
  }

  /** Anything inside the widget's shadow roots. */
  $(selector: string): Locator {
    return this.root.locator(selector);
  }

  // The card step.
  get cardNumber() {
    return this.$('#card-number');
  }
  get pin() {
    return this.$('#pin');
  }
  get checkCardButton() {
    return this.$('urcard-card-step form button[type="submit"]');
  }
  get cardSummary() {
    return this.$('[part~="card-summary"]');
  }
  get notRenewable() {
    return this.$('[part~="not-renewable"]');
  }
  get cardError() {
    return this.$('urcard-card-step [part~="error"]');
  }
  get cardContinue() {
    return this.$('urcard-card-step button[part~="submit-button"]');
  }

  // The plan step.
  planRadio(planId: string) {
    return this.$(`input[name="plan"][value="${planId}"]`);
  }
  get promoInput() {
    return this.$('#promo');
  }
  get promoApply() {
    return this.$('.promo-form button[type="submit"]');
  }
  get promoApplied() {
    return this.$('.promo-form [role="status"]');
  }
  get summary() {
    return this.$('[part~="summary"]');
  }
  get total() {
    return this.$('[part~="summary"] .line.total dd');
  }
  get autoRenew() {
    return this.$('[part~="auto-renew"]');
  }
  get toPayment() {
    return this.$('urcard-plan-step button[part~="submit-button"]');
  }

  // The pay step.
  get amount() {
    return this.$('[part~="amount"] .total');
  }
  outcomeRadio(outcome: Outcome) {
    return this.$(`input[name="outcome"][value="${outcome}"]`);
  }
  get payButton() {
    return this.$('button.pay');
  }
  get payError() {
    return this.$('urcard-pay-step [part~="error"]');
  }
  get challenge() {
    return this.$('[part~="challenge"]');
  }

  // The done step.
  get phases() {
    return this.$('[part~="phases"]');
  }
  get receipt() {
    return this.$('[part~="receipt"]');
  }
  get failure() {
    return this.$('urcard-done-step [part~="error"]');
  }
  get doneAction() {
    return this.$('urcard-done-step button[part~="submit-button"]');
  }

  get heading() {
    return this.$('[data-step] [part~="heading"]');
  }
  get progressLabel() {
    return this.$('[part~="progress-label"]');
  }

  /** The step on screen, from the element's public `currentStep`. */
  async step(): Promise<Step> {
    return this.root.evaluate((el) => (el as HTMLElement & { currentStep: Step }).currentStep);
  }

  async waitForStep(step: Step, timeout = 10_000): Promise<void> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const now = await this.step().catch(() => null);
      if (now === step && (await this.$(`urcard-${step}-step`).count()) > 0) return;
      if (Date.now() > deadline) {
        const text = await this.root
          .evaluate((el) => el.shadowRoot?.querySelector('[data-step]')?.shadowRoot?.textContent ?? '')
          .catch(() => '');
        throw new Error(`Timed out waiting for step ${step}; on ${now}: ${text.replace(/\s+/g, ' ').slice(0, 600)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Types the card and PIN (replacing any prefilled number) and presses "Check card". */
  async enterCard(cardNumber: string | null, pin = PIN): Promise<void> {
    await this.waitForStep('card');
    if (cardNumber !== null) await this.cardNumber.fill(cardNumber);
    await this.pin.fill(pin);
    await this.checkCardButton.click();
  }

  /** From the card step to the plan step with a card that can be renewed. */
  async toPlans(cardNumber: string | null): Promise<void> {
    await this.enterCard(cardNumber);
    await this.cardSummary.waitFor();
    await this.cardContinue.click();
    await this.waitForStep('plan');
    await this.$('input[name="plan"]').first().waitFor({ state: 'attached' });
  }

  /** Chooses a plan and waits for its quote. */
  async choosePlan(planId: string): Promise<void> {
    await this.planRadio(planId).check();
    await this.waitForQuote();
  }

  /** Waits until the summary shows a settled quote and "Continue to payment" can be pressed. */
  async waitForQuote(): Promise<void> {
    await this.total.waitFor();
    await this.page.waitForFunction(
      (el) => {
        const step = el?.shadowRoot?.querySelector('urcard-plan-step')?.shadowRoot;
        const button = step?.querySelector<HTMLButtonElement>('button[part~="submit-button"]');
        return !!button && !button.disabled && !step?.querySelector('[part~="summary"] [role="status"]');
      },
      await this.root.elementHandle(),
    );
  }

  async applyPromo(code: string): Promise<void> {
    await this.promoInput.fill(code);
    await this.promoApply.click();
    await this.promoApplied.filter({ hasText: code.toUpperCase() }).waitFor();
    await this.waitForQuote();
  }

  /** From the plan step to the pay step; returns the amount shown. */
  async toPay(): Promise<string> {
    await this.toPayment.click();
    await this.waitForStep('pay');
    await this.amount.waitFor();
    return (await this.amount.textContent())?.trim() ?? '';
  }

  /** Picks a sandbox outcome and presses Pay. */
  async pay(outcome: Outcome): Promise<void> {
    await this.outcomeRadio(outcome).check();
    await this.payButton.click();
  }

  /** Waits for the receipt and returns its rows, label to value. */
  async waitForReceipt(timeout = 15_000): Promise<Record<string, string>> {
    await this.receipt.waitFor({ timeout });
    return this.receiptRows();
  }

  async receiptRows(): Promise<Record<string, string>> {
    const rows = await this.receipt
      .locator('.line')
      .evaluateAll((lines) =>
        lines.map((line) => [
          line.querySelector('dt')?.textContent?.trim(),
          line.querySelector('dd')?.textContent?.trim(),
        ]),
      );
    return Object.fromEntries(rows);
  }

  /** The visible text of the current step, whitespace collapsed. */
  async text(): Promise<string> {
    return (await seen(this.$('[data-step]'))).replace(/\s+/g, ' ').trim();
  }

  /** The element of the page (in the shadow DOM too) that has focus. */
  async focused(): Promise<{ tag: string; id: string; part: string; text: string; type: string; name: string }> {
    return this.page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      const input = el as HTMLInputElement | null;
      return {
        tag: el?.tagName.toLowerCase() ?? '',
        id: el?.id ?? '',
        part: el?.getAttribute('part') ?? '',
        text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        type: input?.type ?? '',
        name: input?.name ?? '',
      };
    });
  }
}

/** The text a customer sees in `target`, laid out (line breaks between blocks), as the browser renders it. */
export function seen(target: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText() is the rendered text, which is what a customer reads.
  return target.innerText();
}

/** Asserts that a receipt row holds what it should. */
export function assertReceipt(rows: Record<string, string>, expected: Record<string, RegExp | string>): void {
  for (const [label, value] of Object.entries(expected)) {
    const actual = rows[label];
    assert.ok(actual !== undefined, `the receipt has a "${label}" row: ${JSON.stringify(rows)}`);
    if (typeof value === 'string') assert.equal(actual, value, `receipt "${label}"`);
    else assert.match(actual, value, `receipt "${label}"`);
  }
}
