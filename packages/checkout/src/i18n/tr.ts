import type { Messages } from './messages.ts';
import { plural } from './plural.ts';

/**
 * Türkçe, "siz" hitabı. Terimler: yenilemek/yenileme, paket, mobil veri, operatör, promosyon kodu, ücret almak.
 * "Askıya alındı" = operatör tarafından; çok fazla yanlış PIN'den sonra kart "kilitlenir". Sayıdan sonra isim tekil
 * kalır ("3 gün"), yine de Intl.PluralRules'un iki biçimi ayrı tutulur.
 */
const p = (n: number, one: string, other: string) => plural('tr', n, { one, other });

export default {
  widgetLabel: 'UR kartınızı yenileyin',
  stepNames: { card: 'Kart', plan: 'Paket', pay: 'Ödeme', done: 'Tamam' },
  progress: (current, total, name) => `Adım ${current}/${total}: ${name}`,
  back: 'Geri',
  continue: 'Devam',
  loading: 'Yükleniyor…',
  retry: 'Tekrar dene',
  contactSupport: 'Destekle iletişime geçin',
  stepAnnouncement: (current, total, name) => `Adım ${current}/${total}, ${name}`,

  configErrorTitle: 'Bu ödeme ekranı doğru kurulmamış',
  configErrorInvalid: (attribute, value, expected) => `${attribute}="${value}" geçersiz: beklenen ${expected}.`,
  configErrorMissing: (attribute, expected) => `${attribute} zorunludur: ${expected}.`,

  errors: {
    generic: 'Bizim tarafımızda bir sorun oluştu. Lütfen tekrar deneyin.',
    network_error: 'Yenileme hizmetine ulaşılamadı. Bağlantınızı kontrol edip tekrar deneyin.',
    timeout: 'Yenileme hizmeti çok geç yanıt verdi. Lütfen tekrar deneyin.',
    rate_limited: 'Bu cihazdan çok fazla deneme yapıldı. Biraz bekleyip tekrar deneyin.',
    card_token_invalid: 'Güvenliğiniz için oturumunuz sona erdi. Lütfen kartınızı yeniden girin.',
    card_not_renewable: 'Bu kart çevrimiçi yenilenemez.',
    plan_unavailable: 'Bu paket artık sunulmuyor. Lütfen başka bir paket seçin.',
    quote_expired: 'Fiyatın süresi doldu. Yeni fiyatı aldık; kontrol edip devam edin.',
    currency_unsupported: 'Bu para biriminde fiyat sunulmuyor.',
    customer_session_invalid: 'Kayıtlı kartlarınız yüklenemedi. Yine de aşağıya bir kart girebilirsiniz.',
    auto_renew_unavailable: 'Bu kart için otomatik yenileme kullanılamıyor.',
    payment_provider_error: 'Ödeme hizmeti yanıt vermiyor. Sizden ücret alınmadı; lütfen tekrar deneyin.',
    service_unavailable: 'Yenileme hizmeti şu anda yoğun. Lütfen bir dakika sonra tekrar deneyin.',
    promo_invalid: 'Böyle bir promosyon kodu yok. Yazımını kontrol edin.',
    promo_expired: 'Bu promosyon kodunun süresi dolmuş.',
    promo_not_applicable: 'Bu promosyon kodu seçtiğiniz pakette geçerli değil.',
  },
  errorReference: (requestId) => `Referans: ${requestId}`,

  cardHeading: 'Kartınız',
  cardIntro: 'SIM kartınızın üzerinde yazan numarayı (ICCID) ve kart paketinizdeki PIN kodunu girin.',
  cardNumberLabel: 'Kart numarası (ICCID)',
  cardNumberHint: '18 ila 22 hane, genellikle 89 ile başlar',
  cardNumberProblems: {
    empty: 'Kart numaranızı girin.',
    not_digits: 'Kart numarası yalnızca rakamlardan oluşur.',
    length: 'Kart numarası 18 ila 22 hanelidir.',
    check_digit: 'Bu kart numarası geçerli değil. Yanlış yazılmış bir rakam olup olmadığını kontrol edin.',
  },
  pinLabel: 'PIN kodu',
  pinHint: '4 ila 8 hane',
  pinProblem: 'Kart paketinizdeki 4 ila 8 haneli PIN kodunu girin.',
  verifyButton: 'Kartı kontrol et',
  verifying: 'Kartınız kontrol ediliyor…',
  invalidCredentials: (left) =>
    left === undefined
      ? 'Kart numarası veya PIN yanlış.'
      : `Kart numarası veya PIN yanlış. ${plural('tr', left, {
          zero: 'Kart şimdilik kilitlendi.',
          one: 'Kart bir süreliğine kilitlenmeden önce 1 deneme hakkınız kaldı.',
          other: 'Kart bir süreliğine kilitlenmeden önce # deneme hakkınız kaldı.',
        })}`,
  cardLocked: (wait) => `Çok fazla yanlış PIN girildi: bu kart şimdilik kilitli. ${wait} sonra tekrar deneyin.`,
  rateLimited: (wait) => `Bu cihazdan çok fazla deneme yapıldı. ${wait} sonra tekrar deneyin.`,
  boundCardsLegend: 'Kayıtlı kartlarınız',
  addNewCard: 'Yeni kart ekle',
  boundCardOption: (masked, status, expiry) => `${masked} · ${status} · ${expiry}`,
  loadingBoundCards: 'Kayıtlı kartlarınız yükleniyor…',
  cardStatus: { active: 'Etkin', expiring: 'Süresi dolmak üzere', expired: 'Süresi doldu', suspended: 'Askıya alındı' },
  cardSummaryHeading: (masked) => `Kart ${masked}`,
  currentPlan: (name) => `Mevcut paket: ${name}`,
  expiresOn: (date) => `Son geçerlilik: ${date}`,
  expiredOn: (date) => `Süresi ${date} tarihinde doldu`,
  daysLeft: (days) =>
    days > 0
      ? p(days, '1 gün kaldı', '# gün kaldı')
      : days === 0
        ? 'Süresi bugün doluyor'
        : p(-days, 'Süresi dün doldu', 'Süresi # gün önce doldu'),
  expiryWarning: (days) =>
    days <= 0
      ? 'Kartınızın süresi doldu. Hizmetinize yeniden kavuşmak için şimdi yenileyin; numaranız korunur.'
      : `Kartınızın süresi ${p(days, '1 gün', '# gün')} içinde doluyor. Hizmetiniz kesilmesin diye şimdi yenileyin.`,
  balanceHeading: 'Kalan kullanım',
  dataLabel: 'Mobil veri',
  minutesLabel: 'Dakika',
  balanceLeft: (left, total) => `${total} içinden ${left} kaldı`,
  balanceStale: (asOf) =>
    asOf ? `${asOf} itibarıyla kalan kullanım` : 'Şebeke yanıt vermedi: kalan kullanım güncel olmayabilir',
  unlimitedData: 'Sınırsız mobil veri',
  minutesCount: (n) => p(n, '# dakika', '# dakika'),
  smsCount: (n) => p(n, '# SMS', '# SMS'),
  coverage: (countries) => `Geçerli olduğu ülkeler: ${countries}`,
  notRenewableTitle: 'Bu kart yenilenemez',
  notRenewableReasons: {
    suspended: 'Kart askıya alındığı için askı kaldırılana kadar yenilenemez.',
    terminated: 'Kart operatör tarafından kapatıldı ve artık kullanılamaz.',
    carrier_hold: 'Operatör kartı beklemeye aldı. Operatör kartı serbest bırakana kadar yenileme durduruldu.',
  },
  useDifferentCard: 'Başka bir kart kullan',

  planHeading: 'Paket seçin',
  planGroupLabel: 'Paketler',
  tierNames: { basic: 'Temel', advanced: 'Gelişmiş', custom: 'Özel' },
  validity: (days) => p(days, '1 gün', '# gün'),
  features: {
    '4g': '4G/LTE',
    '5g': '5G',
    hotspot: 'Kişisel erişim noktası',
    priority: 'Öncelikli veri',
    support_24h: '7/24 destek',
    sms_100: '100 SMS mesajı',
  },
  originalPrice: (price) => `Önceki fiyat ${price}, şimdi`,
  promotionEnds: (date) => `Kampanya ${date} tarihinde bitiyor`,
  customOption: 'Kendi paketini oluştur',
  customFrom: (price) => `${price} başlayan fiyatlarla`,
  customData: 'Mobil veri',
  customMinutes: 'Dakika',
  customValidity: 'Geçerlilik süresi',
  customAddOns: 'Ek paketler',
  noPlans: 'Şu anda bu kart için sunulan paket yok.',
  promoLabel: 'Promosyon kodu',
  promoApply: 'Uygula',
  promoRemove: 'Kaldır',
  promoApplied: (code, description) => `${code} uygulandı: ${description}`,
  autoRenewLabel: 'Otomatik yenile',
  autoRenewHelp:
    'Aynı paketi süresi dolmadan 3 gün önce yeniler ve bugün kullandığınız ödeme yönteminden ücret alırız. Bunu istediğiniz zaman kapatabilirsiniz.',
  autoRenewNotAllowed: 'Bu paket otomatik olarak yenilenemez.',
  autoRenewWechat: 'WeChat Pay sonraki ödemeler için kaydedilemediğinden otomatik yenileme açıkken sunulmaz.',
  autoRenewWechatOnly: 'Otomatik yenileme için kaydedilebilen bir ödeme yöntemi gerekir; WeChat Pay kaydedilemez.',
  summaryHeading: 'Özet',
  subtotal: 'Ara toplam',
  discount: 'İndirim',
  total: 'Toplam',
  updatingPrice: 'Fiyat güncelleniyor…',
  choosePlanFirst: 'Fiyatı görmek için bir paket seçin.',
  continueToPayment: 'Ödemeye geç',

  payHeading: 'Ödeme',
  payFor: (plan, masked) => `${masked} numaralı kart için ${plan}`,
  amountDue: 'Ödenecek tutar',
  payButton: (amount) => `${amount} öde`,
  paying: 'Ödemeniz işleniyor…',
  preparingOrder: 'Siparişiniz hazırlanıyor…',
  sandboxTitle: 'Test modu: gerçek para aktarılmaz',
  sandboxIntro: 'Bu test ödemesinin sonucunu seçin.',
  sandboxOutcomes: {
    succeeded: 'Başarılı',
    declined: 'Reddedildi',
    requires_action: '3-D Secure doğrulaması iste',
  },
  challengeHeading: '3-D Secure doğrulaması (simülasyon)',
  challengeIntro: (amount) => `Bankanız ${amount} tutarındaki ödemeyi onaylamanızı istiyor.`,
  challengeApprove: 'Ödemeyi onayla',
  challengeFail: 'Doğrulamayı başarısız kıl',
  paymentErrors: {
    card_declined: 'Ödemeniz reddedildi. Sizden ücret alınmadı; tekrar deneyin veya başka bir ödeme yöntemi kullanın.',
    authentication_failed: 'Ödeme bankanızla doğrulanamadı. Sizden ücret alınmadı.',
    processing_error: 'Ödeme işlenemedi. Sizden ücret alınmadı; lütfen tekrar deneyin.',
  },
  paymentMethodsLabel: 'Ödeme bilgileri',
  loadingPaymentForm: 'Güvenli ödeme formu yükleniyor…',
  paymentFormFailed: 'Ödeme formu yüklenemedi. Bağlantınızı kontrol edip tekrar deneyin.',
  redirectNotCompleted: 'Ödeme tamamlanmadı ve sizden ücret alınmadı. Tekrar deneyebilirsiniz.',

  doneHeading: 'Kartınız yenileniyor',
  phases: { paid: 'Ödeme onaylandı', provisioning: 'Operatör yenilemeyi uyguluyor', active: 'Yenileme etkin' },
  phaseState: { done: 'tamamlandı', current: 'devam ediyor', waiting: 'bekliyor' },
  stillApplying:
    'Bu işlem normalden uzun sürüyor. Ödemeniz güvende ve operatör yenilemeyi uygulamaya devam ediyor. Bu sayfayı kapatabilirsiniz: yenileme kendiliğinden tamamlanacak ve kartınızda yeni son geçerlilik tarihi görünecek.',
  completeHeading: 'Kartınız yenilendi',
  completeIntro: (date) => `Her şey hazır. Kartınız artık ${date} tarihine kadar geçerli.`,
  receiptHeading: 'Makbuz',
  receiptNumber: 'Makbuz numarası',
  receiptPlan: 'Paket',
  receiptCard: 'Kart',
  receiptAmount: 'Ödenen tutar',
  receiptPaymentMethod: 'Ödeme yöntemi',
  receiptNewExpiry: 'Yeni son geçerlilik tarihi',
  receiptIssued: 'Düzenlenme tarihi',
  paymentMethodNames: {
    card: 'Banka kartı veya kredi kartı',
    alipay: 'Alipay',
    wechat_pay: 'WeChat Pay',
    sandbox: 'Test ödemesi',
  },
  printReceipt: 'Makbuzu yazdır',
  saveReceipt: 'Makbuzu kaydet',
  failedHeading: 'Yenileme gerçekleşmedi',
  failureReasons: {
    carrier_rejected: 'Operatör yenilemeyi bu karta uygulayamadı.',
    carrier_unavailable: 'Yenilemeyi uygulamak için operatöre ulaşılamadı.',
    payment_failed: 'Ödeme gerçekleşmedi.',
  },
  refunded: (amount) =>
    `${amount} tutarındaki ödemeniz iade edildi. Hesap özetinizde görünmesi 5 ila 10 gün sürebilir.`,
  notCharged: 'Bu yenileme için sizden ücret alınmadı.',
  refundPending: (amount) => `${amount} tutarındaki ödemeniz iade ediliyor; bir şey yapmanıza gerek yok.`,
  tryAgain: 'Tekrar dene',
  originalPriceLabel: 'Orijinal fiyat',
  autoRenewNotice: (amount, date, leadDays) =>
    `Otomatik yenileme açık: yeni son kullanma tarihinden ${p(leadDays, '1 gün', '# gün')} önce, ${date} tarihinde ${amount} tahsil edeceğiz ve sonrasında her seferinde aynı şekilde yenileyeceğiz. Bunu istediğiniz zaman bu ödeme ekranından kapatabilirsiniz.`,
  autoRenewNextCharge: (amount, date) => `Açık: sonraki tahsilat ${date} tarihinde ${amount}`,
  autoRenewIsOff: 'Kapalı: kartınızdan otomatik olarak ödeme alınmayacak.',
  autoRenewNeedsPaymentMethod:
    'Açmak için bir kez “Otomatik yenile” seçili olarak yenileyin: ödeme yönteminiz sonraki yenilemeler için kaydedilir.',
  autoRenewTurnedOn: 'Otomatik yenileme açık.',
  autoRenewTurnedOff: 'Otomatik yenileme kapalı.',
  lowDataLabel: 'Verim azaldığında da',
  lowDataHelp:
    'Verinizin %90’ı kullanıldığında veya 1 gün kaldığında, aynı paketi kayıtlı ödeme yönteminizle aylık limitinize kadar yeniden yeniliyoruz.',
  lowDataCapLabel: 'Aylık limit',
  lowDataSpent: (spent, cap) => `Bu ay ${cap} limitin ${spent} kadarı kullanıldı`,
  lowDataTurnedOn: 'Veri azaldığında yenileme açık.',
  lowDataTurnedOff: 'Veri azaldığında yenileme kapalı.',
  lowDataCapSet: (cap) => `Aylık limit ${cap} olarak ayarlandı.`,
  receiptSeller: 'Satıcı',
  receiptAutoRenew: 'Otomatik yenileme',
  checkoutUnavailable: 'Ödeme şu anda kullanılamıyor. Lütfen daha sonra tekrar deneyin.',
  renewAnother: 'Başka bir kart yenile',
} satisfies Messages;
