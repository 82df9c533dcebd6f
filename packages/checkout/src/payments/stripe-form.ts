import type { Stripe, StripeElements, StripePaymentElement } from '@stripe/stripe-js';
import { resolveTokens, toStripeAppearance } from '../theme/stripe-appearance.ts';
import type { StripeLoader } from './stripe-loader.ts';
import { stripeLocale } from './stripe-locale.ts';

/** Stripe's Payment Element, mounted and ready to confirm. */
export interface StripeForm {
  stripe: Stripe;
  elements: StripeElements;
  element: StripePaymentElement;
}

export interface StripeFormOptions {
  load: StripeLoader;
  publishableKey: string;
  clientSecret: string;
  /** The widget's locale; Stripe gets the closest it supports. */
  locale: string;
  /** An element of the pay step whose computed style gives the theme tokens Stripe's Appearance API takes. */
  probe: HTMLElement;
  /** The light-DOM element Stripe mounts its iframe in. */
  host: () => HTMLElement;
  onReady: () => void;
  signal: AbortSignal;
}

/** Loads Stripe.js and mounts the Payment Element for an order's client secret, themed like the widget. */
export async function mountStripeForm(options: StripeFormOptions): Promise<StripeForm> {
  const { load, publishableKey, clientSecret, locale, signal } = options;
  const stripe = await load(publishableKey, { locale: stripeLocale(locale) });
  signal.throwIfAborted();
  if (!stripe) throw new Error('Stripe.js is not available here');
  const elements = stripe.elements({
    clientSecret,
    appearance: toStripeAppearance(resolveTokens(options.probe)),
    locale: stripeLocale(locale),
  });
  const element = elements.create('payment', { layout: 'tabs' });
  element.on('ready', options.onReady);
  element.mount(options.host());
  signal.addEventListener('abort', () => element.destroy());
  return { stripe, elements, element };
}
