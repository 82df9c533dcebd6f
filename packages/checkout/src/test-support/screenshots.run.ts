import { fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { UrcardCheckout } from '../checkout/checkout.element.ts';
import { apiBase } from './env.ts';
import { $, choosePlan, FAST, KEY, toPlanStep, until } from './flow.ts';

// Not a test: `pnpm screenshots` runs it to draw docs/images/widget-light-dark.png.
it('draws the widget in light and dark', async () => {
  await setViewport({ width: 900, height: 1400 });
  const api = await apiBase();
  const page = await fixture<HTMLDivElement>(html`<div
    style="display:grid;grid-template-columns:1fr 1fr;gap:24px;padding:24px;background:#e5e7eb;width:852px;align-items:start"
  >
    <urcard-checkout theme="light" api-base=${api} publishable-key=${KEY} .timings=${FAST}></urcard-checkout>
    <urcard-checkout theme="dark" api-base=${api} publishable-key=${KEY} .timings=${FAST}></urcard-checkout>
  </div>`);
  document.body.style.margin = '0';
  const [light, dark] = [...page.querySelectorAll<UrcardCheckout>('urcard-checkout')];
  for (const el of [light!, dark!]) {
    await toPlanStep(el);
    await choosePlan(el, 'basic-30');
    await until('the summary', () => !!$(el, '[part="summary"] .total'));
  }
  // No focus ring in the picture.
  for (const el of [light!, dark!])
    el.shadowRoot!.querySelector('[data-step]')?.shadowRoot?.querySelector<HTMLElement>(':focus')?.blur();
  const rect = page.getBoundingClientRect();
  await executeServerCommand('save-screenshot', {
    name: 'widget-light-dark.png',
    clip: { x: rect.x, y: rect.y, width: rect.width, height: Math.min(rect.height, 960) },
  });
});
