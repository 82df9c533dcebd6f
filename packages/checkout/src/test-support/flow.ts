import { fixture, html, waitUntil } from '@open-wc/testing';
import { createClient, type FetchLike, type UrcardClient } from '@urcard/sdk';
import '../define.ts';
import type { UrcardCheckout } from '../checkout/checkout.element.ts';
import type { Step } from '../i18n/messages.ts';
import { apiBase } from './env.ts';

// The browser tab outlives each test file (sessionStorage with it): every test starts with no order to resume.
beforeEach(() => sessionStorage.clear());

export const CARDS = {
  active: '8986010000000000018',
  expiring: '8986010000000000026',
  expired: '8986010000000000034',
  suspended: '8986010000000000042',
  carrierRejects: '8986010000000000059',
  slowCarrier: '8986010000000000067',
} as const;
export const PIN = '1234';
export const KEY = 'pk_test_demo';

/** Fast waits for tests: "still being applied" after 1.5 s, polls every 200 ms. */
export const FAST = { stillApplyingAfterMs: 1500, pollIntervalMs: 200 };

export interface Mounted {
  el: UrcardCheckout;
  api: string;
}

/** A checkout against the reference server, with fast timings and any extra attributes. */
export async function mount(attributes: Record<string, string> = {}): Promise<Mounted> {
  const api = await apiBase();
  const el = await fixture<UrcardCheckout>(html`<urcard-checkout .timings=${FAST}></urcard-checkout>`);
  el.setAttribute('api-base', api);
  el.setAttribute('publishable-key', KEY);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await el.updateComplete;
  return { el, api };
}

/** A client whose requests are counted by method and path (`POST /v1/orders/ord_…/sandbox-payment`). */
export function countingClient(api: string): { client: UrcardClient; calls: string[] } {
  const calls: string[] = [];
  const counting: FetchLike = (input, init) => {
    const url = new URL(String(input));
    calls.push(`${init?.method ?? 'GET'} ${url.pathname}`);
    return fetch(input, init);
  };
  return { client: createClient({ apiBase: api, publishableKey: KEY, fetch: counting }), calls };
}

/** The element of the step on screen. */
export function stepEl(el: UrcardCheckout): HTMLElement & { updateComplete: Promise<boolean> } {
  const step = el.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('[data-step]');
  if (!step) throw new Error(`No step element (step ${el.currentStep})`);
  return step;
}

/** `querySelector` inside the current step's shadow root. */
export function $<T extends Element = HTMLElement>(el: UrcardCheckout, selector: string): T | null {
  return el.shadowRoot!.querySelector('[data-step]')?.shadowRoot?.querySelector<T>(selector) ?? null;
}

export function $$<T extends Element = HTMLElement>(el: UrcardCheckout, selector: string): T[] {
  return [...(el.shadowRoot!.querySelector('[data-step]')?.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** The visible text of the current step. */
/** The card summary's auto-renew switch (its own shadow root, inside the card step's). */
export function switchEl(el: UrcardCheckout): HTMLElement | null {
  return $(el, 'urcard-auto-renew-switch');
}

/** `selector` inside the auto-renew switch. */
export function inSwitch<T extends Element = HTMLElement>(el: UrcardCheckout, selector: string): T | null {
  return switchEl(el)?.shadowRoot?.querySelector<T>(selector) ?? null;
}

export function stepText(el: UrcardCheckout): string {
  return stepEl(el).shadowRoot!.textContent?.replace(/\s+/g, ' ') ?? '';
}

export async function until(what: string, condition: () => boolean, timeout = 10_000): Promise<void> {
  await waitUntil(condition, `Timed out waiting for ${what}`, { timeout, interval: 25 });
}

export async function onStep(el: UrcardCheckout, step: Step, timeout = 10_000): Promise<void> {
  try {
    await until(
      `step ${step}`,
      // The element of that step: the one of the step before may still be on screen for a render.
      () => el.currentStep === step && !!el.shadowRoot!.querySelector(`urcard-${step}-step[data-step]`),
      timeout,
    );
  } catch (error) {
    const shown = el.shadowRoot!.querySelector('[data-step]') ? stepText(el).slice(-700) : '(no step)';
    throw new Error(`${(error as Error).message}; on ${el.currentStep}: ${shown}`);
  }
  await customElements.whenDefined(stepEl(el).localName);
  await stepEl(el).updateComplete;
}

export function type(input: HTMLInputElement, value: string): void {
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
}

export function click(el: UrcardCheckout, selector: string): void {
  const target = $<HTMLElement>(el, selector);
  if (!target) throw new Error(`Nothing matches ${selector} on step ${el.currentStep}`);
  target.click();
}

/** Enters a card and PIN and waits for the card summary (or for an error). */
export async function enterCard(el: UrcardCheckout, number: string, pin = PIN): Promise<void> {
  await onStep(el, 'card');
  type($<HTMLInputElement>(el, '#card-number')!, number);
  type($<HTMLInputElement>(el, '#pin')!, pin);
  click(el, 'button[type=submit]');
}

export async function verifyCard(el: UrcardCheckout, number: string = CARDS.active): Promise<void> {
  await enterCard(el, number);
  await until('card summary', () => !!$(el, '[part~="card-summary"]'));
}

/** From a fresh widget to the plan step with a verified card. */
export async function toPlanStep(el: UrcardCheckout, number: string = CARDS.active): Promise<void> {
  await verifyCard(el, number);
  click(el, 'button[part="submit-button"]');
  await onStep(el, 'plan');
  await until('plans', () => $$(el, 'input[name="plan"]').length > 0);
}

/** Chooses a plan (or the first one) and waits for its quote. */
export async function choosePlan(el: UrcardCheckout, planId?: string): Promise<void> {
  const radios = $$<HTMLInputElement>(el, 'input[name="plan"]');
  const radio = planId ? radios.find((r) => r.value === planId) : radios[0];
  if (!radio) throw new Error(`No plan ${planId}; have ${radios.map((r) => r.value).join(', ')}`);
  radio.click();
  // Let the new choice render (its quote starts) before waiting for the quote.
  await stepEl(el).updateComplete;
  await quoted(el);
}

export async function quoted(el: UrcardCheckout): Promise<void> {
  await stepEl(el).updateComplete;
  await until('a quote', () => {
    const button = $<HTMLButtonElement>(el, 'button[part="submit-button"]');
    return !!button && !button.disabled && !$(el, '.summary [role="status"]');
  });
}

export async function toPayStep(el: UrcardCheckout, number: string = CARDS.active, planId?: string): Promise<void> {
  await toPlanStep(el, number);
  await choosePlan(el, planId);
  click(el, 'button[part="submit-button"]');
  await onStep(el, 'pay');
  await until('the order', () => !!$(el, '[part="amount"]'));
}

/** Picks a sandbox outcome and presses Pay. */
export async function paySandbox(
  el: UrcardCheckout,
  outcome: 'succeeded' | 'declined' | 'requires_action',
): Promise<void> {
  const radio = $$<HTMLInputElement>(el, 'input[name="outcome"]').find((r) => r.value === outcome);
  if (!radio) throw new Error('No sandbox test panel');
  radio.click();
  await stepEl(el).updateComplete;
  click(el, 'button.pay');
}
