// Classes, types and events of <urcard-checkout>. No side effects: `import '@urcard/checkout/define.js'` registers.

export { AutoRenewChangeEvent } from './auto-renew-change-event.ts';
export { UrcardCheckout } from './checkout/checkout.element.ts';
export type { CheckoutConfig, ConfigProblem } from './checkout/config.ts';
export { ATTRIBUTES, DEFAULT_CONFIG, parseConfig } from './checkout/config.ts';
export * from './events.ts';
export { availableLocales, LOCALE_LOADERS, matchLocale } from './i18n/locales.ts';
export type { I18n } from './i18n/localize.ts';
export type { MessageOverrides, Messages, Step } from './i18n/messages.ts';
export { STEPS } from './i18n/messages.ts';
export { plural } from './i18n/plural.ts';
export type { StripeLoader } from './payments/stripe-loader.ts';
export { STRIPE_JS_URL, TRUSTED_TYPES_POLICY } from './payments/stripe-loader.ts';
export { UrcardCardStep } from './steps/card-step.element.ts';
export { UrcardDoneStep } from './steps/done-step.element.ts';
export { UrcardPayStep } from './steps/pay-step.element.ts';
export { UrcardPlanStep } from './steps/plan-step.element.ts';
export type { ResolvedTokens } from './theme/stripe-appearance.ts';
export { toStripeAppearance } from './theme/stripe-appearance.ts';
export type { Appearance, Theme, TokenName } from './theme/tokens.ts';
export { THEMES, TOKENS } from './theme/tokens.ts';
export { VERSION } from './version.ts';
