import type { Stripe, StripeConstructorOptions } from '@stripe/stripe-js';

/** Loads Stripe.js and returns a `Stripe` instance. The checkout's `stripeLoader` property replaces it in tests. */
export type StripeLoader = (publishableKey: string, options?: StripeConstructorOptions) => Promise<Stripe | null>;

/**
 * The Stripe.js that `@stripe/stripe-js` 10 expects (its release train). We add the script tag ourselves, so
 * that under `require-trusted-types-for 'script'` its URL goes through our `urcard` policy; the package's
 * `loadStripe` then finds the tag and waits for it instead of adding its own.
 */
export const STRIPE_JS_URL = 'https://js.stripe.com/endive/stripe.js';

/** The Trusted Types policy partners allow in their CSP: `trusted-types urcard`. */
export const TRUSTED_TYPES_POLICY = 'urcard';

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL(url: string): string },
  ): {
    createScriptURL(url: string): unknown;
  };
}

let policy: { createScriptURL(url: string): unknown } | null | undefined;

/** The script URL, as a TrustedScriptURL from the `urcard` policy where Trusted Types exist. */
export function stripeScriptUrl(): string {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (policy === undefined) {
    try {
      policy =
        tt?.createPolicy(TRUSTED_TYPES_POLICY, {
          // Only Stripe.js may be loaded through this policy.
          createScriptURL: (url) => {
            if (url !== STRIPE_JS_URL) throw new TypeError(`The ${TRUSTED_TYPES_POLICY} policy only loads Stripe.js`);
            return url;
          },
        }) ?? null;
    } catch {
      // The page's CSP does not allow a policy named `urcard` (or one exists already): fall back to the plain URL,
      // which works wherever Trusted Types are not enforced.
      policy = null;
    }
  }
  return (policy ? policy.createScriptURL(STRIPE_JS_URL) : STRIPE_JS_URL) as string;
}

function findScript(): HTMLScriptElement | null {
  return document.querySelector<HTMLScriptElement>('script[src^="https://js.stripe.com/"]');
}

/** Adds the Stripe.js script tag (once), through the Trusted Types policy. */
export function injectStripeScript(): HTMLScriptElement {
  const existing = findScript();
  if (existing) return existing;
  const script = document.createElement('script');
  script.src = stripeScriptUrl();
  script.async = true;
  // A failed load leaves nothing behind, so that the next attempt adds a fresh tag through the policy again.
  script.addEventListener('error', () => script.remove(), { once: true });
  (document.head ?? document.body).append(script);
  return script;
}

/**
 * The default loader: Stripe.js only when an order is paid through Stripe, never at import time, and never
 * bundled (`@stripe/stripe-js/pure` arrives in its own chunk).
 */
export const loadStripeJs: StripeLoader = async (publishableKey, options) => {
  if (!(globalThis as { Stripe?: unknown }).Stripe) injectStripeScript();
  const { loadStripe } = await import('@stripe/stripe-js/dist/pure.mjs');
  return loadStripe(publishableKey, options);
};
