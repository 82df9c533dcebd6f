import type { Messages } from './messages.ts';
import { plural } from './plural.ts';

/**
 * Bahasa Melayu (Malaysia), sapaan "anda". Istilah: perbaharui/pembaharuan, pelan, data, pembawa (syarikat
 * telekomunikasi), kod promosi, caj. "Digantung" = oleh pembawa; selepas terlalu banyak PIN salah kad "dikunci".
 * Tiada bentuk jamak bagi bilangan (Intl.PluralRules: hanya `other`).
 */
const n = (count: number, form: string) => plural('ms', count, { other: form });

export default {
  widgetLabel: 'Perbaharui kad UR anda',
  stepNames: { card: 'Kad', plan: 'Pelan', pay: 'Bayaran', done: 'Selesai' },
  progress: (current, total, name) => `Langkah ${current} daripada ${total}: ${name}`,
  back: 'Kembali',
  continue: 'Teruskan',
  loading: 'Memuatkan…',
  retry: 'Cuba lagi',
  contactSupport: 'Hubungi khidmat pelanggan',
  stepAnnouncement: (current, total, name) => `Langkah ${current} daripada ${total}, ${name}`,

  configErrorTitle: 'Checkout ini tidak disediakan dengan betul',
  configErrorInvalid: (attribute, value, expected) => `${attribute}="${value}" tidak sah: dijangka ${expected}.`,
  configErrorMissing: (attribute, expected) => `${attribute} diperlukan: ${expected}.`,

  errors: {
    generic: 'Berlaku masalah di pihak kami. Sila cuba lagi.',
    network_error: 'Perkhidmatan pembaharuan tidak dapat dihubungi. Semak sambungan anda dan cuba lagi.',
    timeout: 'Perkhidmatan pembaharuan mengambil masa terlalu lama untuk menjawab. Sila cuba lagi.',
    rate_limited: 'Terlalu banyak cubaan daripada peranti ini. Sila tunggu sebentar dan cuba lagi.',
    card_token_invalid: 'Sesi anda telah tamat demi keselamatan. Sila masukkan kad anda sekali lagi.',
    card_not_renewable: 'Kad ini tidak boleh diperbaharui dalam talian.',
    plan_unavailable: 'Pelan ini tidak lagi tersedia. Sila pilih pelan lain.',
    quote_expired: 'Harga telah tamat tempoh. Kami telah mendapatkan harga baharu; sila semak dan teruskan.',
    currency_unsupported: 'Harga tidak tersedia dalam mata wang ini.',
    customer_session_invalid: 'Kad simpanan anda tidak dapat dimuatkan. Anda masih boleh memasukkan kad di bawah.',
    auto_renew_unavailable: 'Pembaharuan automatik tidak tersedia untuk kad ini.',
    payment_provider_error: 'Perkhidmatan pembayaran tidak menjawab. Anda tidak dicaj; sila cuba lagi.',
    service_unavailable: 'Perkhidmatan pembaharuan sedang sibuk. Sila cuba lagi dalam seminit.',
    promo_invalid: 'Kod promosi ini tidak wujud. Semak ejaannya.',
    promo_expired: 'Kod promosi ini telah tamat tempoh.',
    promo_not_applicable: 'Kod promosi ini tidak terpakai untuk pelan yang anda pilih.',
  },
  errorReference: (requestId) => `Rujukan: ${requestId}`,

  cardHeading: 'Kad anda',
  cardIntro: 'Masukkan nombor yang dicetak pada kad SIM anda (ICCID) dan PIN daripada pek kad anda.',
  cardNumberLabel: 'Nombor kad (ICCID)',
  cardNumberHint: '18 hingga 22 digit, biasanya bermula dengan 89',
  cardNumberProblems: {
    empty: 'Masukkan nombor kad anda.',
    not_digits: 'Nombor kad hanya mengandungi digit.',
    length: 'Nombor kad mempunyai 18 hingga 22 digit.',
    check_digit: 'Nombor kad ini tidak sah. Semak jika ada digit yang tersalah taip.',
  },
  pinLabel: 'PIN',
  pinHint: '4 hingga 8 digit',
  pinProblem: 'Masukkan PIN 4 hingga 8 digit daripada pek kad anda.',
  verifyButton: 'Semak kad',
  verifying: 'Menyemak kad anda…',
  invalidCredentials: (left) =>
    left === undefined
      ? 'Nombor kad atau PIN tidak betul.'
      : `Nombor kad atau PIN tidak betul. ${plural('ms', left, {
          zero: 'Kad kini dikunci buat sementara waktu.',
          other: 'Anda ada # cubaan lagi sebelum kad dikunci buat sementara waktu.',
        })}`,
  cardLocked: (wait) => `Terlalu banyak PIN salah: kad ini dikunci buat masa ini. Cuba lagi dalam ${wait}.`,
  rateLimited: (wait) => `Terlalu banyak cubaan daripada peranti ini. Cuba lagi dalam ${wait}.`,
  boundCardsLegend: 'Kad simpanan anda',
  addNewCard: 'Tambah kad baharu',
  boundCardOption: (masked, status, expiry) => `${masked} · ${status} · ${expiry}`,
  loadingBoundCards: 'Memuatkan kad simpanan anda…',
  cardStatus: { active: 'Aktif', expiring: 'Hampir tamat tempoh', expired: 'Tamat tempoh', suspended: 'Digantung' },
  cardSummaryHeading: (masked) => `Kad ${masked}`,
  currentPlan: (name) => `Pelan semasa: ${name}`,
  expiresOn: (date) => `Tamat tempoh pada ${date}`,
  expiredOn: (date) => `Telah tamat tempoh pada ${date}`,
  daysLeft: (days) =>
    days > 0
      ? n(days, 'Tinggal # hari')
      : days === 0
        ? 'Tamat tempoh hari ini'
        : days === -1
          ? 'Tamat tempoh semalam'
          : n(-days, 'Tamat tempoh # hari lalu'),
  expiryWarning: (days) =>
    days <= 0
      ? 'Kad anda telah tamat tempoh. Perbaharui sekarang untuk mendapatkan semula perkhidmatan; nombor anda dikekalkan.'
      : `Kad anda tamat tempoh dalam ${n(days, '# hari')}. Perbaharui sekarang supaya perkhidmatan anda tidak terhenti.`,
  balanceHeading: 'Baki',
  dataLabel: 'Data mudah alih',
  minutesLabel: 'Minit',
  balanceLeft: (left, total) => `Tinggal ${left} daripada ${total}`,
  balanceStale: (asOf) => (asOf ? `Baki setakat ${asOf}` : 'Rangkaian tidak menjawab: baki mungkin bukan yang terkini'),
  unlimitedData: 'Data tanpa had',
  minutesCount: (count) => n(count, '# minit'),
  smsCount: (count) => n(count, '# mesej teks'),
  coverage: (countries) => `Berfungsi di ${countries}`,
  notRenewableTitle: 'Kad ini tidak boleh diperbaharui',
  notRenewableReasons: {
    suspended: 'Kad ini digantung, jadi ia tidak boleh diperbaharui sehingga penggantungan ditarik balik.',
    terminated: 'Kad ini telah ditutup oleh pembawa dan tidak boleh digunakan lagi.',
    carrier_hold: 'Pembawa telah menahan kad ini. Pembaharuan ditangguhkan sehingga pembawa melepaskannya.',
  },
  useDifferentCard: 'Guna kad lain',

  planHeading: 'Pilih pelan',
  planGroupLabel: 'Senarai pelan',
  tierNames: { basic: 'Asas', advanced: 'Lanjutan', custom: 'Suai' },
  validity: (days) => n(days, '# hari'),
  features: {
    '4g': '4G/LTE',
    '5g': '5G',
    hotspot: 'Tempat liputan (hotspot)',
    priority: 'Data keutamaan',
    support_24h: 'Sokongan 24 jam',
    sms_100: '100 mesej SMS',
  },
  originalPrice: (price) => `Dahulu ${price}, kini`,
  promotionEnds: (date) => `Tawaran tamat ${date}`,
  customOption: 'Bina pelan sendiri',
  customFrom: (price) => `Dari ${price}`,
  customData: 'Data mudah alih',
  customMinutes: 'Minit',
  customValidity: 'Sah selama',
  customAddOns: 'Tambahan',
  noPlans: 'Tiada pelan tersedia untuk kad ini buat masa ini.',
  promoLabel: 'Kod promosi',
  promoApply: 'Guna',
  promoRemove: 'Buang',
  promoApplied: (code, description) => `${code} digunakan: ${description}`,
  autoRenewLabel: 'Perbaharui secara automatik',
  autoRenewHelp:
    'Kami memperbaharui pelan yang sama 3 hari sebelum ia tamat dan mengecaj kaedah pembayaran yang anda gunakan hari ini. Anda boleh mematikannya pada bila-bila masa.',
  autoRenewNotAllowed: 'Pelan ini tidak boleh diperbaharui secara automatik.',
  autoRenewWechat:
    'WeChat Pay tidak boleh disimpan untuk pembayaran akan datang, jadi ia tidak ditawarkan semasa pembaharuan automatik aktif.',
  autoRenewWechatOnly:
    'Pembaharuan automatik memerlukan kaedah pembayaran yang boleh disimpan, dan WeChat Pay tidak boleh.',
  summaryHeading: 'Ringkasan',
  subtotal: 'Jumlah kecil',
  discount: 'Diskaun',
  total: 'Jumlah',
  updatingPrice: 'Mengemas kini harga…',
  choosePlanFirst: 'Pilih pelan untuk melihat harga.',
  continueToPayment: 'Teruskan ke pembayaran',

  payHeading: 'Bayaran',
  payFor: (plan, masked) => `${plan} untuk kad ${masked}`,
  amountDue: 'Jumlah perlu dibayar',
  payButton: (amount) => `Bayar ${amount}`,
  paying: 'Memproses pembayaran anda…',
  preparingOrder: 'Menyediakan pesanan anda…',
  sandboxTitle: 'Mod ujian: tiada wang sebenar berpindah',
  sandboxIntro: 'Pilih hasil pembayaran ujian ini.',
  sandboxOutcomes: {
    succeeded: 'Berjaya',
    declined: 'Ditolak',
    requires_action: 'Minta semakan 3-D Secure',
  },
  challengeHeading: 'Semakan 3-D Secure (simulasi)',
  challengeIntro: (amount) => `Bank anda meminta anda mengesahkan pembayaran sebanyak ${amount}.`,
  challengeApprove: 'Sahkan pembayaran',
  challengeFail: 'Gagalkan semakan',
  paymentErrors: {
    card_declined: 'Pembayaran anda ditolak. Anda tidak dicaj; cuba lagi atau guna kaedah pembayaran lain.',
    authentication_failed: 'Pembayaran tidak dapat disahkan dengan bank anda. Anda tidak dicaj.',
    processing_error: 'Pembayaran tidak dapat diproses. Anda tidak dicaj; sila cuba lagi.',
  },
  paymentMethodsLabel: 'Butiran pembayaran',
  loadingPaymentForm: 'Memuatkan borang pembayaran selamat…',
  paymentFormFailed: 'Borang pembayaran tidak dapat dimuatkan. Semak sambungan anda dan cuba lagi.',
  redirectNotCompleted: 'Pembayaran tidak selesai, dan anda tidak dicaj. Anda boleh cuba lagi.',

  doneHeading: 'Memperbaharui kad anda',
  phases: {
    paid: 'Pembayaran disahkan',
    provisioning: 'Pembawa sedang menggunakan pembaharuan',
    active: 'Pembaharuan aktif',
  },
  phaseState: { done: 'selesai', current: 'sedang berjalan', waiting: 'menunggu' },
  stillApplying:
    'Ini mengambil masa lebih lama daripada biasa. Pembayaran anda selamat dan pembawa masih menggunakan pembaharuan. Anda boleh menutup halaman ini: pembaharuan akan selesai dengan sendirinya dan kad anda akan menunjukkan tarikh tamat tempoh baharu.',
  completeHeading: 'Kad anda telah diperbaharui',
  completeIntro: (date) => `Semuanya beres. Kad anda kini sah sehingga ${date}.`,
  receiptHeading: 'Resit',
  receiptNumber: 'Nombor resit',
  receiptPlan: 'Pelan',
  receiptCard: 'Kad',
  receiptAmount: 'Jumlah dibayar',
  receiptPaymentMethod: 'Dibayar dengan',
  receiptNewExpiry: 'Tarikh tamat tempoh baharu',
  receiptIssued: 'Dikeluarkan',
  paymentMethodNames: {
    card: 'Kad kredit/debit',
    alipay: 'Alipay',
    wechat_pay: 'WeChat Pay',
    sandbox: 'Pembayaran ujian',
  },
  printReceipt: 'Cetak resit',
  saveReceipt: 'Simpan resit',
  failedHeading: 'Pembaharuan tidak berjaya',
  failureReasons: {
    carrier_rejected: 'Pembawa tidak dapat menggunakan pembaharuan pada kad ini.',
    carrier_unavailable: 'Pembawa tidak dapat dihubungi untuk menggunakan pembaharuan.',
    payment_failed: 'Pembayaran tidak berjaya.',
  },
  refunded: (amount) =>
    `Pembayaran anda sebanyak ${amount} telah dipulangkan. Ia mungkin mengambil masa 5 hingga 10 hari untuk muncul dalam penyata anda.`,
  notCharged: 'Anda tidak dicaj untuk pembaharuan ini.',
  refundPending: (amount) => `Pembayaran anda sebanyak ${amount} sedang dipulangkan; anda tidak perlu berbuat apa-apa.`,
  tryAgain: 'Cuba lagi',
  originalPriceLabel: 'Harga asal',
  autoRenewNotice: (amount, date, leadDays) =>
    `Pembaharuan automatik dihidupkan: kami akan mengenakan caj ${amount} pada ${date}, ${n(leadDays, '# hari')} sebelum tarikh tamat tempoh baharu, dan memperbaharui dengan cara yang sama setiap kali selepas itu. Anda boleh mematikannya dalam halaman pembayaran ini pada bila-bila masa.`,
  autoRenewNextCharge: (amount, date) => `Hidup: caj seterusnya ${amount} pada ${date}`,
  autoRenewIsOff: 'Mati: kad anda tidak akan dicaj secara automatik.',
  autoRenewNeedsPaymentMethod:
    'Untuk menghidupkannya, perbaharui sekali dengan “Perbaharui secara automatik” dipilih: kaedah pembayaran anda kemudian disimpan untuk pembaharuan seterusnya.',
  autoRenewTurnedOn: 'Pembaharuan automatik dihidupkan.',
  autoRenewTurnedOff: 'Pembaharuan automatik dimatikan.',
  lowDataLabel: 'Juga apabila data saya hampir habis',
  lowDataHelp:
    'Apabila 90% data anda telah digunakan atau tinggal 1 hari, kami memperbaharui pelan yang sama sekali lagi dengan kaedah pembayaran yang disimpan, sehingga had bulanan anda.',
  lowDataCapLabel: 'Had bulanan',
  lowDataSpent: (spent, cap) => `${spent} daripada ${cap} digunakan bulan ini`,
  lowDataTurnedOn: 'Pembaharuan apabila data hampir habis dihidupkan.',
  lowDataTurnedOff: 'Pembaharuan apabila data hampir habis dimatikan.',
  lowDataCapSet: (cap) => `Had bulanan ditetapkan kepada ${cap}.`,
  receiptSeller: 'Dijual oleh',
  receiptAutoRenew: 'Pembaharuan automatik',
  checkoutUnavailable: 'Pembayaran tidak tersedia buat masa ini. Sila cuba lagi kemudian.',
  renewAnother: 'Perbaharui kad lain',
} satisfies Messages;
