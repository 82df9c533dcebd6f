import type { Messages } from './messages.ts';
import { plural } from './plural.ts';

/**
 * Filipino, magalang ("mo/ninyo" na payak, walang "po" sa bawat pangungusap gaya ng karaniwang app). Mga termino:
 * i-renew/pag-renew, plan, data, carrier, promo code, singilin. "Suspendido" = ng carrier; pagkatapos ng sobrang
 * maling PIN ang card ay "naka-lock". Hindi nagbabago ang pangngalan sa bilang ("3 araw").
 */
const n = (count: number, form: string) => plural('fil', count, { one: form, other: form });

export default {
  widgetLabel: 'I-renew ang iyong UR card',
  stepNames: { card: 'Iyong card', plan: 'Plano', pay: 'Bayad', done: 'Tapos' },
  progress: (current, total, name) => `Hakbang ${current} sa ${total}: ${name}`,
  back: 'Bumalik',
  continue: 'Magpatuloy',
  loading: 'Naglo-load…',
  retry: 'Subukan ulit',
  contactSupport: 'Makipag-ugnayan sa suporta',
  stepAnnouncement: (current, total, name) => `Hakbang ${current} sa ${total}, ${name}`,

  configErrorTitle: 'Hindi tama ang pagkaka-set up ng checkout na ito',
  configErrorInvalid: (attribute, value, expected) =>
    `Hindi wasto ang ${attribute}="${value}": inaasahan ang ${expected}.`,
  configErrorMissing: (attribute, expected) => `Kailangan ang ${attribute}: ${expected}.`,

  errors: {
    generic: 'May nangyaring mali sa aming panig. Pakisubukan ulit.',
    network_error: 'Hindi maabot ang serbisyo ng pag-renew. Tingnan ang iyong koneksyon at subukan ulit.',
    timeout: 'Masyadong natagalan sumagot ang serbisyo ng pag-renew. Pakisubukan ulit.',
    rate_limited: 'Sobrang daming pagsubok mula sa device na ito. Maghintay sandali at subukan ulit.',
    card_token_invalid: 'Para sa seguridad, nag-expire ang iyong session. Pakilagay ulit ang iyong card.',
    card_not_renewable: 'Hindi mare-renew online ang card na ito.',
    plan_unavailable: 'Hindi na available ang planong ito. Pumili ng iba.',
    quote_expired: 'Nag-expire na ang presyo. Kumuha kami ng bago; tingnan ito at magpatuloy.',
    currency_unsupported: 'Walang presyo sa currency na ito.',
    customer_session_invalid: 'Hindi ma-load ang mga naka-save mong card. Puwede ka pa ring maglagay ng card sa ibaba.',
    auto_renew_unavailable: 'Walang awtomatikong pag-renew para sa card na ito.',
    payment_provider_error: 'Hindi sumasagot ang serbisyo ng bayad. Hindi ka siningil; pakisubukan ulit.',
    service_unavailable: 'Abala ang serbisyo ng pag-renew. Pakisubukan ulit pagkalipas ng isang minuto.',
    promo_invalid: 'Walang ganitong promo code. Tingnan ang baybay.',
    promo_expired: 'Nag-expire na ang promo code na ito.',
    promo_not_applicable: 'Hindi puwede ang promo code na ito sa planong pinili mo.',
  },
  errorReference: (requestId) => `Sanggunian: ${requestId}`,

  cardHeading: 'Ang iyong card',
  cardIntro: 'Ilagay ang numerong nakalimbag sa iyong SIM card (ICCID) at ang PIN mula sa pakete ng card.',
  cardNumberLabel: 'Numero ng card (ICCID)',
  cardNumberHint: '18 hanggang 22 digit, karaniwang nagsisimula sa 89',
  cardNumberProblems: {
    empty: 'Ilagay ang numero ng iyong card.',
    not_digits: 'Mga digit lang ang laman ng numero ng card.',
    length: 'May 18 hanggang 22 digit ang numero ng card.',
    check_digit: 'Hindi wasto ang numero ng card na ito. Tingnan kung may maling na-type na digit.',
  },
  pinLabel: 'PIN code',
  pinHint: '4 hanggang 8 digit',
  pinProblem: 'Ilagay ang 4 hanggang 8 digit na PIN mula sa pakete ng iyong card.',
  verifyButton: 'Suriin ang card',
  verifying: 'Sinusuri ang iyong card…',
  invalidCredentials: (left) =>
    left === undefined
      ? 'Mali ang numero ng card o ang PIN.'
      : `Mali ang numero ng card o ang PIN. ${plural('fil', left, {
          zero: 'Naka-lock na ngayon ang card nang ilang sandali.',
          one: 'May # pang pagsubok ka bago ma-lock ang card nang ilang sandali.',
          other: 'May # pang pagsubok ka bago ma-lock ang card nang ilang sandali.',
        })}`,
  cardLocked: (wait) =>
    `Sobrang daming maling PIN: naka-lock muna ang card na ito. Subukan ulit pagkalipas ng ${wait}.`,
  rateLimited: (wait) => `Sobrang daming pagsubok mula sa device na ito. Subukan ulit pagkalipas ng ${wait}.`,
  boundCardsLegend: 'Ang mga naka-save mong card',
  addNewCard: 'Magdagdag ng bagong card',
  boundCardOption: (masked, status, expiry) => `${masked} · ${status} · ${expiry}`,
  loadingBoundCards: 'Nilo-load ang mga naka-save mong card…',
  cardStatus: { active: 'Aktibo', expiring: 'Malapit nang mag-expire', expired: 'Expired na', suspended: 'Suspendido' },
  cardSummaryHeading: (masked) => `Card na ${masked}`,
  currentPlan: (name) => `Kasalukuyang plano: ${name}`,
  expiresOn: (date) => `Mag-e-expire sa ${date}`,
  expiredOn: (date) => `Nag-expire noong ${date}`,
  daysLeft: (days) =>
    days > 0
      ? n(days, '# araw na lang')
      : days === 0
        ? 'Mag-e-expire ngayong araw'
        : days === -1
          ? 'Nag-expire kahapon'
          : n(-days, 'Nag-expire # araw na ang nakalipas'),
  expiryWarning: (days) =>
    days <= 0
      ? 'Nag-expire na ang iyong card. I-renew ito ngayon para bumalik ang serbisyo; hindi mawawala ang iyong numero.'
      : `Mag-e-expire ang iyong card sa loob ng ${n(days, '# araw')}. I-renew na ngayon para hindi maputol ang serbisyo.`,
  balanceHeading: 'Natitira',
  dataLabel: 'Data sa mobile',
  minutesLabel: 'Minuto',
  balanceLeft: (left, total) => `${left} na lang sa ${total}`,
  balanceStale: (asOf) =>
    asOf ? `Natitira noong ${asOf}` : 'Hindi sumagot ang operator: maaaring hindi na bago ang natitira',
  unlimitedData: 'Walang limitasyong data',
  minutesCount: (count) => n(count, '# minuto'),
  smsCount: (count) => n(count, '# mensahe'),
  coverage: (countries) => `Gumagana sa ${countries}`,
  notRenewableTitle: 'Hindi mare-renew ang card na ito',
  notRenewableReasons: {
    suspended: 'Suspendido ang card, kaya hindi ito mare-renew hangga’t hindi inaalis ang suspensyon.',
    terminated: 'Isinara na ng carrier ang card at hindi na ito magagamit.',
    carrier_hold: 'Pansamantalang ipinatigil ng carrier ang card. Nakahinto ang pag-renew hanggang pakawalan nila ito.',
  },
  useDifferentCard: 'Gumamit ng ibang card',

  planHeading: 'Pumili ng plano',
  planGroupLabel: 'Mga plano',
  tierNames: { basic: 'Payak', advanced: 'Mas mataas', custom: 'Sariling gawa' },
  validity: (days) => n(days, '# araw'),
  features: {
    '4g': '4G/LTE',
    '5g': '5G',
    hotspot: 'Pag-share ng internet (hotspot)',
    priority: 'Prayoridad na data',
    support_24h: 'Suporta nang 24 oras',
    sms_100: '100 text (SMS)',
  },
  originalPrice: (price) => `Dating ${price}, ngayon`,
  promotionEnds: (date) => `Matatapos ang alok sa ${date}`,
  customOption: 'Bumuo ng sariling plano',
  customFrom: (price) => `Mula ${price}`,
  customData: 'Data sa mobile',
  customMinutes: 'Minuto',
  customValidity: 'Tagal ng bisa',
  customAddOns: 'Mga dagdag',
  noPlans: 'Walang available na plano para sa card na ito sa ngayon.',
  promoLabel: 'Code ng promo',
  promoApply: 'Gamitin',
  promoRemove: 'Alisin',
  promoApplied: (code, description) => `Nagamit ang ${code}: ${description}`,
  autoRenewLabel: 'Awtomatikong i-renew',
  autoRenewHelp:
    'Ire-renew namin ang parehong plano 3 araw bago ito maubos at sisingilin ang paraan ng pagbabayad na gamit mo ngayon. Puwede mo itong i-off anumang oras.',
  autoRenewNotAllowed: 'Hindi puwedeng awtomatikong i-renew ang planong ito.',
  autoRenewWechat:
    'Hindi mase-save ang WeChat Pay para sa susunod na bayad, kaya hindi ito inaalok habang naka-on ang awtomatikong pag-renew.',
  autoRenewWechatOnly:
    'Kailangan ng awtomatikong pag-renew ang paraan ng pagbabayad na mase-save, at hindi mase-save ang WeChat Pay.',
  summaryHeading: 'Buod',
  subtotal: 'Subtotal ng order',
  discount: 'Diskwento',
  total: 'Kabuuan',
  updatingPrice: 'Ina-update ang presyo…',
  choosePlanFirst: 'Pumili ng plano para makita ang presyo.',
  continueToPayment: 'Magpatuloy sa pagbabayad',

  payHeading: 'Pagbabayad',
  payFor: (plan, masked) => `${plan} para sa card na ${masked}`,
  amountDue: 'Halagang babayaran',
  payButton: (amount) => `Magbayad ng ${amount}`,
  paying: 'Pinoproseso ang iyong bayad…',
  preparingOrder: 'Inihahanda ang iyong order…',
  sandboxTitle: 'Pagsubok lamang: walang totoong perang gumagalaw',
  sandboxIntro: 'Piliin kung ano ang mangyayari sa test na bayad na ito.',
  sandboxOutcomes: {
    succeeded: 'Tagumpay',
    declined: 'Tanggihan',
    requires_action: 'Humingi ng 3-D Secure na pagsusuri',
  },
  challengeHeading: '3-D Secure na pagsusuri (simulasyon)',
  challengeIntro: (amount) => `Hinihiling ng iyong bangko na kumpirmahin mo ang bayad na ${amount}.`,
  challengeApprove: 'Kumpirmahin ang bayad',
  challengeFail: 'Ibagsak ang pagsusuri',
  paymentErrors: {
    card_declined:
      'Tinanggihan ang iyong bayad. Hindi ka siningil; subukan ulit o gumamit ng ibang paraan ng pagbabayad.',
    authentication_failed: 'Hindi nakumpirma ang bayad sa iyong bangko. Hindi ka siningil.',
    processing_error: 'Hindi naproseso ang bayad. Hindi ka siningil; pakisubukan ulit.',
  },
  paymentMethodsLabel: 'Mga detalye ng bayad',
  loadingPaymentForm: 'Nilo-load ang ligtas na form ng bayad…',
  paymentFormFailed: 'Hindi ma-load ang form ng bayad. Tingnan ang iyong koneksyon at subukan ulit.',
  redirectNotCompleted: 'Hindi natapos ang bayad, at hindi ka siningil. Puwede kang sumubok ulit.',

  doneHeading: 'Nire-renew ang iyong card',
  phases: {
    paid: 'Nakumpirma ang bayad',
    provisioning: 'Inilalapat ng carrier ang pag-renew',
    active: 'Aktibo na ang pag-renew',
  },
  phaseState: { done: 'tapos na', current: 'ginagawa', waiting: 'naghihintay' },
  stillApplying:
    'Mas matagal ito kaysa karaniwan. Ligtas ang iyong bayad at inilalapat pa ng carrier ang pag-renew. Puwede mong isara ang pahinang ito: kusang matatapos ang pag-renew at lalabas sa iyong card ang bagong petsa ng pag-expire.',
  completeHeading: 'Na-renew na ang iyong card',
  completeIntro: (date) => `Ayos na. May bisa na ang iyong card hanggang ${date}.`,
  receiptHeading: 'Resibo',
  receiptNumber: 'Numero ng resibo',
  receiptPlan: 'Plano',
  receiptCard: 'Card na ni-renew',
  receiptAmount: 'Halagang ibinayad',
  receiptPaymentMethod: 'Ibinayad gamit ang',
  receiptNewExpiry: 'Bagong petsa ng pag-expire',
  receiptIssued: 'Petsa ng pag-isyu',
  paymentMethodNames: {
    card: 'Credit o debit card',
    alipay: 'Alipay',
    wechat_pay: 'WeChat Pay',
    sandbox: 'Test na bayad',
  },
  printReceipt: 'I-print ang resibo',
  saveReceipt: 'I-save ang resibo',
  failedHeading: 'Hindi natuloy ang pag-renew',
  failureReasons: {
    carrier_rejected: 'Hindi mailapat ng carrier ang pag-renew sa card na ito.',
    carrier_unavailable: 'Hindi maabot ang carrier para mailapat ang pag-renew.',
    payment_failed: 'Hindi pumasok ang bayad.',
  },
  refunded: (amount) =>
    `Naibalik na ang iyong bayad na ${amount}. Maaaring abutin nang 5 hanggang 10 araw bago ito lumabas sa iyong statement.`,
  notCharged: 'Hindi ka siningil para sa pag-renew na ito.',
  refundPending: (amount) => `Ibinabalik na ang iyong bayad na ${amount}; wala kang kailangang gawin.`,
  tryAgain: 'Subukan ulit',
  originalPriceLabel: 'Orihinal na presyo',
  autoRenewNotice: (amount, date, leadDays) =>
    `Naka-on ang awtomatikong pag-renew: sisingilin namin ang ${amount} sa ${date}, ${n(leadDays, '# araw')} bago ang bagong petsa ng pag-expire, at magre-renew kami sa parehong paraan tuwing pagkatapos nito. Maaari mo itong i-off sa checkout na ito anumang oras.`,
  autoRenewNextCharge: (amount, date) => `Naka-on: susunod na singil na ${amount} sa ${date}`,
  autoRenewIsOff: 'Naka-off: hindi awtomatikong sisingilin ang iyong card.',
  autoRenewNeedsPaymentMethod:
    'Para i-on ito, mag-renew nang isang beses na may piniling “Awtomatikong i-renew”: mase-save ang iyong paraan ng pagbabayad para sa mga susunod na renewal.',
  autoRenewTurnedOn: 'Naka-on ang awtomatikong pag-renew.',
  autoRenewTurnedOff: 'Naka-off ang awtomatikong pag-renew.',
  lowDataLabel: 'Pati kapag paubos na ang data ko',
  lowDataHelp:
    'Kapag nagamit na ang 90% ng data mo o 1 araw na lang ang natitira, ire-renew namin ulit ang parehong plan gamit ang naka-save mong paraan ng pagbabayad, hanggang sa buwanang limitasyon mo.',
  lowDataCapLabel: 'Buwanang limitasyon',
  lowDataSpent: (spent, cap) => `${spent} sa ${cap} ang nagamit ngayong buwan`,
  lowDataTurnedOn: 'Naka-on ang pag-renew kapag paubos na ang data.',
  lowDataTurnedOff: 'Naka-off ang pag-renew kapag paubos na ang data.',
  lowDataCapSet: (cap) => `Itinakda ang buwanang limitasyon sa ${cap}.`,
  receiptSeller: 'Ibinebenta ng',
  receiptAutoRenew: 'Awtomatikong pag-renew',
  checkoutUnavailable: 'Hindi available ang checkout sa ngayon. Pakisubukang muli mamaya.',
  renewAnother: 'Mag-renew ng ibang card',
} satisfies Messages;
