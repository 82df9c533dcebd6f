import type { Messages } from './messages.ts';
import { plural } from './plural.ts';

/**
 * Français, vouvoiement. Termes : renouveler/renouvellement, forfait, Internet mobile, opérateur, code promo, débiter.
 * Typographie : espace insécable (U+00A0) avant « : », espace fine insécable (U+202F) avant « ; ». Pluriel : 0 et 1
 * prennent la forme « one » (Intl.PluralRules).
 */
const p = (n: number, one: string, other: string) => plural('fr', n, { one, other });

export default {
  widgetLabel: 'Renouveler votre carte UR',
  stepNames: { card: 'Carte', plan: 'Forfait', pay: 'Paiement', done: 'Terminé' },
  progress: (current, total, name) => `Étape ${current} sur ${total} : ${name}`,
  back: 'Retour',
  continue: 'Continuer',
  loading: 'Chargement…',
  retry: 'Réessayer',
  contactSupport: 'Contacter l’assistance',
  stepAnnouncement: (current, total, name) => `Étape ${current} sur ${total}, ${name}`,

  configErrorTitle: 'Ce module de renouvellement n’est pas configuré correctement',
  checkoutUnavailable: 'Le renouvellement est indisponible pour le moment. Veuillez réessayer plus tard.',
  configErrorInvalid: (attribute, value, expected) =>
    `${attribute}="${value}" n’est pas valide : valeur attendue ${expected}.`,
  configErrorMissing: (attribute, expected) => `${attribute} est obligatoire : ${expected}.`,

  errors: {
    generic: 'Un problème est survenu de notre côté. Veuillez réessayer.',
    network_error: 'Impossible de joindre le service de renouvellement. Vérifiez votre connexion et réessayez.',
    timeout: 'Le service de renouvellement a mis trop de temps à répondre. Veuillez réessayer.',
    rate_limited: 'Trop de tentatives depuis cet appareil. Patientez un instant, puis réessayez.',
    card_token_invalid: 'Par sécurité, votre session a expiré. Veuillez saisir à nouveau votre carte.',
    card_not_renewable: 'Cette carte ne peut pas être renouvelée en ligne.',
    plan_unavailable: 'Ce forfait n’est plus disponible. Veuillez en choisir un autre.',
    quote_expired: 'Le prix affiché a expiré. Nous en avons obtenu un nouveau : vérifiez-le avant de continuer.',
    currency_unsupported: 'Les prix ne sont pas disponibles dans cette devise.',
    customer_session_invalid:
      'Impossible de charger vos cartes enregistrées. Vous pouvez tout de même saisir une carte ci-dessous.',
    auto_renew_unavailable: 'Le renouvellement automatique n’est pas disponible pour cette carte.',
    payment_provider_error: 'Le service de paiement ne répond pas. Vous n’avez pas été débité ; veuillez réessayer.',
    service_unavailable: 'Le service de renouvellement est très sollicité. Réessayez dans une minute.',
    promo_invalid: 'Ce code promo n’existe pas. Vérifiez l’orthographe.',
    promo_expired: 'Ce code promo a expiré.',
    promo_not_applicable: 'Ce code promo ne s’applique pas au forfait choisi.',
  },
  errorReference: (requestId) => `Référence : ${requestId}`,

  cardHeading: 'Votre carte',
  cardIntro:
    'Saisissez le numéro imprimé sur votre carte SIM (ICCID) et le code PIN indiqué dans l’emballage de votre carte.',
  cardNumberLabel: 'Numéro de carte (ICCID)',
  cardNumberHint: '18 à 22 chiffres, commence généralement par 89',
  cardNumberProblems: {
    empty: 'Saisissez votre numéro de carte.',
    not_digits: 'Un numéro de carte ne contient que des chiffres.',
    length: 'Un numéro de carte comporte 18 à 22 chiffres.',
    check_digit: 'Ce numéro de carte n’est pas valide. Vérifiez qu’aucun chiffre n’a été mal saisi.',
  },
  pinLabel: 'Code PIN',
  pinHint: '4 à 8 chiffres',
  pinProblem: 'Saisissez le code PIN (4 à 8 chiffres) indiqué dans l’emballage de votre carte.',
  verifyButton: 'Vérifier la carte',
  verifying: 'Vérification de votre carte…',
  invalidCredentials: (left) =>
    left === undefined
      ? 'Le numéro de carte ou le code PIN est incorrect.'
      : `Le numéro de carte ou le code PIN est incorrect. ${plural('fr', left, {
          zero: 'La carte est maintenant bloquée pendant un moment.',
          one: 'Il vous reste 1 essai avant que la carte soit bloquée pendant un moment.',
          other: 'Il vous reste # essais avant que la carte soit bloquée pendant un moment.',
        })}`,
  cardLocked: (wait) => `Trop de codes PIN erronés : cette carte est bloquée pour le moment. Réessayez dans ${wait}.`,
  rateLimited: (wait) => `Trop de tentatives depuis cet appareil. Réessayez dans ${wait}.`,
  boundCardsLegend: 'Vos cartes enregistrées',
  addNewCard: 'Ajouter une carte',
  boundCardOption: (masked, status, expiry) => `${masked}, ${status}, ${expiry}`,
  loadingBoundCards: 'Chargement de vos cartes enregistrées…',
  cardStatus: { active: 'Active', expiring: 'Expire bientôt', expired: 'Expirée', suspended: 'Suspendue' },
  cardSummaryHeading: (masked) => `Carte ${masked}`,
  currentPlan: (name) => `Forfait actuel : ${name}`,
  expiresOn: (date) => `Expire le ${date}`,
  expiredOn: (date) => `Expirée le ${date}`,
  daysLeft: (days) =>
    days > 0
      ? p(days, '1 jour restant', '# jours restants')
      : days === 0
        ? 'Expire aujourd’hui'
        : p(-days, 'Expirée hier', 'Expirée depuis # jours'),
  expiryWarning: (days) =>
    days <= 0
      ? 'Votre carte a expiré. Renouvelez-la maintenant pour retrouver votre service ; vous gardez votre numéro.'
      : `Votre carte expire dans ${p(days, '1 jour', '# jours')}. Renouvelez-la dès maintenant pour éviter toute coupure.`,
  balanceHeading: 'Solde',
  dataLabel: 'Internet mobile',
  minutesLabel: 'Appels',
  balanceLeft: (left, total) => `Reste ${left} sur ${total}`,
  balanceStale: (asOf) =>
    asOf ? `Solde au ${asOf}` : 'Le réseau n’a pas répondu : le solde n’est peut-être pas à jour',
  unlimitedData: 'Internet mobile illimité',
  minutesCount: (count) => p(count, '# minute', '# minutes'),
  smsCount: (count) => plural('fr', count, { other: '# SMS' }),
  coverage: (countries) => `Couverture : ${countries}`,
  notRenewableTitle: 'Cette carte ne peut pas être renouvelée',
  notRenewableReasons: {
    suspended: 'La carte est suspendue : elle ne pourra être renouvelée qu’une fois la suspension levée.',
    terminated: 'L’opérateur a résilié cette carte ; elle ne peut plus être utilisée.',
    carrier_hold: 'L’opérateur a mis la carte en attente. Le renouvellement est suspendu jusqu’à ce qu’il la libère.',
  },
  useDifferentCard: 'Utiliser une autre carte',

  planHeading: 'Choisissez un forfait',
  planGroupLabel: 'Forfaits',
  tierNames: { basic: 'Essentiel', advanced: 'Avancé', custom: 'Sur mesure' },
  validity: (days) => p(days, '# jour', '# jours'),
  features: {
    '4g': '4G/LTE',
    '5g': '5G',
    hotspot: 'Partage de connexion',
    priority: 'Données prioritaires',
    support_24h: 'Assistance 24 h/24',
    sms_100: '100 SMS',
  },
  originalPrice: (price) => `Au lieu de ${price}, désormais`,
  promotionEnds: (date) => `Offre valable jusqu’au ${date}`,
  customOption: 'Composez votre forfait',
  customFrom: (price) => `À partir de ${price}`,
  customData: 'Internet mobile',
  customMinutes: 'Appels',
  customValidity: 'Durée de validité',
  customAddOns: 'Options',
  noPlans: 'Aucun forfait n’est disponible pour cette carte pour le moment.',
  promoLabel: 'Code promo',
  promoApply: 'Appliquer',
  promoRemove: 'Retirer',
  promoApplied: (code, description) => `${code} appliqué : ${description}`,
  autoRenewLabel: 'Renouvellement automatique',
  autoRenewHelp:
    'Nous renouvelons le même forfait 3 jours avant son échéance et débitons le moyen de paiement utilisé aujourd’hui. Vous pouvez désactiver cette option à tout moment.',
  autoRenewNotAllowed: 'Ce forfait ne peut pas être renouvelé automatiquement.',
  autoRenewWechat:
    'WeChat Pay ne peut pas être enregistré pour des paiements ultérieurs : il n’est donc pas proposé lorsque le renouvellement automatique est activé.',
  autoRenewWechatOnly:
    'Le renouvellement automatique nécessite un moyen de paiement pouvant être enregistré, ce qui n’est pas le cas de WeChat Pay.',
  summaryHeading: 'Récapitulatif',
  subtotal: 'Sous-total',
  discount: 'Remise',
  total: 'Total',
  updatingPrice: 'Mise à jour du prix…',
  choosePlanFirst: 'Choisissez un forfait pour voir le prix.',
  continueToPayment: 'Passer au paiement',

  payHeading: 'Paiement',
  payFor: (plan, masked) => `${plan} pour la carte ${masked}`,
  amountDue: 'Montant à payer',
  payButton: (amount) => `Payer ${amount}`,
  paying: 'Paiement en cours…',
  preparingOrder: 'Préparation de votre commande…',
  sandboxTitle: 'Mode test : aucun argent réel n’est débité',
  sandboxIntro: 'Choisissez l’issue de ce paiement test.',
  sandboxOutcomes: {
    succeeded: 'Réussir',
    declined: 'Refuser',
    requires_action: 'Demander une vérification 3-D Secure',
  },
  challengeHeading: 'Vérification 3-D Secure (simulée)',
  challengeIntro: (amount) => `Votre banque vous demande de confirmer un paiement de ${amount}.`,
  challengeApprove: 'Confirmer le paiement',
  challengeFail: 'Faire échouer la vérification',
  paymentErrors: {
    card_declined:
      'Votre paiement a été refusé. Vous n’avez pas été débité ; réessayez ou utilisez un autre moyen de paiement.',
    authentication_failed: 'Votre banque n’a pas pu confirmer le paiement. Vous n’avez pas été débité.',
    processing_error: 'Le paiement n’a pas pu être traité. Vous n’avez pas été débité ; veuillez réessayer.',
  },
  paymentMethodsLabel: 'Informations de paiement',
  loadingPaymentForm: 'Chargement du formulaire de paiement sécurisé…',
  paymentFormFailed: 'Le formulaire de paiement n’a pas pu être chargé. Vérifiez votre connexion et réessayez.',
  redirectNotCompleted: 'Le paiement n’a pas abouti et vous n’avez pas été débité. Vous pouvez réessayer.',
  originalPriceLabel: 'Prix initial',
  autoRenewNotice: (amount, date, leadDays) =>
    `Le renouvellement automatique est activé : nous débiterons ${amount} le ${date}, ${p(leadDays, '1 jour', '# jours')} avant la nouvelle date d’expiration, puis de la même façon à chaque fois. Vous pouvez le désactiver à tout moment dans ce module de paiement.`,
  autoRenewNextCharge: (amount, date) => `Activé : prochain débit de ${amount} le ${date}`,
  autoRenewIsOff: 'Désactivé : aucun débit automatique.',
  autoRenewNeedsPaymentMethod:
    'Pour l’activer, renouvelez une fois en cochant « Renouvellement automatique » : votre moyen de paiement sera alors enregistré pour les prochains renouvellements.',
  autoRenewTurnedOn: 'Le renouvellement automatique est activé.',
  autoRenewTurnedOff: 'Le renouvellement automatique est désactivé.',
  lowDataLabel: 'Aussi quand mes données sont presque épuisées',
  lowDataHelp:
    'Quand 90 % de vos données sont utilisées ou qu’il reste 1 jour, nous renouvelons le même forfait avec votre moyen de paiement enregistré, dans la limite de votre plafond mensuel.',
  lowDataCapLabel: 'Plafond mensuel',
  lowDataSpent: (spent, cap) => `${spent} sur ${cap} utilisés ce mois-ci`,
  lowDataTurnedOn: 'Les renouvellements quand vos données s’épuisent sont activés.',
  lowDataTurnedOff: 'Les renouvellements quand vos données s’épuisent sont désactivés.',
  lowDataCapSet: (cap) => `Plafond mensuel fixé à ${cap}.`,

  doneHeading: 'Renouvellement de votre carte',
  phases: {
    paid: 'Paiement confirmé',
    provisioning: 'Activation du renouvellement par l’opérateur',
    active: 'Renouvellement actif',
  },
  phaseState: { done: 'terminé', current: 'en cours', waiting: 'en attente' },
  stillApplying:
    'Cela prend plus de temps que d’habitude. Votre paiement est en sécurité et l’opérateur applique toujours le renouvellement. Vous pouvez fermer cette page : le renouvellement se terminera de lui-même et votre carte affichera sa nouvelle date d’expiration.',
  completeHeading: 'Votre carte est renouvelée',
  completeIntro: (date) => `C’est fait. Votre carte est valable jusqu’au ${date}.`,
  receiptHeading: 'Reçu',
  receiptNumber: 'Numéro de reçu',
  receiptPlan: 'Forfait',
  receiptCard: 'Carte',
  receiptAmount: 'Montant payé',
  receiptPaymentMethod: 'Moyen de paiement',
  receiptNewExpiry: 'Nouvelle date d’expiration',
  receiptIssued: 'Émis le',
  receiptSeller: 'Vendu par',
  receiptAutoRenew: 'Renouvellement automatique',
  paymentMethodNames: { card: 'Carte bancaire', alipay: 'Alipay', wechat_pay: 'WeChat Pay', sandbox: 'Paiement test' },
  printReceipt: 'Imprimer le reçu',
  saveReceipt: 'Enregistrer le reçu',
  failedHeading: 'Le renouvellement n’a pas abouti',
  failureReasons: {
    carrier_rejected: 'L’opérateur n’a pas pu appliquer le renouvellement à cette carte.',
    carrier_unavailable: 'L’opérateur n’a pas pu être joint pour appliquer le renouvellement.',
    payment_failed: 'Le paiement n’a pas abouti.',
  },
  refunded: (amount) =>
    `Votre paiement de ${amount} a été remboursé. Il peut falloir 5 à 10 jours pour qu’il apparaisse sur votre relevé.`,
  notCharged: 'Vous n’avez pas été débité pour ce renouvellement.',
  refundPending: (amount) => `Votre paiement de ${amount} est en cours de remboursement ; vous n’avez rien à faire.`,
  tryAgain: 'Réessayer',
  renewAnother: 'Renouveler une autre carte',
} satisfies Messages;
