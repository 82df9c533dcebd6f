import type { CardSession, Order, Quote, UrcardClient } from '@urcard/sdk';
import type { CheckoutErrorCode } from '../events.ts';
import type { Step } from '../i18n/messages.ts';
import type { StripeLoader } from '../payments/stripe-loader.ts';

/** What the customer chose on the plan step. */
export interface Selection {
  quote: Quote;
  autoRenew: boolean;
  /** Creating the order found the quote expired: the plan step quotes again and says so. */
  expired?: boolean;
}

/** Timings that tests shorten. */
export interface Timings {
  /** When the done step says the renewal is still being applied and the page may be closed (ms). Default 20 s. */
  stillApplyingAfterMs: number;
  /** Poll schedule of `orders.waitForCompletion`; the SDK's defaults when absent. */
  pollIntervalMs?: number;
}

/**
 * How a step talks to the checkout that holds it (`CheckoutFlow`, handed down as `flowContext`): the flow keeps the
 * card session, selection and order, fires the public events and asks the checkout to move between steps.
 */
export interface Flow {
  readonly session: CardSession | null;
  readonly selection: Selection | null;
  readonly order: Order | null;
  readonly redirectFailed: boolean;
  announce(text: string): void;
  /** Fires `urcard-error` for an error that stops the customer. */
  reportError(error: unknown, code?: CheckoutErrorCode): void;
  cardVerified(session: CardSession): void;
  forgetCard(): void;
  goTo(step: Step): void;
  planChosen(selection: Selection, planName: string): void;
  /** The plan step closes without going on (Back): its choice is kept for when the customer returns. */
  keepChoice(selection: Selection): void;
  orderChanged(order: Order): void;
  /** Fires the cancelable `urcard-before-pay`; false when the page cancelled it. */
  beforePay(order: Order): boolean;
  paymentSucceeded(order: Order): void;
  /** Polls the order until it settles; every change goes through `orderChanged`. */
  follow(client: UrcardClient, orderId: string, signal: AbortSignal): Promise<Order>;
  tryAgain(): void;
  restart(): void;
  /** A replacement for the default Stripe.js loader (tests, pages that load Stripe.js themselves). */
  readonly stripeLoader: StripeLoader | undefined;
  readonly timings: Timings;
  /** A light-DOM element of the checkout, projected into the pay step, where Stripe can mount its iframe. */
  paymentElementHost(): HTMLElement;
  releasePaymentElementHost(): void;
}
