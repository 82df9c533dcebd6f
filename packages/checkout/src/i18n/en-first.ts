import type { Messages } from './messages.ts';
import { plural } from './plural.ts';

/**
 * English, first part: what the first screen needs (the frame, configuration errors, the card step's form), plus what
 * the frame announces. Bundled. The verified card's summary and the plan, pay and done steps' strings are in
 * `en-rest.ts`, loaded after the first screen; `en.ts` is the whole catalogue. A new key goes here only if the first
 * screen or the frame shows it.
 */
export default {
  widgetLabel: 'Renew your UR card',
  stepNames: { card: 'Card', plan: 'Plan', pay: 'Payment', done: 'Done' },
  progress: (current, total, name) => `Step ${current} of ${total}: ${name}`,
  back: 'Back',
  continue: 'Continue',
  loading: 'Loading…',
  retry: 'Try again',
  contactSupport: 'Contact support',
  stepAnnouncement: (current, total, name) => `Step ${current} of ${total}, ${name}`,

  configErrorTitle: 'This checkout is not set up correctly',
  checkoutUnavailable: 'Checkout is unavailable right now. Please try again later.',
  configErrorInvalid: (attribute, value, expected) => `${attribute}="${value}" is not valid: expected ${expected}.`,
  configErrorMissing: (attribute, expected) => `${attribute} is required: ${expected}.`,

  // The card step's errors; the later steps' come with the rest (`en-rest.ts`).
  errors: {
    generic: 'Something went wrong on our side. Please try again.',
    network_error: 'We could not reach the renewal service. Check your connection and try again.',
    timeout: 'The renewal service took too long to answer. Please try again.',
    rate_limited: 'Too many attempts from this device. Please wait a moment and try again.',
    card_token_invalid: 'Your session has expired for security. Please enter your card again.',
    card_not_renewable: 'This card cannot be renewed online.',
    customer_session_invalid: 'Your saved cards could not be loaded. You can still enter a card below.',
    service_unavailable: 'The renewal service is busy. Please try again in a minute.',
  },
  errorReference: (requestId) => `Reference: ${requestId}`,

  cardHeading: 'Your card',
  cardIntro: 'Enter the number printed on your SIM card (ICCID) and the PIN from your card pack.',
  cardNumberLabel: 'Card number (ICCID)',
  cardNumberHint: '18 to 22 digits, usually starting with 89',
  cardNumberProblems: {
    empty: 'Enter your card number.',
    not_digits: 'A card number contains digits only.',
    length: 'A card number has 18 to 22 digits.',
    check_digit: 'This card number is not valid. Check for a mistyped digit.',
  },
  pinLabel: 'PIN',
  pinHint: '4 to 8 digits',
  pinProblem: 'Enter the 4 to 8 digit PIN from your card pack.',
  verifyButton: 'Check card',
  verifying: 'Checking your card…',
  invalidCredentials: (left) =>
    left === undefined
      ? 'The card number or PIN is not right.'
      : `The card number or PIN is not right. ${plural('en', left, {
          zero: 'The card is now locked for a while.',
          one: 'You have 1 more try before the card is locked for a while.',
          other: 'You have # more tries before the card is locked for a while.',
        })}`,
  cardLocked: (wait) => `Too many wrong PINs: this card is locked for now. Try again in ${wait}.`,
  rateLimited: (wait) => `Too many attempts from this device. Try again in ${wait}.`,
  loadingBoundCards: 'Loading your saved cards…',
  cardStatus: { active: 'Active', expiring: 'Expiring soon', expired: 'Expired', suspended: 'Suspended' },
  cardSummaryHeading: (masked) => `Card ${masked}`,

  // Announced by the frame as an order settles (also on a resumed order, before the done step has loaded).
  phases: { paid: 'Payment confirmed', provisioning: 'Carrier applying the renewal', active: 'Renewal active' },
  completeHeading: 'Your card is renewed',
  failedHeading: 'The renewal did not go through',
} satisfies Partial<Messages>;
