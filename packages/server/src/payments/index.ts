import type { ServerConfig } from '../config.ts';
import type { PaymentProvider } from './provider.ts';
import { SandboxPaymentProvider } from './sandbox.ts';

/** The provider the configuration asks for. */
export async function createPaymentProvider(config: ServerConfig): Promise<PaymentProvider> {
  if (config.payments === 'sandbox') return new SandboxPaymentProvider();
  // The Stripe provider lives in ./stripe.ts (PaymentIntents, refunds, off-session charges, signed webhooks).
  throw new Error(
    'Stripe payments are not available in this build yet: run with --payments sandbox, or pass a paymentProvider to startServer()',
  );
}
