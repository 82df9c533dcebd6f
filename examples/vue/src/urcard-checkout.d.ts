// Types for <urcard-checkout> in Vue templates: its properties as props, its events for `@urcard-…` listeners.
// Vue reads a component's props from `$props` and its events from `$emit`; these two exist only for the type
// checker (vue-tsc, Volar), never on the element itself.
import type { UrcardCheckout } from '@urcard/checkout';
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';

/** The properties a template may set: the attributes, plus `appearance`, `messages` and `client`. */
type CheckoutProps = Pick<
  UrcardCheckout,
  | 'apiBase'
  | 'publishableKey'
  | 'locale'
  | 'currency'
  | 'cardNumber'
  | 'customerSession'
  | 'plan'
  | 'tiers'
  | 'promoCode'
  | 'paymentMethods'
  | 'theme'
  | 'returnUrl'
  | 'supportUrl'
  | 'partnerRef'
  | 'autoRenew'
  | 'client'
  | 'appearance'
  | 'messages'
>;

/** The widget's events, each with its event class, from the map @urcard/checkout declares. */
type CheckoutEvents = {
  [Name in keyof GlobalEventHandlersEventMap as Name extends `urcard-${string}` ? Name : never]: (
    event: GlobalEventHandlersEventMap[Name],
  ) => void;
};

type UrcardCheckoutComponent = new () => UrcardCheckout & {
  /** @deprecated For template type checking only: not a property of the element. */
  $props: HTMLAttributes & Partial<CheckoutProps> & PublicProps;
  /** @deprecated For template type checking only: not a property of the element. */
  $emit: EmitFn<CheckoutEvents>;
};

declare module 'vue' {
  interface GlobalComponents {
    'urcard-checkout': UrcardCheckoutComponent;
  }
}
