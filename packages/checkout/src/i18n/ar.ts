import type { Messages } from './messages.ts';
import { type PluralForms, plural } from './plural.ts';

/**
 * العربية الفصحى المعاصرة، بصيغة المخاطَب المحايدة. المصطلحات: تجديد، باقة، بيانات، مشغّل الشبكة، رمز ترويجي،
 * خصم المبلغ. «موقوفة» = أوقفها المشغّل؛ بعد محاولات PIN خاطئة كثيرة تكون البطاقة «مقفلة».
 * ست صيغ للجمع (صفر، مفرد، مثنى، قلة 3–10، كثرة 11–99، وغيرها 100+): الأرقام تبقى ظاهرة لأن الواجهة تعرضها.
 */
const p = (n: number, forms: PluralForms) => plural('ar', n, forms);
const days = (n: number) =>
  p(n, { zero: '# يوم', one: '# يوم', two: '# يومان', few: '# أيام', many: '# يومًا', other: '# يوم' });
/** The same in a sentence, where one day reads «يوم واحد». */
const inDays = (n: number) => (n === 1 ? 'يوم واحد' : days(n));

/** A card number, isolated left to right (U+2066 … U+2069) so that its groups keep their order in a sentence. */
const ltr = (text: string) => `\u2066${text}\u2069`;

export default {
  widgetLabel: 'تجديد بطاقة UR',
  stepNames: { card: 'البطاقة', plan: 'الباقة', pay: 'الدفع', done: 'تم' },
  progress: (current, total, name) => `الخطوة ${current} من ${total}: ${name}`,
  back: 'رجوع',
  continue: 'متابعة',
  loading: 'جارٍ التحميل…',
  retry: 'إعادة المحاولة',
  contactSupport: 'التواصل مع الدعم',
  stepAnnouncement: (current, total, name) => `الخطوة ${current} من ${total}، ${name}`,

  configErrorTitle: 'لم يُضبط هذا الدفع بشكل صحيح',
  configErrorInvalid: (attribute, value, expected) => `القيمة ${attribute}="${value}" غير صالحة: المتوقع ${expected}.`,
  configErrorMissing: (attribute, expected) => `السمة ${attribute} مطلوبة: ${expected}.`,

  errors: {
    generic: 'حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى.',
    network_error: 'تعذّر الوصول إلى خدمة التجديد. تحقّق من اتصالك ثم حاول مرة أخرى.',
    timeout: 'استغرقت خدمة التجديد وقتًا طويلًا في الرد. يُرجى المحاولة مرة أخرى.',
    rate_limited: 'محاولات كثيرة جدًا من هذا الجهاز. انتظر قليلًا ثم حاول مرة أخرى.',
    card_token_invalid: 'انتهت جلستك حفاظًا على الأمان. يُرجى إدخال بطاقتك مرة أخرى.',
    card_not_renewable: 'لا يمكن تجديد هذه البطاقة عبر الإنترنت.',
    plan_unavailable: 'لم تعد هذه الباقة متاحة. يُرجى اختيار باقة أخرى.',
    quote_expired: 'انتهت صلاحية السعر. جلبنا سعرًا جديدًا؛ يُرجى مراجعته ثم المتابعة.',
    currency_unsupported: 'الأسعار غير متاحة بهذه العملة.',
    customer_session_invalid: 'تعذّر تحميل بطاقاتك المحفوظة. لا يزال بإمكانك إدخال بطاقة أدناه.',
    auto_renew_unavailable: 'التجديد التلقائي غير متاح لهذه البطاقة.',
    payment_provider_error: 'خدمة الدفع لا تستجيب. لم يُخصم منك أي مبلغ؛ يُرجى المحاولة مرة أخرى.',
    service_unavailable: 'خدمة التجديد مشغولة. يُرجى المحاولة بعد دقيقة.',
    promo_invalid: 'هذا الرمز الترويجي غير موجود. تحقّق من كتابته.',
    promo_expired: 'انتهت صلاحية هذا الرمز الترويجي.',
    promo_not_applicable: 'لا ينطبق هذا الرمز الترويجي على الباقة التي اخترتها.',
  },
  errorReference: (requestId) => `المرجع: ${requestId}`,

  cardHeading: 'بطاقتك',
  cardIntro: 'أدخل الرقم المطبوع على شريحة SIM (رقم ICCID) ورمز PIN الموجود في عبوة البطاقة.',
  cardNumberLabel: 'رقم البطاقة (ICCID)',
  cardNumberHint: 'من 18 إلى 22 رقمًا، ويبدأ عادةً بـ 89',
  cardNumberProblems: {
    empty: 'أدخل رقم بطاقتك.',
    not_digits: 'يتكوّن رقم البطاقة من أرقام فقط.',
    length: 'يتكوّن رقم البطاقة من 18 إلى 22 رقمًا.',
    check_digit: 'رقم البطاقة هذا غير صالح. تحقّق من عدم وجود رقم مكتوب خطأً.',
  },
  pinLabel: 'رمز PIN',
  pinHint: 'من 4 إلى 8 أرقام',
  pinProblem: 'أدخل رمز PIN المكوّن من 4 إلى 8 أرقام الموجود في عبوة البطاقة.',
  verifyButton: 'التحقق من البطاقة',
  verifying: 'جارٍ التحقق من بطاقتك…',
  invalidCredentials: (left) =>
    left === undefined
      ? 'رقم البطاقة أو رمز PIN غير صحيح.'
      : `رقم البطاقة أو رمز PIN غير صحيح. ${p(left, {
          zero: 'أصبحت البطاقة مقفلة الآن لبعض الوقت.',
          one: 'تبقّت لك محاولة واحدة قبل أن تُقفل البطاقة لبعض الوقت.',
          two: 'تبقّت لك # محاولات قبل أن تُقفل البطاقة لبعض الوقت.',
          few: 'تبقّت لك # محاولات قبل أن تُقفل البطاقة لبعض الوقت.',
          many: 'تبقّت لك # محاولة قبل أن تُقفل البطاقة لبعض الوقت.',
          other: 'تبقّت لك # محاولة قبل أن تُقفل البطاقة لبعض الوقت.',
        })}`,
  cardLocked: (wait) => `أُدخل رمز PIN خاطئ مرات كثيرة: البطاقة مقفلة حاليًا. حاول مرة أخرى بعد ${wait}.`,
  rateLimited: (wait) => `محاولات كثيرة جدًا من هذا الجهاز. حاول مرة أخرى بعد ${wait}.`,
  boundCardsLegend: 'بطاقاتك المحفوظة',
  addNewCard: 'إضافة بطاقة جديدة',
  boundCardOption: (masked, status, expiry) => `${ltr(masked)}، ${status}، ${expiry}`,
  loadingBoundCards: 'جارٍ تحميل بطاقاتك المحفوظة…',
  cardStatus: { active: 'نشطة', expiring: 'تنتهي قريبًا', expired: 'منتهية', suspended: 'موقوفة' },
  cardSummaryHeading: (masked) => `البطاقة ${ltr(masked)}`,
  currentPlan: (name) => `الباقة الحالية: ${name}`,
  expiresOn: (date) => `تنتهي في ${date}`,
  expiredOn: (date) => `انتهت في ${date}`,
  daysLeft: (n) =>
    n > 0 ? `متبقٍّ ${inDays(n)}` : n === 0 ? 'تنتهي اليوم' : n === -1 ? 'انتهت أمس' : `انتهت منذ ${days(-n)}`,
  expiryWarning: (n) =>
    n <= 0
      ? 'انتهت صلاحية بطاقتك. جدّدها الآن لاستعادة الخدمة؛ رقمك محفوظ.'
      : `تنتهي صلاحية بطاقتك خلال ${inDays(n)}. جدّدها الآن حتى لا تتوقف خدمتك.`,
  balanceHeading: 'الرصيد',
  dataLabel: 'البيانات',
  minutesLabel: 'الدقائق',
  balanceLeft: (left, total) => `متبقٍّ ${left} من ${total}`,
  balanceStale: (asOf) => (asOf ? `الرصيد حتى ${asOf}` : 'لم تستجب الشبكة: قد لا يكون الرصيد محدّثًا'),
  unlimitedData: 'بيانات غير محدودة',
  minutesCount: (n) =>
    p(n, { zero: '# دقيقة', one: '# دقيقة', two: '# دقيقتان', few: '# دقائق', many: '# دقيقة', other: '# دقيقة' }),
  smsCount: (n) =>
    p(n, { zero: '# رسالة', one: '# رسالة', two: '# رسالتان', few: '# رسائل', many: '# رسالة', other: '# رسالة' }),
  coverage: (countries) => `تعمل في ${countries}`,
  notRenewableTitle: 'لا يمكن تجديد هذه البطاقة',
  notRenewableReasons: {
    suspended: 'البطاقة موقوفة، ولا يمكن تجديدها حتى يُرفع الإيقاف.',
    terminated: 'أغلق مشغّل الشبكة البطاقة ولا يمكن استخدامها مرة أخرى.',
    carrier_hold: 'علّق مشغّل الشبكة البطاقة مؤقتًا. التجديد متوقف حتى يُفرج عنها.',
  },
  useDifferentCard: 'استخدام بطاقة أخرى',

  planHeading: 'اختر باقة',
  planGroupLabel: 'الباقات',
  tierNames: { basic: 'أساسية', advanced: 'متقدمة', custom: 'مخصّصة' },
  validity: days,
  features: {
    '4g': '4G/LTE',
    '5g': '5G',
    hotspot: 'نقطة اتصال',
    priority: 'أولوية البيانات',
    support_24h: 'دعم على مدار الساعة',
    sms_100: '100 رسالة نصية',
  },
  originalPrice: (price) => `كان ${price}، والآن`,
  promotionEnds: (date) => `ينتهي العرض في ${date}`,
  customOption: 'صمّم باقتك',
  customFrom: (price) => `ابتداءً من ${price}`,
  customData: 'البيانات',
  customMinutes: 'الدقائق',
  customValidity: 'مدة الصلاحية',
  customAddOns: 'الإضافات',
  noPlans: 'لا توجد باقات متاحة لهذه البطاقة حاليًا.',
  promoLabel: 'الرمز الترويجي',
  promoApply: 'تطبيق',
  promoRemove: 'إزالة',
  promoApplied: (code, description) => `طُبّق ${code}: ${description}`,
  autoRenewLabel: 'التجديد التلقائي',
  autoRenewHelp:
    'نجدّد الباقة نفسها قبل انتهائها بـ 3 أيام ونخصم المبلغ من وسيلة الدفع التي تستخدمها اليوم. يمكنك إيقاف ذلك في أي وقت.',
  autoRenewNotAllowed: 'لا يمكن تجديد هذه الباقة تلقائيًا.',
  autoRenewWechat: 'لا يمكن حفظ WeChat Pay للدفعات اللاحقة، لذا لا يُعرض أثناء تفعيل التجديد التلقائي.',
  autoRenewWechatOnly: 'يتطلب التجديد التلقائي وسيلة دفع يمكن حفظها، ولا يمكن حفظ WeChat Pay.',
  summaryHeading: 'الملخّص',
  subtotal: 'المجموع الفرعي',
  discount: 'الخصم',
  total: 'الإجمالي',
  updatingPrice: 'جارٍ تحديث السعر…',
  choosePlanFirst: 'اختر باقة لعرض السعر.',
  continueToPayment: 'المتابعة إلى الدفع',

  payHeading: 'الدفع',
  payFor: (plan, masked) => `${plan} للبطاقة ${ltr(masked)}`,
  amountDue: 'المبلغ المستحق',
  payButton: (amount) => `ادفع ${amount}`,
  paying: 'جارٍ معالجة الدفع…',
  preparingOrder: 'جارٍ تجهيز طلبك…',
  sandboxTitle: 'وضع الاختبار: لا تُنقل أموال حقيقية',
  sandboxIntro: 'اختر نتيجة عملية الدفع التجريبية هذه.',
  sandboxOutcomes: {
    succeeded: 'نجاح',
    declined: 'رفض',
    requires_action: `طلب تحقق ${ltr('3-D Secure')}`,
  },
  challengeHeading: `تحقق ${ltr('3-D Secure')} (محاكاة)`,
  challengeIntro: (amount) => `يطلب منك مصرفك تأكيد دفعة بقيمة ${amount}.`,
  challengeApprove: 'تأكيد الدفع',
  challengeFail: 'إفشال التحقق',
  paymentErrors: {
    card_declined: 'رُفضت عملية الدفع. لم يُخصم منك أي مبلغ؛ حاول مرة أخرى أو استخدم وسيلة دفع أخرى.',
    authentication_failed: 'تعذّر تأكيد الدفع مع مصرفك. لم يُخصم منك أي مبلغ.',
    processing_error: 'تعذّرت معالجة الدفع. لم يُخصم منك أي مبلغ؛ يُرجى المحاولة مرة أخرى.',
  },
  paymentMethodsLabel: 'بيانات الدفع',
  loadingPaymentForm: 'جارٍ تحميل نموذج الدفع الآمن…',
  paymentFormFailed: 'تعذّر تحميل نموذج الدفع. تحقّق من اتصالك ثم حاول مرة أخرى.',
  redirectNotCompleted: 'لم تكتمل عملية الدفع، ولم يُخصم منك أي مبلغ. يمكنك المحاولة مرة أخرى.',

  doneHeading: 'جارٍ تجديد بطاقتك',
  phases: { paid: 'تم تأكيد الدفع', provisioning: 'مشغّل الشبكة يطبّق التجديد', active: 'التجديد نشط' },
  phaseState: { done: 'تم', current: 'قيد التنفيذ', waiting: 'في الانتظار' },
  stillApplying:
    'يستغرق هذا وقتًا أطول من المعتاد. دفعتك في أمان، ولا يزال مشغّل الشبكة يطبّق التجديد. يمكنك إغلاق هذه الصفحة: سيكتمل التجديد من تلقاء نفسه وسيظهر على بطاقتك تاريخ الانتهاء الجديد.',
  completeHeading: 'تم تجديد بطاقتك',
  completeIntro: (date) => `تم كل شيء. أصبحت بطاقتك صالحة حتى ${date}.`,
  receiptHeading: 'الإيصال',
  receiptNumber: 'رقم الإيصال',
  receiptPlan: 'الباقة',
  receiptCard: 'البطاقة',
  receiptAmount: 'المبلغ المدفوع',
  receiptPaymentMethod: 'طريقة الدفع',
  receiptNewExpiry: 'تاريخ الانتهاء الجديد',
  receiptIssued: 'تاريخ الإصدار',
  paymentMethodNames: { card: 'بطاقة مصرفية', alipay: 'Alipay', wechat_pay: 'WeChat Pay', sandbox: 'دفعة تجريبية' },
  printReceipt: 'طباعة الإيصال',
  saveReceipt: 'حفظ الإيصال',
  failedHeading: 'لم يتم التجديد',
  failureReasons: {
    carrier_rejected: 'تعذّر على مشغّل الشبكة تطبيق التجديد على هذه البطاقة.',
    carrier_unavailable: 'تعذّر الوصول إلى مشغّل الشبكة لتطبيق التجديد.',
    payment_failed: 'لم تتم عملية الدفع.',
  },
  refunded: (amount) => `رُدّت إليك دفعتك البالغة ${amount}. قد يستغرق ظهورها في كشف حسابك من 5 إلى 10 أيام.`,
  notCharged: 'لم يُخصم منك أي مبلغ مقابل هذا التجديد.',
  refundPending: (amount) => `جارٍ رد دفعتك البالغة ${amount}؛ لا يلزمك فعل أي شيء.`,
  tryAgain: 'إعادة المحاولة',
  originalPriceLabel: 'السعر الأصلي',
  autoRenewNotice: (amount, date, leadDays) =>
    `التجديد التلقائي مفعّل: سنخصم ${amount} في ${date}، قبل ${inDays(leadDays)} من تاريخ الانتهاء الجديد، ثم نجدّد بالطريقة نفسها في كل مرة بعد ذلك. يمكنك إيقافه من صفحة الدفع هذه في أي وقت.`,
  autoRenewNextCharge: (amount, date) => `مفعّل: الخصم التالي ${amount} في ${date}`,
  autoRenewIsOff: 'متوقف: لن تُخصم أي مبالغ من بطاقتك تلقائيًا.',
  autoRenewNeedsPaymentMethod:
    'لتفعيله، جدّد مرة واحدة مع اختيار «التجديد التلقائي»: تُحفظ عندها وسيلة الدفع للتجديدات التالية.',
  autoRenewTurnedOn: 'التجديد التلقائي مفعّل.',
  autoRenewTurnedOff: 'التجديد التلقائي متوقف.',
  lowDataLabel: 'أيضًا عندما تقترب بياناتي من النفاد',
  lowDataHelp:
    'عند استخدام 90% من بياناتك أو عندما يتبقى يوم واحد، نجدد الباقة نفسها مرة أخرى بطريقة الدفع المحفوظة، حتى حدك الشهري.',
  lowDataCapLabel: 'الحد الشهري',
  lowDataSpent: (spent, cap) => `تم استخدام ${spent} من ${cap} هذا الشهر`,
  lowDataTurnedOn: 'التجديد عند اقتراب نفاد البيانات مُفعّل.',
  lowDataTurnedOff: 'التجديد عند اقتراب نفاد البيانات متوقف.',
  lowDataCapSet: (cap) => `تم ضبط الحد الشهري على ${cap}.`,
  receiptSeller: 'البائع',
  receiptAutoRenew: 'التجديد التلقائي',
  checkoutUnavailable: 'الدفع غير متاح حاليًا. يُرجى المحاولة مرة أخرى لاحقًا.',
  renewAnother: 'تجديد بطاقة أخرى',
} satisfies Messages;
