import { fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { UrcardCheckout } from '../checkout/checkout.element.ts';
import { apiBase, lowDataApiBase } from './env.ts';
import { $, CARDS, FAST, inSwitch, KEY, onStep, paySandbox, toPayStep, until, verifyCard } from './flow.ts';

// Not a test: `pnpm screenshots` runs it to draw the states of docs/images/state-*.png for docs/widget.md.

async function frame(
  attributes: string,
  width = 460,
  server: () => Promise<string> = apiBase,
): Promise<{ page: HTMLDivElement; el: UrcardCheckout }> {
  await setViewport({ width: width + 48, height: 1600 });
  const api = await server();
  const page = await fixture<HTMLDivElement>(html`<div
    style="padding:24px;background:#e5e7eb;width:${width}px"
  ></div>`);
  page.innerHTML = `<urcard-checkout api-base="${api}" publishable-key="${KEY}" ${attributes}></urcard-checkout>`;
  const el = page.querySelector<UrcardCheckout>('urcard-checkout')!;
  el.timings = FAST;
  document.body.style.margin = '0';
  return { page, el };
}

async function shoot(page: HTMLElement, el: UrcardCheckout, name: string): Promise<void> {
  // No focus ring, no caret in the picture.
  el.shadowRoot!.querySelector('[data-step]')?.shadowRoot?.querySelector<HTMLElement>(':focus')?.blur();
  await new Promise((resolve) => setTimeout(resolve, 300));
  const rect = page.getBoundingClientRect();
  await executeServerCommand('save-screenshot', {
    name,
    clip: { x: rect.x, y: rect.y, width: rect.width, height: Math.min(rect.height, 1500) },
  });
}

afterEach(() => sessionStorage.clear());

it('draws the pay step with the whole picture: discount, new expiry, the recurring charge', async () => {
  const { page, el } = await frame('theme="light" promo-code="TRAVEL10" auto-renew');
  await toPayStep(el, CARDS.active, 'basic-30');
  await until('the recurring charge', () => !!$(el, '[part~="auto-renew-notice"]'));
  await shoot(page, el, 'state-pay-summary.png');
});

it('draws the card summary with its auto-renew switch, in dark', async () => {
  const { page, el } = await frame('theme="dark"');
  await verifyCard(el, CARDS.active);
  await until('the switch', () => !!$(el, '[part="auto-renew"]'));
  await shoot(page, el, 'state-card-auto-renew-dark.png');
});

it('draws the receipt with seller, original price and discount', async () => {
  const { page, el } = await frame('theme="light" promo-code="TRAVEL10"');
  await toPayStep(el, CARDS.active, 'basic-30');
  await paySandbox(el, 'succeeded');
  await onStep(el, 'done');
  await until('the receipt', () => !!$(el, '[part~="receipt"]'), 20_000);
  await shoot(page, el, 'state-receipt.png');
});

it('draws the plan step right to left, in Arabic', async () => {
  const { page, el } = await frame('theme="light" locale="ar" promo-code="TRAVEL10"');
  await toPayStep(el, CARDS.active, 'basic-30');
  await shoot(page, el, 'state-ar-rtl.png');
});

it('draws the card summary in Japanese', async () => {
  const { page, el } = await frame('theme="light" locale="ja"');
  await verifyCard(el, CARDS.active);
  await until('the switch', () => !!$(el, '[part="auto-renew"]'));
  await shoot(page, el, 'state-ja-card.png');
});

it('draws the card summary with "also when my data runs low" and its monthly limit (the Airalo carrier)', async () => {
  const { page, el } = await frame('theme="light" auto-renew plan="basic-30"', 460, lowDataApiBase);
  await toPayStep(el, CARDS.expiring);
  await paySandbox(el, 'succeeded');
  await onStep(el, 'done');
  await until('the receipt', () => !!$(el, '[part="receipt"]'), 20_000);
  $<HTMLButtonElement>(el, 'button[part="submit-button"]')!.click();
  await onStep(el, 'card');
  await verifyCard(el, CARDS.expiring);
  await until('the low-data choice', () => !!inSwitch(el, 'input[part="low-data-checkbox"]'));
  inSwitch<HTMLInputElement>(el, 'input[part="low-data-checkbox"]')!.click();
  await until('the month so far', () => !!inSwitch(el, '#low-data-spent'));
  await shoot(page, el, 'state-card-low-data.png');
});
