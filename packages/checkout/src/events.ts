import type { CardStatus, ErrorCode, Money, OrderStatus, PaymentProvider, PlanTier } from '@urcard/sdk';
import type { AutoRenewChangeEvent } from './auto-renew-change-event.ts';
import type { OrderFailureCode, Step } from './i18n/messages.ts';

const init = { bubbles: true, composed: true } as const;

/** Fired once the widget is configured and showing its first step. */
export class ReadyEvent extends Event {
  constructor(readonly detail: { step: Step; locale: string; version: string }) {
    super('urcard-ready', init);
  }
}

/** Fired when another step opens (forward, Back, or a resumed order). */
export class StepChangeEvent extends Event {
  constructor(readonly detail: { step: Step; previous: Step | null; index: number }) {
    super('urcard-step-change', init);
  }
}

/** Fired when the card and PIN are accepted (or a bound card is chosen). Never carries the card token. */
export class CardVerifiedEvent extends Event {
  constructor(
    readonly detail: {
      cardId: string;
      maskedNumber: string;
      status: CardStatus;
      expiresAt: string;
      daysLeft: number;
      renewable: boolean;
      partnerRef: string | null;
    },
  ) {
    super('urcard-card-verified', init);
  }
}

/** Fired when the customer continues from the plan step with a server quote. */
export class PlanSelectedEvent extends Event {
  constructor(
    readonly detail: {
      planId: string | null;
      tier: PlanTier;
      name: string;
      quoteId: string;
      total: Money;
      promoCode: string | null;
      autoRenew: boolean;
      partnerRef: string | null;
    },
  ) {
    super('urcard-plan-selected', init);
  }
}

/** Fired just before a payment is sent. Call `preventDefault()` to stop it (e.g. terms not accepted). */
export class BeforePayEvent extends Event {
  constructor(
    readonly detail: { orderId: string; amount: Money; provider: PaymentProvider; partnerRef: string | null },
  ) {
    super('urcard-before-pay', { ...init, cancelable: true });
  }
}

/** Fired when the payment is accepted; the carrier has not applied the renewal yet. */
export class PaymentSucceededEvent extends Event {
  constructor(readonly detail: { orderId: string; amount: Money; status: OrderStatus; partnerRef: string | null }) {
    super('urcard-payment-succeeded', init);
  }
}

/** Fired when the carrier has applied the renewal. */
export class RenewalCompleteEvent extends Event {
  constructor(
    readonly detail: {
      orderId: string;
      amount: Money;
      expiresAt: string;
      receiptNumber: string;
      partnerRef: string | null;
    },
  ) {
    super('urcard-renewal-complete', init);
  }
}

/** Fired when a paid renewal fails for good; `refunded` says whether the money went back. */
export class RenewalFailedEvent extends Event {
  constructor(
    readonly detail: {
      orderId: string;
      code: OrderFailureCode;
      message: string;
      refunded: boolean;
      partnerRef: string | null;
    },
  ) {
    super('urcard-renewal-failed', init);
  }
}

// `urcard-auto-renew-change` (AutoRenewChangeEvent) is typed in the map below, its class in its own module, exported
// by index.ts: only the auto-renew switch's chunk fires it, and a re-export here would put it in the first download.

/**
 * Codes of `urcard-error`: the API's and the SDK's, plus `invalid_config` for a wrong attribute or property and
 * `unsupported_locale` for a `locale` the widget has no catalogue of (it shows the fallback the message names).
 */
export type CheckoutErrorCode = ErrorCode | 'invalid_config' | 'payment_form_unavailable' | 'unsupported_locale';

/** Fired for a wrong configuration and for errors that stop the customer. */
export class UrcardErrorEvent extends Event {
  constructor(
    readonly detail: {
      code: CheckoutErrorCode;
      message: string;
      /** The attribute (or property) at fault, for `invalid_config` and `unsupported_locale`. */
      attribute?: string;
      step: Step | null;
      requestId: string | null;
    },
  ) {
    super('urcard-error', init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'urcard-ready': ReadyEvent;
    'urcard-step-change': StepChangeEvent;
    'urcard-card-verified': CardVerifiedEvent;
    'urcard-plan-selected': PlanSelectedEvent;
    'urcard-before-pay': BeforePayEvent;
    'urcard-payment-succeeded': PaymentSucceededEvent;
    'urcard-renewal-complete': RenewalCompleteEvent;
    'urcard-renewal-failed': RenewalFailedEvent;
    'urcard-auto-renew-change': AutoRenewChangeEvent;
    'urcard-error': UrcardErrorEvent;
  }
}
