// <urcard-checkout> for React: the element's properties as typed props, its events as typed `on…` callbacks.
// Importing this module registers the element (through `@urcard/checkout/define.js`).
import { createComponent, type EventName } from '@lit/react';
import {
  type AutoRenewChangeEvent,
  type BeforePayEvent,
  type CardVerifiedEvent,
  type PaymentSucceededEvent,
  type PlanSelectedEvent,
  type ReadyEvent,
  type RenewalCompleteEvent,
  type RenewalFailedEvent,
  type StepChangeEvent,
  UrcardCheckout as UrcardCheckoutElement,
  type UrcardErrorEvent,
} from '@urcard/checkout';
import '@urcard/checkout/define.js';
import * as React from 'react';

export type {
  Appearance,
  AutoRenewChangeEvent,
  BeforePayEvent,
  CardVerifiedEvent,
  CheckoutErrorCode,
  MessageOverrides,
  PaymentSucceededEvent,
  PlanSelectedEvent,
  ReadyEvent,
  RenewalCompleteEvent,
  RenewalFailedEvent,
  Step,
  StepChangeEvent,
  Theme,
  UrcardErrorEvent,
} from '@urcard/checkout';
export { UrcardCheckoutElement };

/** React prop name → the element's event, typed with its event class. */
export const events = {
  onUrcardReady: 'urcard-ready' as EventName<ReadyEvent>,
  onUrcardStepChange: 'urcard-step-change' as EventName<StepChangeEvent>,
  onUrcardCardVerified: 'urcard-card-verified' as EventName<CardVerifiedEvent>,
  onUrcardPlanSelected: 'urcard-plan-selected' as EventName<PlanSelectedEvent>,
  onUrcardBeforePay: 'urcard-before-pay' as EventName<BeforePayEvent>,
  onUrcardPaymentSucceeded: 'urcard-payment-succeeded' as EventName<PaymentSucceededEvent>,
  onUrcardRenewalComplete: 'urcard-renewal-complete' as EventName<RenewalCompleteEvent>,
  onUrcardRenewalFailed: 'urcard-renewal-failed' as EventName<RenewalFailedEvent>,
  onUrcardAutoRenewChange: 'urcard-auto-renew-change' as EventName<AutoRenewChangeEvent>,
  onUrcardError: 'urcard-error' as EventName<UrcardErrorEvent>,
} as const;

/**
 * The renewal checkout as a React component. Props are set as properties on the element (so `appearance`,
 * `messages` and `client` take objects), and `on…` props listen to its `urcard-*` events:
 *
 * ```tsx
 * <UrcardCheckout apiBase="https://api.example" publishableKey="pk_test_demo" theme="dark"
 *   onUrcardRenewalComplete={(e) => console.log(e.detail.receiptNumber)} />
 * ```
 */
export const UrcardCheckout = createComponent({
  tagName: 'urcard-checkout',
  elementClass: UrcardCheckoutElement,
  react: React,
  events,
  displayName: 'UrcardCheckout',
});

/** Every prop of `<UrcardCheckout>`, including `ref` (to the element, for `reset()`). */
export type UrcardCheckoutProps = React.ComponentProps<typeof UrcardCheckout>;
