import type { ErrorCode } from '@urcard/sdk/enums';
import type { Messages } from './messages.ts';
import { plural } from './plural.ts';

const p = (n: number, one: string, other: string) => plural('en', n, { one, other });

/** Errors that only the plan and pay steps show, merged into `errors` of the first part. */
export const errors = {
  plan_unavailable: 'This plan is no longer available. Please choose another.',
  quote_expired: 'The price has expired. We have fetched a new one; please check it and continue.',
  currency_unsupported: 'Prices are not available in this currency.',
  auto_renew_unavailable: 'Automatic renewal is not available for this card.',
  payment_provider_error: 'The payment service is not answering. You have not been charged; please try again.',
  promo_invalid: 'This promo code does not exist. Check the spelling.',
  promo_expired: 'This promo code has expired.',
  promo_not_applicable: 'This promo code does not apply to the plan you chose.',
} satisfies Partial<Record<ErrorCode, string>>;

/** English, second part: the plan, pay and done steps, loaded with them (see `en-first.ts`). */
export default {
  // The signed-in customer's saved cards (listed once the rest of English has loaded).
  boundCardsLegend: 'Your saved cards',
  addNewCard: 'Add a new card',
  boundCardOption: (masked, status, expiry) => `${masked}, ${status}, ${expiry}`,
  // The verified card's summary in the card step (card-summary.ts, loaded after the first screen).
  currentPlan: (name) => `Current plan: ${name}`,
  expiresOn: (date) => `Expires on ${date}`,
  expiredOn: (date) => `Expired on ${date}`,
  daysLeft: (days) =>
    days > 0
      ? p(days, '1 day left', '# days left')
      : days === 0
        ? 'Expires today'
        : p(-days, 'Expired yesterday', 'Expired # days ago'),
  expiryWarning: (days) =>
    days <= 0
      ? 'Your card has expired. Renew it now to get your service back; your number is kept.'
      : `Your card expires in ${p(days, '1 day', '# days')}. Renew now so your service does not stop.`,
  balanceHeading: 'Balance',
  dataLabel: 'Data',
  minutesLabel: 'Minutes',
  balanceLeft: (left, total) => `${left} of ${total} left`,
  balanceStale: (asOf) =>
    asOf ? `Balance as of ${asOf}` : 'The network did not answer: the balance may be out of date',
  unlimitedData: 'Unlimited data',
  minutesCount: (n) => p(n, '1 minute', '# minutes'),
  smsCount: (n) => p(n, '1 text', '# texts'),
  coverage: (countries) => `Works in ${countries}`,
  notRenewableTitle: 'This card cannot be renewed',
  notRenewableReasons: {
    suspended: 'The card is suspended, so it cannot be renewed until the suspension is lifted.',
    terminated: 'The card has been closed by the carrier and cannot be used again.',
    carrier_hold: 'The carrier has put the card on hold. Renewal is paused until they release it.',
  },
  useDifferentCard: 'Use a different card',

  planHeading: 'Choose a plan',
  planGroupLabel: 'Plans',
  tierNames: { basic: 'Basic', advanced: 'Advanced', custom: 'Custom' },
  validity: (days) => p(days, '1 day', '# days'),
  features: {
    '4g': '4G/LTE',
    '5g': '5G',
    hotspot: 'Hotspot',
    priority: 'Priority data',
    support_24h: '24 h support',
    sms_100: '100 SMS',
  },
  originalPrice: (price) => `Was ${price}, now`,
  promotionEnds: (date) => `Offer ends ${date}`,
  customOption: 'Build your own',
  customFrom: (price) => `From ${price}`,
  customData: 'Data',
  customMinutes: 'Minutes',
  customValidity: 'Valid for',
  customAddOns: 'Add-ons',
  noPlans: 'No plans are available for this card right now.',
  promoLabel: 'Promo code',
  promoApply: 'Apply',
  promoRemove: 'Remove',
  promoApplied: (code, description) => `${code} applied: ${description}`,
  autoRenewLabel: 'Renew automatically',
  autoRenewHelp:
    'We renew the same plan 3 days before it runs out and charge the payment method you use today. You can turn this off at any time.',
  autoRenewNotAllowed: 'This plan cannot renew automatically.',
  autoRenewWechat: 'WeChat Pay cannot be saved for later payments, so it is not offered while automatic renewal is on.',
  autoRenewWechatOnly: 'Automatic renewal needs a payment method that can be saved, and WeChat Pay cannot be.',
  summaryHeading: 'Summary',
  subtotal: 'Subtotal',
  discount: 'Discount',
  total: 'Total',
  updatingPrice: 'Updating the price…',
  choosePlanFirst: 'Choose a plan to see the price.',
  continueToPayment: 'Continue to payment',

  payHeading: 'Payment',
  payFor: (plan, masked) => `${plan} for card ${masked}`,
  amountDue: 'Amount to pay',
  payButton: (amount) => `Pay ${amount}`,
  paying: 'Processing your payment…',
  preparingOrder: 'Preparing your order…',
  sandboxTitle: 'Test mode: no real money moves',
  sandboxIntro: 'Choose what this test payment should do.',
  sandboxOutcomes: {
    succeeded: 'Succeed',
    declined: 'Decline',
    requires_action: 'Ask for a 3-D Secure check',
  },
  challengeHeading: '3-D Secure check (simulated)',
  challengeIntro: (amount) => `Your bank asks you to confirm a payment of ${amount}.`,
  challengeApprove: 'Confirm payment',
  challengeFail: 'Fail the check',
  paymentErrors: {
    card_declined: 'Your payment was declined. You have not been charged; try again or use another payment method.',
    authentication_failed: 'The payment could not be confirmed with your bank. You have not been charged.',
    processing_error: 'The payment could not be processed. You have not been charged; please try again.',
  },
  paymentMethodsLabel: 'Payment details',
  loadingPaymentForm: 'Loading the secure payment form…',
  paymentFormFailed: 'The payment form could not be loaded. Check your connection and try again.',
  redirectNotCompleted: 'The payment was not completed, and you have not been charged. You can try again.',
  originalPriceLabel: 'Original price',
  autoRenewNotice: (amount, date, leadDays) =>
    `Automatic renewal is on: we will charge ${amount} on ${date}, ${p(leadDays, '1 day', '# days')} before the new expiry date, and renew the same way each time after that. You can turn it off in this checkout at any time.`,
  autoRenewNextCharge: (amount, date) => `On: next charge ${amount} on ${date}`,
  autoRenewIsOff: 'Off: your card will not be charged automatically.',
  autoRenewNeedsPaymentMethod:
    'To turn it on, renew once with “Renew automatically” selected: your payment method is then saved for the next renewals.',
  autoRenewTurnedOn: 'Automatic renewal is on.',
  autoRenewTurnedOff: 'Automatic renewal is off.',
  lowDataLabel: 'Also when my data runs low',
  lowDataHelp:
    'When 90% of your data is used or 1 day is left, we renew the same plan again with your saved payment method, up to your monthly limit.',
  lowDataCapLabel: 'Monthly limit',
  lowDataSpent: (spent, cap) => `${spent} of ${cap} used this month`,
  lowDataTurnedOn: 'Renewals when your data runs low are on.',
  lowDataTurnedOff: 'Renewals when your data runs low are off.',
  lowDataCapSet: (cap) => `Monthly limit set to ${cap}.`,

  doneHeading: 'Renewing your card',
  phaseState: { done: 'done', current: 'in progress', waiting: 'waiting' },
  stillApplying:
    'This is taking longer than usual. Your payment is safe and the carrier is still applying the renewal. You can close this page: the renewal will finish on its own and your card will show the new expiry date.',
  completeIntro: (date) => `All set. Your card now runs until ${date}.`,
  receiptHeading: 'Receipt',
  receiptNumber: 'Receipt number',
  receiptPlan: 'Plan',
  receiptCard: 'Card',
  receiptAmount: 'Amount paid',
  receiptPaymentMethod: 'Paid with',
  receiptNewExpiry: 'New expiry date',
  receiptIssued: 'Issued',
  receiptSeller: 'Sold by',
  receiptAutoRenew: 'Automatic renewal',
  paymentMethodNames: { card: 'Card', alipay: 'Alipay', wechat_pay: 'WeChat Pay', sandbox: 'Test payment' },
  printReceipt: 'Print receipt',
  saveReceipt: 'Save receipt',
  failureReasons: {
    carrier_rejected: 'The carrier could not apply the renewal to this card.',
    carrier_unavailable: 'The carrier could not be reached to apply the renewal.',
    payment_failed: 'The payment did not go through.',
  },
  refunded: (amount) =>
    `Your payment of ${amount} has been refunded. It may take 5 to 10 days to appear on your statement.`,
  notCharged: 'You have not been charged for this renewal.',
  refundPending: (amount) => `Your payment of ${amount} is being refunded; you do not need to do anything.`,
  tryAgain: 'Try again',
  renewAnother: 'Renew another card',
} satisfies Partial<Messages>;
