import { expect, fixture, html } from '@open-wc/testing';
import type { UrcardCheckout } from '../checkout/checkout.element.ts';
import { stripeApiBase, stripePays } from '../test-support/env.ts';
import { fakeStripeJs } from '../test-support/fake-stripe-js.ts';
import {
  $,
  CARDS,
  enterCard,
  FAST,
  KEY,
  mount,
  onStep,
  paySandbox,
  stepEl,
  toPayStep,
  until,
} from '../test-support/flow.ts';

afterEach(() => {
  sessionStorage.clear();
  history.replaceState(null, '', location.pathname);
});

/** A checkout against the Stripe-mode reference server, with the fake Stripe.js. */
async function mountStripe(attributes: Record<string, string> = {}, fake = fakeStripeJs()) {
  const { apiBase } = await stripeApiBase();
  const el = await fixture<UrcardCheckout>(
    html`<urcard-checkout .timings=${FAST} .stripeLoader=${fake.loader}></urcard-checkout>`,
  );
  el.setAttribute('api-base', apiBase);
  el.setAttribute('publishable-key', KEY);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await el.updateComplete;
  return { el, fake, apiBase };
}

const paymentFormReady = (el: UrcardCheckout) =>
  until('the Payment Element', () => !!el.querySelector('[slot="payment-element"] iframe') && !$(el, '.placeholder'));

describe('pay step, Stripe provider (fake Stripe.js, reference server with a fake Stripe API)', () => {
  it('does not load Stripe.js for sandbox orders', async () => {
    const fake = fakeStripeJs();
    const { el } = await mount();
    el.stripeLoader = fake.loader;
    await toPayStep(el);
    await paySandbox(el, 'succeeded');
    await onStep(el, 'done');
    expect(fake.calls.load).to.have.length(0);
  });

  it('mounts the Payment Element in the light DOM through a slot, themed and localised, and pays', async () => {
    const { el, fake } = await mountStripe({ locale: 'zh-CN', 'return-url': 'https://travel.example/renew?x=1' });
    el.style.setProperty('--urcard-color-primary', 'rebeccapurple');
    el.style.setProperty('--urcard-radius', '3px');
    await toPayStep(el);
    await paymentFormReady(el);

    // Loaded lazily, with the order's publishable key and the nearest Stripe locale.
    expect(fake.calls.load).to.have.length(1);
    expect(fake.calls.load[0]!.key).to.match(/^pk_test_/);
    expect(fake.calls.load[0]!.options).to.deep.equal({ locale: 'zh' });

    // Created with the order's client secret, the theme mapped to Stripe's Appearance API, the locale.
    const options = fake.calls.elements[0]! as {
      clientSecret: string;
      appearance: { theme: string; variables: Record<string, string> };
      locale: string;
    };
    expect(options.clientSecret).to.match(/^pi_\w+_secret_/);
    expect(options.locale).to.equal('zh');
    expect(options.appearance.theme).to.equal('stripe');
    expect(options.appearance.variables.colorPrimary).to.equal('rgb(102, 51, 153)');
    expect(options.appearance.variables.borderRadius).to.equal('3px');
    expect(options.appearance.variables.colorBackground).to.equal('rgb(255, 255, 255)');
    expect(fake.calls.create[0]!.type).to.equal('payment');

    // Mounted in a light-DOM child of <urcard-checkout>, projected through the checkout's and the step's slots.
    const target = fake.calls.mount[0]!;
    expect(target.parentElement).to.equal(el);
    expect(target.slot).to.equal('payment-element');
    const outer = target.assignedSlot!;
    expect(outer.getRootNode()).to.equal(el.shadowRoot);
    expect(outer.assignedSlot!.getRootNode()).to.equal(stepEl(el).shadowRoot);
    // Height reserved before the iframe arrives.
    const box = $(el, '[part="payment-element"]')!;
    expect(Number.parseFloat(getComputedStyle(box).minBlockSize)).to.be.at.least(280);
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, 'button.pay')!.click();
    await onStep(el, 'done');
    const confirm = fake.calls.confirm[0]!;
    expect(confirm.redirect).to.equal('if_required');
    expect(confirm.confirmParams.return_url).to.equal('https://travel.example/renew?x=1');
    expect(confirm.elements).to.exist;
    expect(el.querySelector('[slot="payment-element"]'), 'the light-DOM host is removed with the pay step').to.equal(
      null,
    );
    expect(fake.calls.destroyed).to.equal(1);
    await until('the receipt', () => !!$(el, '[part="receipt"]'), 15_000);
  });

  it("maps the dark theme to Stripe's night theme and returns to this page by default", async () => {
    const { el, fake } = await mountStripe({ theme: 'dark' });
    await toPayStep(el);
    await paymentFormReady(el);
    const options = fake.calls.elements[0] as {
      appearance: { theme: string; variables: Record<string, string> };
      locale: string;
    };
    expect(options.appearance.theme).to.equal('night');
    expect(options.appearance.variables.colorBackground).to.equal('rgb(17, 24, 39)');
    expect(options.locale).to.equal('en');
    $<HTMLButtonElement>(el, 'button.pay')!.click();
    await onStep(el, 'done');
    expect(fake.calls.confirm[0]!.confirmParams.return_url).to.equal(location.href);
  });

  it("shows Stripe's message when the payment is declined", async () => {
    const fake = fakeStripeJs({ declineWith: 'Your card was declined.' });
    const { el } = await mountStripe({}, fake);
    await toPayStep(el);
    await paymentFormReady(el);
    $<HTMLButtonElement>(el, 'button.pay')!.click();
    await until('the message', () => !!$(el, '[role="alert"]'));
    expect($(el, '[role="alert"]')!.textContent).to.contain('Your card was declined.');
    expect(el.currentStep).to.equal('pay');
  });

  it('says when the payment form cannot load, and retries', async () => {
    const working = fakeStripeJs();
    let fail = true;
    const { el } = await mountStripe();
    el.stripeLoader = async (key, options) => {
      if (fail) throw new Error('Failed to load Stripe.js');
      return working.loader(key, options);
    };
    await toPayStep(el);
    await until('the failure', () => !!$(el, '[part="payment-element"] [role="alert"]'));
    expect($<HTMLButtonElement>(el, 'button.pay')!.disabled).to.equal(true);
    fail = false;
    $<HTMLButtonElement>(el, '[part="payment-element"] [role="alert"] button')!.click();
    await paymentFormReady(el);
  });

  it('resumes the order on return from a redirect (Alipay) that paid', async () => {
    const { el, fake, apiBase } = await mountStripe();
    await toPayStep(el, CARDS.active);
    await paymentFormReady(el);
    const secret = (fake.calls.elements[0] as { clientSecret: string }).clientSecret;
    const paymentIntent = secret.split('_secret_')[0]!;
    // The customer chose Alipay: Stripe.js leaves the page; Alipay and Stripe settle; Stripe sends the webhook.
    await stripePays(paymentIntent, 'pm_alipay');
    el.remove();
    history.replaceState(
      null,
      '',
      `${location.pathname}?trip=7&payment_intent=${paymentIntent}&payment_intent_client_secret=${secret}&redirect_status=succeeded`,
    );
    const again = fakeStripeJs();
    const back = await fixture<UrcardCheckout>(
      html`<urcard-checkout api-base=${apiBase} publishable-key=${KEY} .timings=${FAST} .stripeLoader=${again.loader}></urcard-checkout>`,
    );
    await onStep(back, 'done');
    expect(location.search, "Stripe's parameters are removed, the page's kept").to.equal('?trip=7');
    await until('the receipt', () => !!$(back, '[part="receipt"]'), 15_000);
    expect($(back, '[part="receipt"]')!.textContent).to.contain('Alipay');
  });

  /**
   * An order on the pay step, then the page left for a redirect that did not pay and opened again with the return
   * URL's parameters for `returned` (the order's own client secret, unless told another): the new widget and its Stripe.
   */
  async function backFromFailedRedirect(returned?: string) {
    const { el, fake, apiBase } = await mountStripe();
    await toPayStep(el);
    await paymentFormReady(el);
    const secret = (fake.calls.elements[0] as { clientSecret: string }).clientSecret;
    el.remove();
    const back = returned ?? secret;
    history.replaceState(
      null,
      '',
      `${location.pathname}?payment_intent=${back.split('_secret_')[0]}&payment_intent_client_secret=${back}&redirect_status=failed`,
    );
    const again = fakeStripeJs();
    const widget = await fixture<UrcardCheckout>(
      html`<urcard-checkout api-base=${apiBase} publishable-key=${KEY} .timings=${FAST} .stripeLoader=${again.loader}></urcard-checkout>`,
    );
    return { back: widget, again, secret };
  }

  it('returns to the pay step after a redirect that did not pay', async () => {
    const { back } = await backFromFailedRedirect();
    // The server shows the client secret only to the card's token; the return URL brings it back to this browser.
    await onStep(back, 'pay');
    await until('the notice', () => !!$(back, '[role="alert"]'));
    expect($(back, '[role="alert"]')!.textContent).to.contain('not completed');
    await paymentFormReady(back);
    expect(location.search).to.equal('');
  });

  it("takes no other payment's client secret from the URL: the unpaid order waits for its card", async () => {
    const { back, again, secret } = await backFromFailedRedirect('pi_other_secret_x');
    await onStep(back, 'card');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(back.currentStep).to.equal('card');
    // Its card verified again, the order resumes with the secret the card token unlocks.
    await enterCard(back, CARDS.active);
    await onStep(back, 'pay');
    await paymentFormReady(back);
    expect((again.calls.elements[0] as { clientSecret: string }).clientSecret).to.equal(secret);
  });
});
