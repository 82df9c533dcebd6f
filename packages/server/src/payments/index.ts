import type { ServerConfig } from '../config.ts';
import type { PaymentProvider } from './provider.ts';
import { SandboxPaymentProvider } from './sandbox.ts';

/** The provider the configuration asks for. Stripe's (and the stripe package) is loaded only in stripe mode. */
export async function createPaymentProvider(config: ServerConfig): Promise<PaymentProvider> {
  if (config.payments === 'sandbox') return new SandboxPaymentProvider();
  const { StripePaymentProvider, stripeOptionsFromConfig } = await import('./stripe.ts');
  return new StripePaymentProvider(stripeOptionsFromConfig(config));
}
