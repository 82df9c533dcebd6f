import type { Messages } from './messages.ts';
import { plural } from './plural.ts';

/**
 * Deutsch, Anrede mit „Sie“. Begriffe: verlängern/Verlängerung, Tarif, Datenvolumen, Netzbetreiber, Gutscheincode,
 * abbuchen. „Gesperrt“ heißt: vom Netzbetreiber gesperrt; nach zu vielen falschen PINs ist die Karte „blockiert“.
 */
const p = (n: number, one: string, other: string) => plural('de', n, { one, other });

export default {
  widgetLabel: 'UR-Karte verlängern',
  stepNames: { card: 'Karte', plan: 'Tarif', pay: 'Zahlung', done: 'Fertig' },
  progress: (current, total, name) => `Schritt ${current} von ${total}: ${name}`,
  back: 'Zurück',
  continue: 'Weiter',
  loading: 'Wird geladen…',
  retry: 'Erneut versuchen',
  contactSupport: 'Kundenservice kontaktieren',
  stepAnnouncement: (current, total, name) => `Schritt ${current} von ${total}, ${name}`,

  configErrorTitle: 'Dieser Checkout ist nicht richtig eingerichtet',
  checkoutUnavailable: 'Der Checkout ist gerade nicht verfügbar. Bitte versuchen Sie es später noch einmal.',
  configErrorInvalid: (attribute, value, expected) => `${attribute}="${value}" ist ungültig. Erwartet: ${expected}.`,
  configErrorMissing: (attribute, expected) => `${attribute} fehlt, ist aber erforderlich. Erwartet: ${expected}.`,

  errors: {
    generic: 'Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.',
    network_error:
      'Der Verlängerungsdienst ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    timeout: 'Der Verlängerungsdienst hat zu lange nicht geantwortet. Bitte versuchen Sie es erneut.',
    rate_limited: 'Zu viele Versuche von diesem Gerät. Bitte warten Sie einen Moment und versuchen Sie es dann erneut.',
    card_token_invalid: 'Ihre Sitzung ist aus Sicherheitsgründen abgelaufen. Bitte geben Sie Ihre Karte erneut ein.',
    card_not_renewable: 'Diese Karte kann nicht online verlängert werden.',
    plan_unavailable: 'Dieser Tarif ist nicht mehr verfügbar. Bitte wählen Sie einen anderen.',
    quote_expired:
      'Der Preis ist nicht mehr gültig. Wir haben ihn neu abgerufen – bitte prüfen Sie ihn und fahren Sie fort.',
    currency_unsupported: 'In dieser Währung sind keine Preise verfügbar.',
    customer_session_invalid:
      'Ihre gespeicherten Karten konnten nicht geladen werden. Sie können unten trotzdem eine Karte eingeben.',
    auto_renew_unavailable: 'Für diese Karte ist keine automatische Verlängerung möglich.',
    payment_provider_error:
      'Der Zahlungsdienst antwortet nicht. Es wurde nichts abgebucht; bitte versuchen Sie es erneut.',
    service_unavailable:
      'Der Verlängerungsdienst ist gerade ausgelastet. Bitte versuchen Sie es in einer Minute erneut.',
    promo_invalid: 'Diesen Gutscheincode gibt es nicht. Bitte prüfen Sie die Schreibweise.',
    promo_expired: 'Dieser Gutscheincode ist abgelaufen.',
    promo_not_applicable: 'Dieser Gutscheincode gilt nicht für den gewählten Tarif.',
  },
  errorReference: (requestId) => `Referenz: ${requestId}`,

  cardHeading: 'Ihre Karte',
  cardIntro:
    'Geben Sie die auf Ihrer SIM-Karte aufgedruckte Nummer (ICCID) und die PIN aus der Verpackung Ihrer Karte ein.',
  cardNumberLabel: 'Kartennummer (ICCID)',
  cardNumberHint: '18 bis 22 Ziffern, beginnt meist mit 89',
  cardNumberProblems: {
    empty: 'Geben Sie Ihre Kartennummer ein.',
    not_digits: 'Eine Kartennummer besteht nur aus Ziffern.',
    length: 'Eine Kartennummer hat 18 bis 22 Ziffern.',
    check_digit: 'Diese Kartennummer ist ungültig. Bitte prüfen Sie, ob Sie sich vertippt haben.',
  },
  pinLabel: 'PIN',
  pinHint: '4 bis 8 Ziffern',
  pinProblem: 'Geben Sie die 4- bis 8-stellige PIN aus der Verpackung Ihrer Karte ein.',
  verifyButton: 'Karte prüfen',
  verifying: 'Ihre Karte wird geprüft…',
  invalidCredentials: (left) =>
    left === undefined
      ? 'Kartennummer oder PIN ist falsch.'
      : `Kartennummer oder PIN ist falsch. ${plural('de', left, {
          zero: 'Die Karte ist jetzt vorübergehend blockiert.',
          one: 'Sie haben noch 1 Versuch, bevor die Karte vorübergehend blockiert wird.',
          other: 'Sie haben noch # Versuche, bevor die Karte vorübergehend blockiert wird.',
        })}`,
  cardLocked: (wait) =>
    `Zu oft eine falsche PIN: Die Karte ist vorübergehend blockiert. Versuchen Sie es in ${wait} erneut.`,
  rateLimited: (wait) => `Zu viele Versuche von diesem Gerät. Versuchen Sie es in ${wait} erneut.`,
  boundCardsLegend: 'Ihre gespeicherten Karten',
  addNewCard: 'Neue Karte hinzufügen',
  boundCardOption: (masked, status, expiry) => `${masked}, ${status}, ${expiry}`,
  loadingBoundCards: 'Ihre gespeicherten Karten werden geladen…',
  cardStatus: { active: 'Aktiv', expiring: 'Läuft bald ab', expired: 'Abgelaufen', suspended: 'Gesperrt' },
  cardSummaryHeading: (masked) => `Karte ${masked}`,
  currentPlan: (name) => `Aktueller Tarif: ${name}`,
  expiresOn: (date) => `Gültig bis ${date}`,
  expiredOn: (date) => `Abgelaufen am ${date}`,
  daysLeft: (days) =>
    days > 0
      ? p(days, 'Noch 1 Tag', 'Noch # Tage')
      : days === 0
        ? 'Läuft heute ab'
        : p(-days, 'Gestern abgelaufen', 'Vor # Tagen abgelaufen'),
  expiryWarning: (days) =>
    days <= 0
      ? 'Ihre Karte ist abgelaufen. Verlängern Sie sie jetzt, um Ihren Dienst wieder zu nutzen – Ihre Rufnummer bleibt erhalten.'
      : `Ihre Karte läuft in ${p(days, '1 Tag', '# Tagen')} ab. Verlängern Sie jetzt, damit Ihr Dienst nicht unterbrochen wird.`,
  balanceHeading: 'Noch verfügbar',
  dataLabel: 'Datenvolumen',
  minutesLabel: 'Minuten',
  balanceLeft: (left, total) => `${left} von ${total} übrig`,
  balanceStale: (asOf) =>
    asOf ? `Stand: ${asOf}` : 'Das Netz hat nicht geantwortet: Der Stand ist womöglich nicht aktuell',
  unlimitedData: 'Unbegrenztes Datenvolumen',
  minutesCount: (count) => p(count, '# Minute', '# Minuten'),
  smsCount: (count) => plural('de', count, { other: '# SMS' }),
  coverage: (countries) => `Netzabdeckung: ${countries}`,
  notRenewableTitle: 'Diese Karte kann nicht verlängert werden',
  notRenewableReasons: {
    suspended: 'Die Karte ist gesperrt und kann erst verlängert werden, wenn die Sperre aufgehoben ist.',
    terminated: 'Der Netzbetreiber hat die Karte abgeschaltet; sie kann nicht mehr genutzt werden.',
    carrier_hold:
      'Der Netzbetreiber hat die Karte vorübergehend angehalten. Eine Verlängerung ist erst wieder möglich, wenn er sie freigibt.',
  },
  useDifferentCard: 'Andere Karte verwenden',

  planHeading: 'Tarif wählen',
  planGroupLabel: 'Tarife',
  tierNames: { basic: 'Basis', advanced: 'Plus', custom: 'Individuell' },
  validity: (days) => p(days, '# Tag', '# Tage'),
  features: {
    '4g': '4G/LTE',
    '5g': '5G',
    hotspot: 'Hotspot',
    priority: 'Priorisierte Daten',
    support_24h: '24-h-Support',
    sms_100: '100 SMS',
  },
  originalPrice: (price) => `Statt ${price}, jetzt`,
  promotionEnds: (date) => `Angebot gültig bis ${date}`,
  customOption: 'Eigenen Tarif zusammenstellen',
  customFrom: (price) => `Ab ${price}`,
  customData: 'Datenvolumen',
  customMinutes: 'Minuten',
  customValidity: 'Laufzeit',
  customAddOns: 'Zusatzoptionen',
  noPlans: 'Für diese Karte sind derzeit keine Tarife verfügbar.',
  promoLabel: 'Gutscheincode',
  promoApply: 'Einlösen',
  promoRemove: 'Entfernen',
  promoApplied: (code, description) => `${code} eingelöst: ${description}`,
  autoRenewLabel: 'Automatisch verlängern',
  autoRenewHelp:
    'Wir verlängern denselben Tarif 3 Tage vor Ablauf und belasten die Zahlungsart, die Sie heute verwenden. Sie können das jederzeit abschalten.',
  autoRenewNotAllowed: 'Dieser Tarif kann nicht automatisch verlängert werden.',
  autoRenewWechat:
    'WeChat Pay lässt sich nicht für spätere Zahlungen speichern und steht deshalb bei automatischer Verlängerung nicht zur Verfügung.',
  autoRenewWechatOnly:
    'Für die automatische Verlängerung brauchen Sie eine Zahlungsart, die gespeichert werden kann – das geht mit WeChat Pay nicht.',
  summaryHeading: 'Übersicht',
  subtotal: 'Zwischensumme',
  discount: 'Rabatt',
  total: 'Gesamt',
  updatingPrice: 'Preis wird aktualisiert…',
  choosePlanFirst: 'Wählen Sie einen Tarif, um den Preis zu sehen.',
  continueToPayment: 'Weiter zur Zahlung',

  payHeading: 'Zahlung',
  payFor: (plan, masked) => `${plan} für Karte ${masked}`,
  amountDue: 'Zu zahlender Betrag',
  payButton: (amount) => `${amount} bezahlen`,
  paying: 'Ihre Zahlung wird verarbeitet…',
  preparingOrder: 'Ihre Bestellung wird vorbereitet…',
  sandboxTitle: 'Testmodus: Es fließt kein echtes Geld',
  sandboxIntro: 'Wählen Sie, wie diese Testzahlung ausgehen soll.',
  sandboxOutcomes: {
    succeeded: 'Erfolgreich',
    declined: 'Abgelehnt',
    requires_action: '3-D-Secure-Prüfung anfordern',
  },
  challengeHeading: '3-D-Secure-Prüfung (simuliert)',
  challengeIntro: (amount) => `Ihre Bank bittet Sie, eine Zahlung über ${amount} zu bestätigen.`,
  challengeApprove: 'Zahlung bestätigen',
  challengeFail: 'Prüfung fehlschlagen lassen',
  paymentErrors: {
    card_declined:
      'Ihre Zahlung wurde abgelehnt. Es wurde nichts abgebucht; versuchen Sie es erneut oder wählen Sie eine andere Zahlungsart.',
    authentication_failed: 'Ihre Bank konnte die Zahlung nicht bestätigen. Es wurde nichts abgebucht.',
    processing_error:
      'Die Zahlung konnte nicht verarbeitet werden. Es wurde nichts abgebucht; bitte versuchen Sie es erneut.',
  },
  paymentMethodsLabel: 'Zahlungsdaten',
  loadingPaymentForm: 'Sicheres Zahlungsformular wird geladen…',
  paymentFormFailed:
    'Das Zahlungsformular konnte nicht geladen werden. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  redirectNotCompleted:
    'Die Zahlung wurde nicht abgeschlossen, es wurde nichts abgebucht. Sie können es erneut versuchen.',
  originalPriceLabel: 'Ursprünglicher Preis',
  autoRenewNotice: (amount, date, leadDays) =>
    `Die automatische Verlängerung ist aktiv: Wir buchen am ${date} ${amount} ab, ${p(leadDays, '1 Tag', '# Tage')} vor dem neuen Ablaufdatum, und verlängern danach jedes Mal auf dieselbe Weise. Sie können sie jederzeit hier im Checkout ausschalten.`,
  autoRenewNextCharge: (amount, date) => `Aktiv: nächste Abbuchung ${amount} am ${date}`,
  autoRenewIsOff: 'Aus: Es wird nichts automatisch abgebucht.',
  autoRenewNeedsPaymentMethod:
    'Um sie einzuschalten, verlängern Sie einmal mit „Automatisch verlängern“: Ihre Zahlungsmethode wird dann für die nächsten Verlängerungen gespeichert.',
  autoRenewTurnedOn: 'Die automatische Verlängerung ist eingeschaltet.',
  autoRenewTurnedOff: 'Die automatische Verlängerung ist ausgeschaltet.',
  lowDataLabel: 'Auch wenn mein Datenvolumen zur Neige geht',
  lowDataHelp:
    'Wenn 90 % Ihres Datenvolumens verbraucht sind oder nur noch 1 Tag bleibt, verlängern wir denselben Tarif erneut mit Ihrer gespeicherten Zahlungsmethode, bis zu Ihrem monatlichen Limit.',
  lowDataCapLabel: 'Monatliches Limit',
  lowDataSpent: (spent, cap) => `${spent} von ${cap} in diesem Monat verbraucht`,
  lowDataTurnedOn: 'Verlängerungen bei knappem Datenvolumen sind eingeschaltet.',
  lowDataTurnedOff: 'Verlängerungen bei knappem Datenvolumen sind ausgeschaltet.',
  lowDataCapSet: (cap) => `Monatliches Limit auf ${cap} gesetzt.`,

  doneHeading: 'Ihre Karte wird verlängert',
  phases: {
    paid: 'Zahlung bestätigt',
    provisioning: 'Netzbetreiber schaltet die Verlängerung frei',
    active: 'Verlängerung aktiv',
  },
  phaseState: { done: 'erledigt', current: 'läuft', waiting: 'ausstehend' },
  stillApplying:
    'Das dauert länger als sonst. Ihre Zahlung ist sicher eingegangen und der Netzbetreiber schaltet die Verlängerung noch frei. Sie können diese Seite schließen: Die Verlängerung wird automatisch abgeschlossen und Ihre Karte zeigt dann das neue Ablaufdatum.',
  completeHeading: 'Ihre Karte ist verlängert',
  completeIntro: (date) => `Alles erledigt. Ihre Karte ist jetzt gültig bis ${date}.`,
  receiptHeading: 'Beleg',
  receiptNumber: 'Belegnummer',
  receiptPlan: 'Tarif',
  receiptCard: 'Karte',
  receiptAmount: 'Bezahlter Betrag',
  receiptPaymentMethod: 'Bezahlt mit',
  receiptNewExpiry: 'Neues Ablaufdatum',
  receiptIssued: 'Ausgestellt am',
  receiptSeller: 'Verkauft von',
  receiptAutoRenew: 'Automatische Verlängerung',
  paymentMethodNames: {
    card: 'Kredit- oder Debitkarte',
    alipay: 'Alipay',
    wechat_pay: 'WeChat Pay',
    sandbox: 'Testzahlung',
  },
  printReceipt: 'Beleg drucken',
  saveReceipt: 'Beleg speichern',
  failedHeading: 'Die Verlängerung hat nicht geklappt',
  failureReasons: {
    carrier_rejected: 'Der Netzbetreiber konnte die Verlängerung für diese Karte nicht freischalten.',
    carrier_unavailable: 'Der Netzbetreiber war nicht erreichbar, um die Verlängerung freizuschalten.',
    payment_failed: 'Die Zahlung ist nicht durchgegangen.',
  },
  refunded: (amount) =>
    `Ihre Zahlung über ${amount} wurde erstattet. Es kann 5 bis 10 Tage dauern, bis die Gutschrift auf Ihrem Kontoauszug erscheint.`,
  notCharged: 'Für diese Verlängerung wurde Ihnen nichts berechnet.',
  refundPending: (amount) => `Ihre Zahlung über ${amount} wird erstattet – Sie müssen nichts weiter tun.`,
  tryAgain: 'Erneut versuchen',
  renewAnother: 'Weitere Karte verlängern',
} satisfies Messages;
