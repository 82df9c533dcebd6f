import type { Stripe, StripeConstructorOptions, StripeElementsOptions } from '@stripe/stripe-js';
import type { StripeLoader } from '../payments/stripe-loader.ts';
import { stripePays } from './env.ts';

export interface ConfirmCall {
  elements: unknown;
  confirmParams: { return_url: string };
  redirect: string;
}

/**
 * A stand-in for the `Stripe` object Stripe.js makes (Stripe's servers are out of reach here). It records what
 * the widget asks of it; `confirmPayment` does what Stripe would: the PaymentIntent moves at (the fake of)
 * Stripe's API, and Stripe's webhook reaches the reference server.
 */
export function fakeStripeJs(options: { paymentMethod?: string; declineWith?: string } = {}) {
  const calls = {
    load: [] as { key: string; options: StripeConstructorOptions | undefined }[],
    elements: [] as StripeElementsOptions[],
    create: [] as { type: string; options: unknown }[],
    mount: [] as HTMLElement[],
    confirm: [] as ConfirmCall[],
    destroyed: 0,
  };
  let clientSecret = '';
  const element = {
    handlers: new Map<string, () => void>(),
    on(event: string, handler: () => void) {
      this.handlers.set(event, handler);
      return this;
    },
    mount(target: HTMLElement) {
      calls.mount.push(target);
      // Stripe puts an iframe in the target; its `ready` event follows a moment later.
      const frame = document.createElement('iframe');
      frame.title = 'Secure payment input frame';
      frame.style.blockSize = '240px';
      frame.style.border = '0';
      target.append(frame);
      setTimeout(() => this.handlers.get('ready')?.(), 20);
    },
    destroy() {
      calls.destroyed++;
    },
  };
  const elements = {
    create(type: string, createOptions: unknown) {
      calls.create.push({ type, options: createOptions });
      return element;
    },
  };
  const stripe = {
    elements(elementsOptions: StripeElementsOptions & { clientSecret: string }) {
      calls.elements.push(elementsOptions);
      clientSecret = elementsOptions.clientSecret;
      return elements;
    },
    async confirmPayment(confirm: ConfirmCall) {
      calls.confirm.push(confirm);
      if (options.declineWith) return { error: { type: 'card_error', message: options.declineWith } };
      const paymentIntentId = clientSecret.split('_secret_')[0]!;
      const { status } = await stripePays(paymentIntentId, options.paymentMethod);
      return { paymentIntent: { id: paymentIntentId, status } };
    },
  };
  const loader: StripeLoader = async (key, loadOptions) => {
    calls.load.push({ key, options: loadOptions });
    return stripe as unknown as Stripe;
  };
  return { loader, calls };
}
