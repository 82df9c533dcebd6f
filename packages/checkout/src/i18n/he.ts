import type { Messages } from './messages.ts';
import { type PluralForms, plural } from './plural.ts';

/**
 * עברית, פנייה בלשון רבים ניטרלית או בשם הפועל כדי לא לבחור מגדר. מונחים: חידוש, חבילה, גלישה, ספק הסלולר,
 * קוד קופון, חיוב. „מושעה” = הספק השעה; אחרי יותר מדי קודי PIN שגויים הכרטיס „נעול”.
 * צורות ריבוי: יחיד, זוגי, ריבוי (Intl.PluralRules). המספר נשאר גלוי.
 */
const p = (n: number, forms: PluralForms) => plural('he', n, forms);
const days = (n: number) => p(n, { one: '# יום', two: '# ימים', other: '# ימים' });
/** The same in a sentence, where one day reads «יום אחד». */
const inDays = (n: number) => (n === 1 ? 'יום אחד' : days(n));

/** A card number, isolated left to right (U+2066 … U+2069) so that its groups keep their order in a sentence. */
const ltr = (text: string) => `\u2066${text}\u2069`;

export default {
  widgetLabel: 'חידוש כרטיס UR',
  stepNames: { card: 'כרטיס', plan: 'חבילה', pay: 'תשלום', done: 'סיום' },
  progress: (current, total, name) => `שלב ${current} מתוך ${total}: ${name}`,
  back: 'חזרה',
  continue: 'המשך',
  loading: 'בטעינה…',
  retry: 'לנסות שוב',
  contactSupport: 'פנייה לתמיכה',
  stepAnnouncement: (current, total, name) => `שלב ${current} מתוך ${total}, ${name}`,

  configErrorTitle: 'הקופה הזו לא הוגדרה כראוי',
  configErrorInvalid: (attribute, value, expected) => `${attribute}="${value}" אינו תקין: הערך הצפוי הוא ${expected}.`,
  configErrorMissing: (attribute, expected) => `חסר ${attribute}, והוא נדרש: ${expected}.`,

  errors: {
    generic: 'משהו השתבש אצלנו. אפשר לנסות שוב.',
    network_error: 'אין חיבור לשירות החידוש. כדאי לבדוק את החיבור לאינטרנט ולנסות שוב.',
    timeout: 'שירות החידוש לא ענה בזמן. אפשר לנסות שוב.',
    rate_limited: 'יותר מדי ניסיונות מהמכשיר הזה. יש להמתין רגע ולנסות שוב.',
    card_token_invalid: 'מטעמי אבטחה, פג תוקף ההפעלה. יש להזין שוב את הכרטיס.',
    card_not_renewable: 'אי אפשר לחדש את הכרטיס הזה באינטרנט.',
    plan_unavailable: 'החבילה הזו כבר לא זמינה. יש לבחור חבילה אחרת.',
    quote_expired: 'תוקף המחיר פג. הבאנו מחיר חדש; כדאי לבדוק אותו ולהמשיך.',
    currency_unsupported: 'אין מחירים במטבע הזה.',
    customer_session_invalid: 'לא הצלחנו לטעון את הכרטיסים השמורים. עדיין אפשר להזין כרטיס למטה.',
    auto_renew_unavailable: 'חידוש אוטומטי אינו זמין לכרטיס הזה.',
    payment_provider_error: 'שירות התשלום אינו מגיב. לא בוצע חיוב; אפשר לנסות שוב.',
    service_unavailable: 'שירות החידוש עמוס כרגע. אפשר לנסות שוב בעוד דקה.',
    promo_invalid: 'קוד הקופון הזה לא קיים. כדאי לבדוק את האיות.',
    promo_expired: 'תוקף קוד הקופון הזה פג.',
    promo_not_applicable: 'קוד הקופון הזה לא חל על החבילה שנבחרה.',
  },
  errorReference: (requestId) => `מספר אסמכתה: ${requestId}`,

  cardHeading: 'הכרטיס שלך',
  cardIntro: 'יש להזין את המספר המודפס על כרטיס ה-SIM (ICCID) ואת קוד ה-PIN מאריזת הכרטיס.',
  cardNumberLabel: 'מספר כרטיס (ICCID)',
  cardNumberHint: '18 עד 22 ספרות, בדרך כלל מתחיל ב-89',
  cardNumberProblems: {
    empty: 'יש להזין את מספר הכרטיס.',
    not_digits: 'מספר כרטיס מכיל ספרות בלבד.',
    length: 'למספר כרטיס יש 18 עד 22 ספרות.',
    check_digit: 'מספר הכרטיס הזה אינו תקין. כדאי לבדוק אם הוקלדה ספרה שגויה.',
  },
  pinLabel: 'קוד PIN',
  pinHint: '4 עד 8 ספרות',
  pinProblem: 'יש להזין את קוד ה-PIN בן 4 עד 8 הספרות מאריזת הכרטיס.',
  verifyButton: 'בדיקת הכרטיס',
  verifying: 'הכרטיס נבדק…',
  invalidCredentials: (left) =>
    left === undefined
      ? 'מספר הכרטיס או קוד ה-PIN שגויים.'
      : `מספר הכרטיס או קוד ה-PIN שגויים. ${p(left, {
          zero: 'הכרטיס נעול עכשיו לזמן מה.',
          one: 'נשאר ניסיון אחד לפני שהכרטיס יינעל לזמן מה.',
          two: 'נשארו # ניסיונות לפני שהכרטיס יינעל לזמן מה.',
          other: 'נשארו # ניסיונות לפני שהכרטיס יינעל לזמן מה.',
        })}`,
  cardLocked: (wait) => `יותר מדי קודי PIN שגויים: הכרטיס נעול כרגע. אפשר לנסות שוב בעוד ${wait}.`,
  rateLimited: (wait) => `יותר מדי ניסיונות מהמכשיר הזה. אפשר לנסות שוב בעוד ${wait}.`,
  boundCardsLegend: 'הכרטיסים השמורים שלך',
  addNewCard: 'הוספת כרטיס חדש',
  boundCardOption: (masked, status, expiry) => `${ltr(masked)} · ${status} · ${expiry}`,
  loadingBoundCards: 'הכרטיסים השמורים נטענים…',
  cardStatus: { active: 'פעיל', expiring: 'יפוג בקרוב', expired: 'פג תוקף', suspended: 'מושעה' },
  cardSummaryHeading: (masked) => `כרטיס ${ltr(masked)}`,
  currentPlan: (name) => `החבילה הנוכחית: ${name}`,
  expiresOn: (date) => `בתוקף עד ${date}`,
  expiredOn: (date) => `פג תוקף ב-${date}`,
  daysLeft: (n) =>
    n > 0
      ? n === 1
        ? 'נותר יום אחד'
        : `נותרו ${days(n)}`
      : n === 0
        ? 'פג היום'
        : n === -1
          ? 'פג אתמול'
          : `פג לפני ${days(-n)}`,
  expiryWarning: (n) =>
    n <= 0
      ? 'תוקף הכרטיס פג. חידוש עכשיו יחזיר את השירות; המספר שלך נשמר.'
      : `תוקף הכרטיס יפוג בעוד ${inDays(n)}. כדאי לחדש עכשיו כדי שהשירות לא ייפסק.`,
  balanceHeading: 'יתרה',
  dataLabel: 'גלישה',
  minutesLabel: 'דקות',
  balanceLeft: (left, total) => `נותרו ${left} מתוך ${total}`,
  balanceStale: (asOf) => (asOf ? `יתרה נכון ל־${asOf}` : 'הרשת לא הגיבה: ייתכן שהיתרה אינה עדכנית'),
  unlimitedData: 'גלישה ללא הגבלה',
  minutesCount: (n) => p(n, { one: '# דקה', other: '# דקות' }),
  smsCount: (n) => p(n, { one: '# הודעה', other: '# הודעות' }),
  coverage: (countries) => `פועל ב: ${countries}`,
  notRenewableTitle: 'אי אפשר לחדש את הכרטיס הזה',
  notRenewableReasons: {
    suspended: 'הכרטיס מושעה, ולכן אי אפשר לחדש אותו עד שההשעיה תוסר.',
    terminated: 'ספק הסלולר סגר את הכרטיס, ואי אפשר להשתמש בו שוב.',
    carrier_hold: 'ספק הסלולר הקפיא את הכרטיס. החידוש מושהה עד שהספק ישחרר אותו.',
  },
  useDifferentCard: 'שימוש בכרטיס אחר',

  planHeading: 'בחירת חבילה',
  planGroupLabel: 'חבילות',
  tierNames: { basic: 'בסיסית', advanced: 'מתקדמת', custom: 'בהתאמה אישית' },
  validity: days,
  features: {
    '4g': '4G/LTE',
    '5g': '5G',
    hotspot: 'נקודה חמה',
    priority: 'עדיפות בגלישה',
    support_24h: 'תמיכה 24 שעות',
    sms_100: '100 הודעות SMS',
  },
  originalPrice: (price) => `במקום ${price}, עכשיו`,
  promotionEnds: (date) => `המבצע מסתיים ב-${date}`,
  customOption: 'חבילה בהרכבה אישית',
  customFrom: (price) => `החל מ-${price}`,
  customData: 'גלישה',
  customMinutes: 'דקות',
  customValidity: 'תוקף',
  customAddOns: 'תוספות',
  noPlans: 'אין כרגע חבילות זמינות לכרטיס הזה.',
  promoLabel: 'קוד קופון',
  promoApply: 'החלה',
  promoRemove: 'הסרה',
  promoApplied: (code, description) => `הקוד ${code} הוחל: ${description}`,
  autoRenewLabel: 'חידוש אוטומטי',
  autoRenewHelp:
    'נחדש את אותה חבילה 3 ימים לפני שהיא מסתיימת ונחייב את אמצעי התשלום שבו משתמשים היום. אפשר לבטל זאת בכל עת.',
  autoRenewNotAllowed: 'אי אפשר לחדש את החבילה הזו אוטומטית.',
  autoRenewWechat: 'אי אפשר לשמור את WeChat Pay לתשלומים עתידיים, ולכן הוא לא מוצע כשהחידוש האוטומטי פעיל.',
  autoRenewWechatOnly: 'חידוש אוטומטי דורש אמצעי תשלום שאפשר לשמור, ואת WeChat Pay אי אפשר לשמור.',
  summaryHeading: 'סיכום',
  subtotal: 'סכום ביניים',
  discount: 'הנחה',
  total: 'סה״כ',
  updatingPrice: 'המחיר מתעדכן…',
  choosePlanFirst: 'יש לבחור חבילה כדי לראות את המחיר.',
  continueToPayment: 'המשך לתשלום',

  payHeading: 'תשלום',
  payFor: (plan, masked) => `${plan} לכרטיס ${ltr(masked)}`,
  amountDue: 'סכום לתשלום',
  payButton: (amount) => `תשלום ${amount}`,
  paying: 'התשלום מעובד…',
  preparingOrder: 'ההזמנה בהכנה…',
  sandboxTitle: 'מצב בדיקה: לא עובר כסף אמיתי',
  sandboxIntro: 'יש לבחור מה יקרה בתשלום הבדיקה הזה.',
  sandboxOutcomes: {
    succeeded: 'הצלחה',
    declined: 'דחייה',
    requires_action: `בקשת אימות ${ltr('3-D Secure')}`,
  },
  challengeHeading: `אימות ${ltr('3-D Secure')} (הדמיה)`,
  challengeIntro: (amount) => `הבנק מבקש לאשר תשלום של ${amount}.`,
  challengeApprove: 'אישור התשלום',
  challengeFail: 'הכשלת האימות',
  paymentErrors: {
    card_declined: 'התשלום נדחה. לא בוצע חיוב; אפשר לנסות שוב או להשתמש באמצעי תשלום אחר.',
    authentication_failed: 'לא ניתן היה לאשר את התשלום מול הבנק. לא בוצע חיוב.',
    processing_error: 'לא ניתן היה לעבד את התשלום. לא בוצע חיוב; אפשר לנסות שוב.',
  },
  paymentMethodsLabel: 'פרטי תשלום',
  loadingPaymentForm: 'טופס התשלום המאובטח נטען…',
  paymentFormFailed: 'לא ניתן היה לטעון את טופס התשלום. כדאי לבדוק את החיבור ולנסות שוב.',
  redirectNotCompleted: 'התשלום לא הושלם, ולא בוצע חיוב. אפשר לנסות שוב.',

  doneHeading: 'הכרטיס מתחדש',
  phases: { paid: 'התשלום אושר', provisioning: 'ספק הסלולר מחיל את החידוש', active: 'החידוש פעיל' },
  phaseState: { done: 'הושלם', current: 'בתהליך', waiting: 'ממתין' },
  stillApplying:
    'זה לוקח יותר זמן מהרגיל. התשלום שלך בטוח, וספק הסלולר עדיין מחיל את החידוש. אפשר לסגור את הדף: החידוש יסתיים מעצמו, ותאריך התפוגה החדש יופיע בכרטיס.',
  completeHeading: 'הכרטיס חודש',
  completeIntro: (date) => `הכול מוכן. הכרטיס בתוקף עכשיו עד ${date}.`,
  receiptHeading: 'קבלה',
  receiptNumber: 'מספר קבלה',
  receiptPlan: 'חבילה',
  receiptCard: 'כרטיס',
  receiptAmount: 'סכום ששולם',
  receiptPaymentMethod: 'שולם באמצעות',
  receiptNewExpiry: 'תאריך תפוגה חדש',
  receiptIssued: 'הונפקה',
  paymentMethodNames: { card: 'כרטיס אשראי', alipay: 'Alipay', wechat_pay: 'WeChat Pay', sandbox: 'תשלום בדיקה' },
  printReceipt: 'הדפסת קבלה',
  saveReceipt: 'שמירת קבלה',
  failedHeading: 'החידוש לא הצליח',
  failureReasons: {
    carrier_rejected: 'ספק הסלולר לא הצליח להחיל את החידוש על הכרטיס הזה.',
    carrier_unavailable: 'לא הייתה גישה לספק הסלולר כדי להחיל את החידוש.',
    payment_failed: 'התשלום לא עבר.',
  },
  refunded: (amount) => `התשלום בסך ${amount} הוחזר. ייתכן שיעברו 5 עד 10 ימים עד שיופיע בדף החשבון.`,
  notCharged: 'לא בוצע חיוב על החידוש הזה.',
  refundPending: (amount) => `התשלום בסך ${amount} מוחזר; אין צורך לעשות דבר.`,
  tryAgain: 'לנסות שוב',
  originalPriceLabel: 'מחיר מקורי',
  autoRenewNotice: (amount, date, leadDays) =>
    `החידוש האוטומטי פעיל: נחייב ${amount} ב־${date}, ${inDays(leadDays)} לפני תאריך התפוגה החדש, ונחדש באותו אופן בכל פעם לאחר מכן. אפשר לבטל אותו בכל עת בדף התשלום הזה.`,
  autoRenewNextCharge: (amount, date) => `פעיל: החיוב הבא ${amount} ב־${date}`,
  autoRenewIsOff: 'כבוי: הכרטיס לא יחויב אוטומטית.',
  autoRenewNeedsPaymentMethod:
    'כדי להפעיל אותו, חדשו פעם אחת עם „חידוש אוטומטי” מסומן: אמצעי התשלום יישמר לחידושים הבאים.',
  autoRenewTurnedOn: 'החידוש האוטומטי פעיל.',
  autoRenewTurnedOff: 'החידוש האוטומטי כבוי.',
  lowDataLabel: 'גם כשהחבילה שלי עומדת להיגמר',
  lowDataHelp:
    'כשנוצלו 90% מהגלישה או כשנותר יום אחד, נחדש שוב את אותה חבילה באמצעי התשלום השמור, עד המגבלה החודשית שלך.',
  lowDataCapLabel: 'מגבלה חודשית',
  lowDataSpent: (spent, cap) => `נוצלו ${spent} מתוך ${cap} החודש`,
  lowDataTurnedOn: 'חידוש כשהגלישה עומדת להיגמר מופעל.',
  lowDataTurnedOff: 'חידוש כשהגלישה עומדת להיגמר כבוי.',
  lowDataCapSet: (cap) => `המגבלה החודשית נקבעה ל־${cap}.`,
  receiptSeller: 'המוכר',
  receiptAutoRenew: 'חידוש אוטומטי',
  checkoutUnavailable: 'התשלום אינו זמין כרגע. נסו שוב מאוחר יותר.',
  renewAnother: 'חידוש כרטיס אחר',
} satisfies Messages;
