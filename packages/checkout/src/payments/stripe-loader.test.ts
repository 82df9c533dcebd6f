import { expect } from '@open-wc/testing';
import { injectStripeScript, STRIPE_JS_URL, stripeScriptUrl, TRUSTED_TYPES_POLICY } from './stripe-loader.ts';
import { stripeLocale } from './stripe-locale.ts';

describe('Stripe.js loader', () => {
  it('loads Stripe.js through a Trusted Types policy named urcard when the page requires it', () => {
    // This page now enforces Trusted Types for scripts and allows only the `urcard` policy, like a strict partner.
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = `require-trusted-types-for 'script'; trusted-types ${TRUSTED_TYPES_POLICY}`;
    document.head.append(meta);

    const plain = document.createElement('script');
    expect(() => {
      plain.src = STRIPE_JS_URL;
    }, 'a plain string is refused under this policy').to.throw(TypeError);

    const url = stripeScriptUrl();
    expect(url).to.be.instanceOf((window as unknown as { TrustedScriptURL: new () => object }).TrustedScriptURL);
    expect(String(url)).to.equal(STRIPE_JS_URL);

    const script = injectStripeScript();
    expect(script.isConnected).to.equal(true);
    expect(script.src).to.equal(STRIPE_JS_URL);
    expect(injectStripeScript(), 'only one tag').to.equal(script);
    script.remove();
  });

  it('injects the Stripe.js URL that @stripe/stripe-js itself expects (so its loadStripe finds our tag)', async () => {
    const source = await (await fetch('/node_modules/@stripe/stripe-js/dist/pure.mjs')).text();
    const train = STRIPE_JS_URL.split('/')[3];
    expect(source).to.contain(`var RELEASE_TRAIN = '${train}';`);
    expect(source).to.contain("var ORIGIN = 'https://js.stripe.com';");
  });

  it('maps locales to the nearest one Stripe supports', () => {
    expect(stripeLocale('zh-CN')).to.equal('zh');
    expect(stripeLocale('zh-TW')).to.equal('zh-TW');
    expect(stripeLocale('zh-Hant')).to.equal('zh-TW');
    expect(stripeLocale('zh-HK')).to.equal('zh-HK');
    expect(stripeLocale('ja')).to.equal('ja');
    expect(stripeLocale('fr-BE')).to.equal('fr');
    expect(stripeLocale('pt-BR')).to.equal('pt-BR');
    expect(stripeLocale('es-MX')).to.equal('es');
    expect(stripeLocale('tlh')).to.equal('auto');
  });
});
