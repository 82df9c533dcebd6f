import type { Messages } from './messages.ts';
import { plural } from './plural.ts';

/**
 * Bahasa Indonesia, sapaan "Anda". Istilah: perpanjang/perpanjangan, paket, kuota data, operator, kode promo,
 * menagih. "Ditangguhkan" = oleh operator; setelah terlalu banyak PIN salah kartu "terkunci".
 * Bahasa Indonesia tidak punya bentuk jamak untuk bilangan (Intl.PluralRules: hanya `other`).
 */
const n = (count: number, form: string) => plural('id', count, { other: form });

export default {
  widgetLabel: 'Perpanjang kartu UR Anda',
  stepNames: { card: 'Kartu', plan: 'Paket', pay: 'Pembayaran', done: 'Selesai' },
  progress: (current, total, name) => `Langkah ${current} dari ${total}: ${name}`,
  back: 'Kembali',
  continue: 'Lanjutkan',
  loading: 'Memuat…',
  retry: 'Coba lagi',
  contactSupport: 'Hubungi layanan pelanggan',
  stepAnnouncement: (current, total, name) => `Langkah ${current} dari ${total}, ${name}`,

  configErrorTitle: 'Checkout ini belum diatur dengan benar',
  configErrorInvalid: (attribute, value, expected) => `${attribute}="${value}" tidak valid: seharusnya ${expected}.`,
  configErrorMissing: (attribute, expected) => `${attribute} wajib diisi: ${expected}.`,

  errors: {
    generic: 'Terjadi kesalahan di sistem kami. Silakan coba lagi.',
    network_error: 'Layanan perpanjangan tidak dapat dihubungi. Periksa koneksi Anda, lalu coba lagi.',
    timeout: 'Layanan perpanjangan terlalu lama merespons. Silakan coba lagi.',
    rate_limited: 'Terlalu banyak percobaan dari perangkat ini. Tunggu sebentar, lalu coba lagi.',
    card_token_invalid: 'Demi keamanan, sesi Anda telah berakhir. Masukkan kartu Anda lagi.',
    card_not_renewable: 'Kartu ini tidak dapat diperpanjang secara online.',
    plan_unavailable: 'Paket ini sudah tidak tersedia. Silakan pilih paket lain.',
    quote_expired: 'Harga sudah kedaluwarsa. Kami telah mengambil harga baru; periksa lalu lanjutkan.',
    currency_unsupported: 'Harga tidak tersedia dalam mata uang ini.',
    customer_session_invalid: 'Kartu tersimpan Anda tidak dapat dimuat. Anda tetap dapat memasukkan kartu di bawah.',
    auto_renew_unavailable: 'Perpanjangan otomatis tidak tersedia untuk kartu ini.',
    payment_provider_error: 'Layanan pembayaran tidak merespons. Anda tidak ditagih; silakan coba lagi.',
    service_unavailable: 'Layanan perpanjangan sedang sibuk. Silakan coba lagi dalam satu menit.',
    promo_invalid: 'Kode promo ini tidak ada. Periksa ejaannya.',
    promo_expired: 'Kode promo ini sudah kedaluwarsa.',
    promo_not_applicable: 'Kode promo ini tidak berlaku untuk paket yang Anda pilih.',
  },
  errorReference: (requestId) => `Referensi: ${requestId}`,

  cardHeading: 'Kartu Anda',
  cardIntro: 'Masukkan nomor yang tercetak pada kartu SIM Anda (ICCID) dan PIN dari kemasan kartu.',
  cardNumberLabel: 'Nomor kartu (ICCID)',
  cardNumberHint: '18 sampai 22 digit, biasanya diawali 89',
  cardNumberProblems: {
    empty: 'Masukkan nomor kartu Anda.',
    not_digits: 'Nomor kartu hanya berisi angka.',
    length: 'Nomor kartu terdiri dari 18 sampai 22 digit.',
    check_digit: 'Nomor kartu ini tidak valid. Periksa apakah ada angka yang salah ketik.',
  },
  pinLabel: 'PIN',
  pinHint: '4 sampai 8 digit',
  pinProblem: 'Masukkan PIN 4 sampai 8 digit dari kemasan kartu Anda.',
  verifyButton: 'Periksa kartu',
  verifying: 'Memeriksa kartu Anda…',
  invalidCredentials: (left) =>
    left === undefined
      ? 'Nomor kartu atau PIN salah.'
      : `Nomor kartu atau PIN salah. ${plural('id', left, {
          zero: 'Kartu sekarang terkunci untuk sementara.',
          other: 'Sisa # percobaan lagi sebelum kartu terkunci untuk sementara.',
        })}`,
  cardLocked: (wait) => `Terlalu sering salah PIN: kartu ini terkunci untuk sementara. Coba lagi dalam ${wait}.`,
  rateLimited: (wait) => `Terlalu banyak percobaan dari perangkat ini. Coba lagi dalam ${wait}.`,
  boundCardsLegend: 'Kartu tersimpan Anda',
  addNewCard: 'Tambahkan kartu baru',
  boundCardOption: (masked, status, expiry) => `${masked} · ${status} · ${expiry}`,
  loadingBoundCards: 'Memuat kartu tersimpan Anda…',
  cardStatus: { active: 'Aktif', expiring: 'Segera berakhir', expired: 'Kedaluwarsa', suspended: 'Ditangguhkan' },
  cardSummaryHeading: (masked) => `Kartu ${masked}`,
  currentPlan: (name) => `Paket saat ini: ${name}`,
  expiresOn: (date) => `Berlaku sampai ${date}`,
  expiredOn: (date) => `Berakhir pada ${date}`,
  daysLeft: (days) =>
    days > 0
      ? n(days, 'Sisa # hari')
      : days === 0
        ? 'Berakhir hari ini'
        : days === -1
          ? 'Berakhir kemarin'
          : n(-days, 'Berakhir # hari yang lalu'),
  expiryWarning: (days) =>
    days <= 0
      ? 'Kartu Anda sudah kedaluwarsa. Perpanjang sekarang agar layanan kembali aktif; nomor Anda tetap.'
      : `Kartu Anda berakhir dalam ${n(days, '# hari')}. Perpanjang sekarang agar layanan tidak terputus.`,
  balanceHeading: 'Saldo',
  dataLabel: 'Kuota data',
  minutesLabel: 'Menit',
  balanceLeft: (left, total) => `Sisa ${left} dari ${total}`,
  balanceStale: (asOf) => (asOf ? `Saldo per ${asOf}` : 'Jaringan tidak menjawab: saldo mungkin belum terbaru'),
  unlimitedData: 'Kuota data tanpa batas',
  minutesCount: (count) => n(count, '# menit'),
  smsCount: (count) => n(count, '# SMS'),
  coverage: (countries) => `Berlaku di ${countries}`,
  notRenewableTitle: 'Kartu ini tidak dapat diperpanjang',
  notRenewableReasons: {
    suspended: 'Kartu ditangguhkan, jadi tidak dapat diperpanjang sampai penangguhan dicabut.',
    terminated: 'Kartu telah ditutup oleh operator dan tidak dapat digunakan lagi.',
    carrier_hold: 'Operator menahan kartu untuk sementara. Perpanjangan dijeda sampai operator melepaskannya.',
  },
  useDifferentCard: 'Gunakan kartu lain',

  planHeading: 'Pilih paket',
  planGroupLabel: 'Daftar paket',
  tierNames: { basic: 'Dasar', advanced: 'Lanjutan', custom: 'Racikan sendiri' },
  validity: (days) => n(days, '# hari'),
  features: {
    '4g': '4G/LTE',
    '5g': '5G',
    hotspot: 'Tethering (hotspot)',
    priority: 'Data prioritas',
    support_24h: 'Bantuan 24 jam',
    sms_100: '100 pesan SMS',
  },
  originalPrice: (price) => `Sebelumnya ${price}, sekarang`,
  promotionEnds: (date) => `Promo berakhir ${date}`,
  customOption: 'Racik paket sendiri',
  customFrom: (price) => `Mulai ${price}`,
  customData: 'Kuota data',
  customMinutes: 'Menit',
  customValidity: 'Masa berlaku',
  customAddOns: 'Tambahan',
  noPlans: 'Saat ini tidak ada paket yang tersedia untuk kartu ini.',
  promoLabel: 'Kode promo',
  promoApply: 'Pakai',
  promoRemove: 'Hapus',
  promoApplied: (code, description) => `${code} dipakai: ${description}`,
  autoRenewLabel: 'Perpanjang otomatis',
  autoRenewHelp:
    'Kami memperpanjang paket yang sama 3 hari sebelum habis dan menagih metode pembayaran yang Anda pakai hari ini. Anda dapat mematikannya kapan saja.',
  autoRenewNotAllowed: 'Paket ini tidak dapat diperpanjang otomatis.',
  autoRenewWechat:
    'WeChat Pay tidak dapat disimpan untuk pembayaran berikutnya, jadi tidak ditawarkan selama perpanjangan otomatis aktif.',
  autoRenewWechatOnly:
    'Perpanjangan otomatis memerlukan metode pembayaran yang dapat disimpan, dan WeChat Pay tidak bisa.',
  summaryHeading: 'Ringkasan',
  subtotal: 'Subtotal pesanan',
  discount: 'Diskon',
  total: 'Jumlah total',
  updatingPrice: 'Memperbarui harga…',
  choosePlanFirst: 'Pilih paket untuk melihat harganya.',
  continueToPayment: 'Lanjut ke pembayaran',

  payHeading: 'Pembayaran',
  payFor: (plan, masked) => `${plan} untuk kartu ${masked}`,
  amountDue: 'Jumlah yang dibayar',
  payButton: (amount) => `Bayar ${amount}`,
  paying: 'Memproses pembayaran Anda…',
  preparingOrder: 'Menyiapkan pesanan Anda…',
  sandboxTitle: 'Mode uji: tidak ada uang sungguhan yang berpindah',
  sandboxIntro: 'Pilih hasil pembayaran uji ini.',
  sandboxOutcomes: {
    succeeded: 'Berhasil',
    declined: 'Ditolak',
    requires_action: 'Minta verifikasi 3-D Secure',
  },
  challengeHeading: 'Verifikasi 3-D Secure (simulasi)',
  challengeIntro: (amount) => `Bank Anda meminta Anda mengonfirmasi pembayaran sebesar ${amount}.`,
  challengeApprove: 'Konfirmasi pembayaran',
  challengeFail: 'Gagalkan verifikasi',
  paymentErrors: {
    card_declined: 'Pembayaran Anda ditolak. Anda tidak ditagih; coba lagi atau gunakan metode pembayaran lain.',
    authentication_failed: 'Pembayaran tidak dapat dikonfirmasi dengan bank Anda. Anda tidak ditagih.',
    processing_error: 'Pembayaran tidak dapat diproses. Anda tidak ditagih; silakan coba lagi.',
  },
  paymentMethodsLabel: 'Detail pembayaran',
  loadingPaymentForm: 'Memuat formulir pembayaran yang aman…',
  paymentFormFailed: 'Formulir pembayaran tidak dapat dimuat. Periksa koneksi Anda, lalu coba lagi.',
  redirectNotCompleted: 'Pembayaran tidak selesai, dan Anda tidak ditagih. Anda dapat mencoba lagi.',

  doneHeading: 'Memperpanjang kartu Anda',
  phases: {
    paid: 'Pembayaran dikonfirmasi',
    provisioning: 'Operator menerapkan perpanjangan',
    active: 'Perpanjangan aktif',
  },
  phaseState: { done: 'selesai', current: 'sedang berjalan', waiting: 'menunggu' },
  stillApplying:
    'Proses ini lebih lama dari biasanya. Pembayaran Anda aman dan operator masih menerapkan perpanjangan. Anda boleh menutup halaman ini: perpanjangan akan selesai dengan sendirinya dan kartu Anda akan menampilkan tanggal berakhir yang baru.',
  completeHeading: 'Kartu Anda sudah diperpanjang',
  completeIntro: (date) => `Beres. Kartu Anda sekarang berlaku sampai ${date}.`,
  receiptHeading: 'Tanda terima',
  receiptNumber: 'Nomor tanda terima',
  receiptPlan: 'Paket',
  receiptCard: 'Kartu',
  receiptAmount: 'Jumlah dibayar',
  receiptPaymentMethod: 'Dibayar dengan',
  receiptNewExpiry: 'Tanggal berakhir baru',
  receiptIssued: 'Diterbitkan',
  paymentMethodNames: {
    card: 'Kartu kredit/debit',
    alipay: 'Alipay',
    wechat_pay: 'WeChat Pay',
    sandbox: 'Pembayaran uji',
  },
  printReceipt: 'Cetak tanda terima',
  saveReceipt: 'Simpan tanda terima',
  failedHeading: 'Perpanjangan tidak berhasil',
  failureReasons: {
    carrier_rejected: 'Operator tidak dapat menerapkan perpanjangan pada kartu ini.',
    carrier_unavailable: 'Operator tidak dapat dihubungi untuk menerapkan perpanjangan.',
    payment_failed: 'Pembayaran tidak berhasil.',
  },
  refunded: (amount) =>
    `Pembayaran Anda sebesar ${amount} telah dikembalikan. Mungkin perlu 5 sampai 10 hari hingga muncul di rekening Anda.`,
  notCharged: 'Anda tidak ditagih untuk perpanjangan ini.',
  refundPending: (amount) =>
    `Pembayaran Anda sebesar ${amount} sedang dikembalikan; Anda tidak perlu melakukan apa pun.`,
  tryAgain: 'Coba lagi',
  originalPriceLabel: 'Harga awal',
  autoRenewNotice: (amount, date, leadDays) =>
    `Perpanjangan otomatis aktif: kami akan menagih ${amount} pada ${date}, ${n(leadDays, '# hari')} sebelum tanggal kedaluwarsa baru, lalu memperpanjang dengan cara yang sama setiap kali setelahnya. Anda dapat menonaktifkannya di halaman pembayaran ini kapan saja.`,
  autoRenewNextCharge: (amount, date) => `Aktif: tagihan berikutnya ${amount} pada ${date}`,
  autoRenewIsOff: 'Nonaktif: kartu Anda tidak akan ditagih secara otomatis.',
  autoRenewNeedsPaymentMethod:
    'Untuk mengaktifkannya, perpanjang sekali dengan “Perpanjang otomatis” dipilih: metode pembayaran Anda lalu disimpan untuk perpanjangan berikutnya.',
  autoRenewTurnedOn: 'Perpanjangan otomatis aktif.',
  autoRenewTurnedOff: 'Perpanjangan otomatis nonaktif.',
  lowDataLabel: 'Juga saat data saya hampir habis',
  lowDataHelp:
    'Saat 90% data Anda terpakai atau tersisa 1 hari, kami memperpanjang paket yang sama lagi dengan metode pembayaran tersimpan, hingga batas bulanan Anda.',
  lowDataCapLabel: 'Batas bulanan',
  lowDataSpent: (spent, cap) => `${spent} dari ${cap} terpakai bulan ini`,
  lowDataTurnedOn: 'Perpanjangan saat data hampir habis aktif.',
  lowDataTurnedOff: 'Perpanjangan saat data hampir habis nonaktif.',
  lowDataCapSet: (cap) => `Batas bulanan diatur ke ${cap}.`,
  receiptSeller: 'Dijual oleh',
  receiptAutoRenew: 'Perpanjangan otomatis',
  checkoutUnavailable: 'Pembayaran sedang tidak tersedia. Silakan coba lagi nanti.',
  renewAnother: 'Perpanjang kartu lain',
} satisfies Messages;
