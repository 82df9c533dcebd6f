import type {
  CardNumberProblem,
  CardStatus,
  ErrorCode,
  NotRenewableReason,
  ORDER_FAILURE_CODES,
  PAYMENT_ERROR_CODES,
  PaymentMethodType,
  PlanTier,
  SandboxOutcome,
} from '@urcard/sdk';

/** The four steps of the checkout, in order. */
export const STEPS = ['card', 'plan', 'pay', 'done'] as const;
export type Step = (typeof STEPS)[number];

export type PaymentErrorCode = (typeof PAYMENT_ERROR_CODES)[number];
export type OrderFailureCode = (typeof ORDER_FAILURE_CODES)[number];

/**
 * Every string the widget shows, for one locale.
 *
 * Translators: copy `en.ts` to `<locale>.ts`, translate the values and keep `satisfies Messages` at the end so the
 * compiler lists anything missing. Functions receive values that are already formatted for the locale (money,
 * dates, data sizes) plus the raw counts that plural forms need; use `plural()` from `./plural.ts` for those.
 * Write for a traveller renewing a phone card, not word for word from English.
 */
export interface Messages {
  // frame
  /** Accessible name of the whole widget. */
  widgetLabel: string;
  stepNames: Record<Step, string>;
  /** "Step 2 of 4: Plan" */
  progress: (current: number, total: number, name: string) => string;
  back: string;
  continue: string;
  loading: string;
  retry: string;
  /** Link text for the partner's support page. */
  contactSupport: string;
  /** Announced to screen readers when a step opens. */
  stepAnnouncement: (current: number, total: number, name: string) => string;

  // configuration errors (seen by the partner's developers)
  configErrorTitle: string;
  /** What the customer sees, under a live key, when the widget is set up wrongly (the detail goes to the developer). */
  checkoutUnavailable: string;
  configErrorInvalid: (attribute: string, value: string, expected: string) => string;
  configErrorMissing: (attribute: string, expected: string) => string;

  // errors
  errors: Partial<Record<ErrorCode, string>> & { generic: string };
  /** Shown under an error so support can find the request. */
  errorReference: (requestId: string) => string;

  // card step
  cardHeading: string;
  cardIntro: string;
  cardNumberLabel: string;
  cardNumberHint: string;
  cardNumberProblems: Record<CardNumberProblem, string>;
  pinLabel: string;
  pinHint: string;
  pinProblem: string;
  verifyButton: string;
  verifying: string;
  /** Wrong PIN or unknown card: never say which. */
  invalidCredentials: (attemptsRemaining: number | undefined) => string;
  /** `wait` is formatted as m:ss. */
  cardLocked: (wait: string) => string;
  rateLimited: (wait: string) => string;
  boundCardsLegend: string;
  addNewCard: string;
  boundCardOption: (maskedNumber: string, status: string, expiry: string) => string;
  loadingBoundCards: string;
  cardStatus: Record<CardStatus, string>;
  cardSummaryHeading: (maskedNumber: string) => string;
  currentPlan: (name: string) => string;
  expiresOn: (date: string) => string;
  expiredOn: (date: string) => string;
  /** Positive: days left; zero: today; negative: days since expiry. */
  daysLeft: (days: number) => string;
  expiryWarning: (days: number) => string;
  balanceHeading: string;
  dataLabel: string;
  minutesLabel: string;
  /** "1.2 GB of 5 GB left" */
  balanceLeft: (left: string, total: string) => string;
  /**
   * The balance is the last known one (the network did not answer just now): "Balance as of Dec 1, 2026, 2:05 PM"
   * (`asOf` formatted), or without a time when there has been no answer yet.
   */
  balanceStale: (asOf: string | null) => string;
  unlimitedData: string;
  minutesCount: (minutes: number) => string;
  smsCount: (sms: number) => string;
  coverage: (countries: string) => string;
  notRenewableTitle: string;
  notRenewableReasons: Record<NotRenewableReason, string>;
  useDifferentCard: string;

  // plan step
  planHeading: string;
  planGroupLabel: string;
  tierNames: Record<PlanTier, string>;
  validity: (days: number) => string;
  /** Localised names of plan feature codes; unknown codes show the server's label. */
  features: Partial<Record<string, string>>;
  /** Visually hidden before the struck-through price. */
  originalPrice: (price: string) => string;
  promotionEnds: (date: string) => string;
  customOption: string;
  customFrom: (price: string) => string;
  customData: string;
  customMinutes: string;
  customValidity: string;
  customAddOns: string;
  noPlans: string;
  promoLabel: string;
  promoApply: string;
  promoRemove: string;
  promoApplied: (code: string, description: string) => string;
  autoRenewLabel: string;
  autoRenewHelp: string;
  autoRenewNotAllowed: string;
  autoRenewWechat: string;
  autoRenewWechatOnly: string;
  summaryHeading: string;
  subtotal: string;
  discount: string;
  total: string;
  updatingPrice: string;
  choosePlanFirst: string;
  continueToPayment: string;

  // pay step
  payHeading: string;
  payFor: (plan: string, maskedNumber: string) => string;
  amountDue: string;
  payButton: (amount: string) => string;
  paying: string;
  preparingOrder: string;
  sandboxTitle: string;
  sandboxIntro: string;
  sandboxOutcomes: Record<SandboxOutcome, string>;
  challengeHeading: string;
  challengeIntro: (amount: string) => string;
  challengeApprove: string;
  challengeFail: string;
  paymentErrors: Record<PaymentErrorCode, string>;
  paymentMethodsLabel: string;
  loadingPaymentForm: string;
  paymentFormFailed: string;
  redirectNotCompleted: string;
  /** The price before the discount (pay step, receipt). */
  originalPriceLabel: string;
  /**
   * Before paying with auto-renew on: the next charge, when (`leadDays` before the new expiry, on `date`), how to stop.
   * All three come from the server.
   */
  autoRenewNotice: (amount: string, date: string, leadDays: number) => string;
  /** Auto-renew is on: done step, receipt and card summary. */
  autoRenewNextCharge: (amount: string, date: string) => string;
  autoRenewIsOff: string;
  /** Why the card summary's switch cannot turn auto-renew on. */
  autoRenewNeedsPaymentMethod: string;
  /** Announced when the card summary's switch has changed it. */
  autoRenewTurnedOn: string;
  autoRenewTurnedOff: string;
  /** The card summary's "also when my data runs low" checkbox (top-ups on the carrier's low-data notice). */
  lowDataLabel: string;
  /** What it does: at 90 % used or 1 day left, the same plan again, with the saved method, up to the cap. */
  lowDataHelp: string;
  /** The select of the monthly cap. */
  lowDataCapLabel: string;
  /** This month's low-data renewals against the cap (both formatted money). */
  lowDataSpent: (spent: string, cap: string) => string;
  /** Announced when the checkbox or the cap has changed. */
  lowDataTurnedOn: string;
  lowDataTurnedOff: string;
  lowDataCapSet: (cap: string) => string;

  // done step
  doneHeading: string;
  phases: { paid: string; provisioning: string; active: string };
  phaseState: { done: string; current: string; waiting: string };
  stillApplying: string;
  completeHeading: string;
  completeIntro: (newExpiry: string) => string;
  receiptHeading: string;
  receiptNumber: string;
  receiptPlan: string;
  receiptCard: string;
  receiptAmount: string;
  receiptPaymentMethod: string;
  receiptNewExpiry: string;
  receiptIssued: string;
  /** The partner that sold the renewal. */
  receiptSeller: string;
  receiptAutoRenew: string;
  paymentMethodNames: Record<PaymentMethodType | 'sandbox', string>;
  printReceipt: string;
  saveReceipt: string;
  failedHeading: string;
  failureReasons: Record<OrderFailureCode, string>;
  refunded: (amount: string) => string;
  /** The payment never went through, so there is nothing to refund. */
  notCharged: string;
  refundPending: (amount: string) => string;
  tryAgain: string;
  renewAnother: string;
}

/** Overrides of any string, per locale: `{ en: { payButton: (a) => `Renew for ${a}` } }`. */
export type MessageOverrides = Partial<Record<string, Partial<Messages>>>;
