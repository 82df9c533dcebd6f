import { expect } from '@open-wc/testing';
import { createClient, type FetchLike } from '@urcard/sdk';
import { sendKeys } from '@web/test-runner-commands';
import {
  $,
  $$,
  CARDS,
  choosePlan,
  KEY,
  mount,
  onStep,
  quoted,
  stepEl,
  stepText,
  toPlanStep,
  type,
  until,
  verifyCard,
} from '../test-support/flow.ts';

const summary = (el: Parameters<typeof stepText>[0]) => $(el, '[part="summary"]')!.textContent!.replace(/\s+/g, ' ');

async function applyPromo(el: Parameters<typeof stepText>[0], code: string): Promise<void> {
  type($<HTMLInputElement>(el, '#promo')!, code);
  $<HTMLButtonElement>(el, '.promo-form button[type=submit]')!.click();
  await quoted(el);
}

describe('plan step', () => {
  it('groups plans by tier in one radio group that arrow keys move through', async () => {
    const { el } = await mount();
    await toPlanStep(el);
    const legends = $$(el, 'fieldset.tier > legend').map((l) => l.textContent!.trim());
    expect(legends).to.deep.equal(['Basic', 'Advanced', 'Custom']);
    const radios = $$<HTMLInputElement>(el, 'input[name="plan"]');
    expect(new Set(radios.map((r) => r.name)).size).to.equal(1);
    radios[0]!.focus();
    radios[0]!.click();
    await stepEl(el).updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    await stepEl(el).updateComplete;
    expect(radios[1]!.checked).to.equal(true);
    await quoted(el);
    expect(summary(el)).to.contain(radios[1]!.closest('label')!.querySelector('.plan-name')!.textContent!);
    await expect(el).to.be.accessible();
  });

  it('shows a promotion with the original price struck through and read out', async () => {
    const { el } = await mount();
    await toPlanStep(el);
    const promo = $$(el, '[part="plan-price"]').find((p) => p.querySelector('s'));
    expect(promo, 'a plan on promotion').to.exist;
    expect(promo!.querySelector('s')!.getAttribute('aria-hidden')).to.equal('true');
    expect(promo!.querySelector('.visually-hidden')!.textContent).to.match(/^Was \$\d+\.\d\d, now$/);
  });

  it('applies and removes a promo code, and explains a code that does not work', async () => {
    const { el } = await mount();
    await toPlanStep(el);
    await choosePlan(el, 'basic-30');
    const full = summary(el);
    await applyPromo(el, 'travel10');
    expect(stepText(el)).to.contain('TRAVEL10 applied');
    expect(summary(el)).to.contain('Discount (TRAVEL10)');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.applied button')!.click();
    await quoted(el);
    expect(summary(el)).to.equal(full);

    await applyPromo(el, 'SPRING2025');
    expect($(el, '#promo-error')!.textContent).to.contain('expired');
    expect($(el, '#promo')!.getAttribute('aria-invalid')).to.equal('true');
    expect(summary(el), 'priced without the code').to.equal(full);

    await applyPromo(el, 'ADVANCED20');
    expect($(el, '#promo-error')!.textContent).to.contain('does not apply');
    await applyPromo(el, 'NOSUCHCODE');
    expect($(el, '#promo-error')!.textContent).to.contain('does not exist');
    // One message: screen readers hear the very sentence on screen (the checkout's live region), then the price.
    const announced = el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!.trim();
    const total = $(el, '[part="summary"] .total dd')!.textContent!.trim();
    expect(announced).to.equal(`${$(el, '#promo-error')!.textContent!.trim()} Total: ${total}`);
    await expect(el).to.be.accessible();
  });

  it('applies the promo-code attribute', async () => {
    const { el } = await mount({ 'promo-code': 'WELCOME5', plan: 'basic-30' });
    await toPlanStep(el);
    await quoted(el);
    expect(summary(el)).to.contain('Discount (WELCOME5)');
  });

  it('quotes the custom builder live from the server', async () => {
    const { el } = await mount();
    await toPlanStep(el);
    await choosePlan(el, 'custom');
    expect($(el, '[part="custom-builder"]')).to.exist;
    const before = summary(el);
    const data = $<HTMLSelectElement>(el, '#custom-data')!;
    data.selectedIndex = data.options.length - 1;
    data.dispatchEvent(new Event('change'));
    await quoted(el);
    expect(summary(el)).not.to.equal(before);
    const addOn = $<HTMLInputElement>(el, '.addon input');
    if (addOn) {
      const withoutAddOn = summary(el);
      addOn.click();
      await quoted(el);
      expect(summary(el)).not.to.equal(withoutAddOn);
    }
    await expect(el).to.be.accessible();
  });

  it('offers only the tiers asked for, and preselects the plan attribute', async () => {
    const { el } = await mount({ tiers: 'advanced', plan: 'advanced-90' });
    await toPlanStep(el);
    const values = $$<HTMLInputElement>(el, 'input[name="plan"]').map((r) => r.value);
    expect(values.every((v) => v.startsWith('advanced'))).to.equal(true);
    expect($<HTMLInputElement>(el, 'input[value="advanced-90"]')!.checked).to.equal(true);
    el.setAttribute('tiers', 'basic custom');
    await el.updateComplete;
    await stepEl(el).updateComplete;
    const after = $$<HTMLInputElement>(el, 'input[name="plan"]').map((r) => r.value);
    expect(after.some((v) => v.startsWith('advanced'))).to.equal(false);
    expect(after).to.include('custom');
  });

  it('explains automatic renewal, and why WeChat Pay cannot do it', async () => {
    const { el } = await mount({ 'auto-renew': '' });
    await toPlanStep(el);
    await choosePlan(el, 'basic-30');
    const toggle = $<HTMLInputElement>(el, 'input[role="switch"]')!;
    expect(toggle.checked).to.equal(true);
    expect($(el, '#auto-renew-help')!.textContent).to.contain('3 days before');
    expect($(el, '#auto-renew-help')!.textContent).to.contain('WeChat Pay cannot be saved');
    el.setAttribute('payment-methods', 'wechat_pay');
    await el.updateComplete;
    await stepEl(el).updateComplete;
    expect(toggle.disabled).to.equal(true);
    expect(toggle.checked).to.equal(false);
    expect($(el, '#auto-renew-help')!.textContent).to.contain('needs a payment method that can be saved');
  });

  it('prices in the currency attribute, and re-prices when it changes', async () => {
    const { el } = await mount({ currency: 'JPY' });
    await toPlanStep(el);
    expect($(el, '[part="plan-price"]')!.textContent).to.contain('¥');
    el.setAttribute('currency', 'EUR');
    await el.updateComplete;
    await until('euro prices', () => ($(el, '[part="plan-price"]')?.textContent ?? '').includes('€'));
  });

  it('shows hostile strings from the API as text', async () => {
    const { el, api } = await mount();
    const hostile = '<img src=x onerror="window.__pwned=1"><b>Plan</b>';
    // The real server, with a compromised answer: every plan name and description carries markup.
    const tampering: FetchLike = async (input, init) => {
      const response = await fetch(input, init);
      if (!String(input).includes('/v1/plans')) return response;
      const body = await response.json();
      for (const plan of body.plans) {
        plan.name = hostile;
        plan.description = hostile;
        plan.features = [{ code: 'unknown', label: hostile }];
      }
      return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
    };
    el.client = createClient({ apiBase: api, publishableKey: KEY, fetch: tampering });
    await el.updateComplete;
    await toPlanStep(el, CARDS.active);
    const root = stepEl(el).shadowRoot!;
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('b')).to.equal(null);
    expect(stepText(el)).to.contain(hostile);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('sends the customer back to the card step, saying why, when the card token has lapsed', async () => {
    const { el, api } = await mount();
    let lapsed = false;
    // The real server judges the token: after "30 minutes", the widget's token is one it no longer knows.
    const lapsing: FetchLike = (input, init) => {
      const headers = new Headers(init?.headers);
      if (lapsed && headers.has('Urcard-Card-Token')) headers.set('Urcard-Card-Token', 'ct_lapsed');
      return fetch(input, { ...init, headers });
    };
    el.client = createClient({ apiBase: api, publishableKey: KEY, fetch: lapsing });
    await el.updateComplete;
    await toPlanStep(el);
    lapsed = true;
    $$<HTMLInputElement>(el, 'input[name="plan"]').at(-2)!.click();
    await onStep(el, 'card');
    const notice = el.shadowRoot!.querySelector('[part="notice"]');
    expect(notice!.textContent).to.contain('session has expired');
    expect($(el, '#card-number')).to.exist;
  });

  it('moves focus to the plan heading when the customer continues from the card step', async () => {
    const { el } = await mount();
    await verifyCard(el);
    const next = $<HTMLButtonElement>(el, 'button[part="submit-button"]')!;
    next.focus();
    next.click();
    await onStep(el, 'plan');
    await until('focus on the heading', () => stepEl(el).shadowRoot!.activeElement?.tagName === 'H2');
    expect(stepEl(el).shadowRoot!.activeElement!.textContent).to.equal('Choose a plan');
  });
});
