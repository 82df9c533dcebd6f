import type { Messages } from './messages.ts';
import { plural } from './plural.ts';

/**
 * Italiano, registro cortese ma diretto (tu, come nelle app di telefonia). Termini: rinnovare/rinnovo, piano,
 * traffico dati, operatore, codice promozionale, addebitare. "Sospesa" = dall'operatore; dopo troppi PIN errati la
 * carta è "bloccata".
 */
const p = (n: number, one: string, other: string) => plural('it', n, { one, other, many: other });

export default {
  widgetLabel: 'Rinnova la tua carta UR',
  stepNames: { card: 'Carta', plan: 'Piano', pay: 'Pagamento', done: 'Fatto' },
  progress: (current, total, name) => `Passaggio ${current} di ${total}: ${name}`,
  back: 'Indietro',
  continue: 'Continua',
  loading: 'Caricamento…',
  retry: 'Riprova',
  contactSupport: "Contatta l'assistenza",
  stepAnnouncement: (current, total, name) => `Passaggio ${current} di ${total}, ${name}`,

  configErrorTitle: 'Questo checkout non è configurato correttamente',
  configErrorInvalid: (attribute, value, expected) => `${attribute}="${value}" non è valido: atteso ${expected}.`,
  configErrorMissing: (attribute, expected) => `${attribute} è obbligatorio: ${expected}.`,

  errors: {
    generic: 'Si è verificato un problema da parte nostra. Riprova.',
    network_error: 'Impossibile raggiungere il servizio di rinnovo. Controlla la connessione e riprova.',
    timeout: 'Il servizio di rinnovo ha impiegato troppo tempo a rispondere. Riprova.',
    rate_limited: 'Troppi tentativi da questo dispositivo. Attendi un momento e riprova.',
    card_token_invalid: 'Per sicurezza la sessione è scaduta. Inserisci di nuovo la carta.',
    card_not_renewable: 'Questa carta non si può rinnovare online.',
    plan_unavailable: 'Questo piano non è più disponibile. Scegline un altro.',
    quote_expired: 'Il prezzo è scaduto. Ne abbiamo calcolato uno nuovo: controllalo e continua.',
    currency_unsupported: 'Non ci sono prezzi in questa valuta.',
    customer_session_invalid: 'Impossibile caricare le carte salvate. Puoi comunque inserire una carta qui sotto.',
    auto_renew_unavailable: 'Il rinnovo automatico non è disponibile per questa carta.',
    payment_provider_error: 'Il servizio di pagamento non risponde. Non ti è stato addebitato nulla; riprova.',
    service_unavailable: 'Il servizio di rinnovo è sovraccarico. Riprova tra un minuto.',
    promo_invalid: 'Questo codice promozionale non esiste. Controlla come l’hai scritto.',
    promo_expired: 'Questo codice promozionale è scaduto.',
    promo_not_applicable: 'Questo codice promozionale non vale per il piano che hai scelto.',
  },
  errorReference: (requestId) => `Riferimento: ${requestId}`,

  cardHeading: 'La tua carta',
  cardIntro: 'Inserisci il numero stampato sulla SIM (ICCID) e il PIN che trovi nella confezione della carta.',
  cardNumberLabel: 'Numero della carta (ICCID)',
  cardNumberHint: 'Da 18 a 22 cifre, di solito inizia con 89',
  cardNumberProblems: {
    empty: 'Inserisci il numero della carta.',
    not_digits: 'Il numero della carta contiene solo cifre.',
    length: 'Il numero della carta ha da 18 a 22 cifre.',
    check_digit: 'Questo numero di carta non è valido. Controlla di non aver sbagliato una cifra.',
  },
  pinLabel: 'Codice PIN',
  pinHint: 'Da 4 a 8 cifre',
  pinProblem: 'Inserisci il PIN di 4-8 cifre che trovi nella confezione della carta.',
  verifyButton: 'Verifica carta',
  verifying: 'Verifica della carta in corso…',
  invalidCredentials: (left) =>
    left === undefined
      ? 'Il numero della carta o il PIN non è corretto.'
      : `Il numero della carta o il PIN non è corretto. ${plural('it', left, {
          zero: 'Ora la carta è bloccata per un po’.',
          one: 'Ti resta 1 tentativo prima che la carta venga bloccata per un po’.',
          other: 'Ti restano # tentativi prima che la carta venga bloccata per un po’.',
        })}`,
  cardLocked: (wait) => `Troppi PIN errati: la carta è bloccata per ora. Riprova tra ${wait}.`,
  rateLimited: (wait) => `Troppi tentativi da questo dispositivo. Riprova tra ${wait}.`,
  boundCardsLegend: 'Le tue carte salvate',
  addNewCard: 'Aggiungi una nuova carta',
  boundCardOption: (masked, status, expiry) => `${masked} · ${status} · ${expiry}`,
  loadingBoundCards: 'Caricamento delle carte salvate…',
  cardStatus: { active: 'Attiva', expiring: 'In scadenza', expired: 'Scaduta', suspended: 'Sospesa' },
  cardSummaryHeading: (masked) => `Carta ${masked}`,
  currentPlan: (name) => `Piano attuale: ${name}`,
  expiresOn: (date) => `Scade il ${date}`,
  expiredOn: (date) => `Scaduta il ${date}`,
  daysLeft: (days) =>
    days > 0
      ? p(days, 'Manca 1 giorno', 'Mancano # giorni')
      : days === 0
        ? 'Scade oggi'
        : p(-days, 'Scaduta ieri', 'Scaduta # giorni fa'),
  expiryWarning: (days) =>
    days <= 0
      ? 'La tua carta è scaduta. Rinnovala ora per riavere il servizio; il tuo numero resta lo stesso.'
      : `La tua carta scade tra ${p(days, '1 giorno', '# giorni')}. Rinnovala ora per non interrompere il servizio.`,
  balanceHeading: 'Credito residuo',
  dataLabel: 'Traffico dati',
  minutesLabel: 'Minuti',
  balanceLeft: (left, total) => `Restano ${left} su ${total}`,
  balanceStale: (asOf) =>
    asOf ? `Credito aggiornato al ${asOf}` : 'La rete non ha risposto: il credito potrebbe non essere aggiornato',
  unlimitedData: 'Traffico dati illimitato',
  minutesCount: (n) => p(n, '# minuto', '# minuti'),
  smsCount: (n) => p(n, '# SMS', '# SMS'),
  coverage: (countries) => `Funziona in: ${countries}`,
  notRenewableTitle: 'Questa carta non si può rinnovare',
  notRenewableReasons: {
    suspended: 'La carta è sospesa e non si può rinnovare finché la sospensione non viene revocata.',
    terminated: "La carta è stata disattivata dall'operatore e non si può più usare.",
    carrier_hold: "L'operatore ha messo la carta in attesa. Il rinnovo è sospeso finché non la sblocca.",
  },
  useDifferentCard: 'Usa un’altra carta',

  planHeading: 'Scegli un piano',
  planGroupLabel: 'Piani',
  tierNames: { basic: 'Base', advanced: 'Avanzato', custom: 'Personalizzato' },
  validity: (days) => p(days, '# giorno', '# giorni'),
  features: {
    '4g': '4G/LTE',
    '5g': '5G',
    hotspot: 'Hotspot personale',
    priority: 'Dati prioritari',
    support_24h: 'Assistenza 24 ore su 24',
    sms_100: '100 messaggi SMS',
  },
  originalPrice: (price) => `Prima ${price}, ora`,
  promotionEnds: (date) => `L’offerta termina il ${date}`,
  customOption: 'Componi il tuo piano',
  customFrom: (price) => `Da ${price}`,
  customData: 'Traffico dati',
  customMinutes: 'Minuti',
  customValidity: 'Validità',
  customAddOns: 'Opzioni aggiuntive',
  noPlans: 'Al momento non ci sono piani disponibili per questa carta.',
  promoLabel: 'Codice promozionale',
  promoApply: 'Applica',
  promoRemove: 'Rimuovi',
  promoApplied: (code, description) => `${code} applicato: ${description}`,
  autoRenewLabel: 'Rinnova automaticamente',
  autoRenewHelp:
    'Rinnoviamo lo stesso piano 3 giorni prima della scadenza e addebitiamo il metodo di pagamento che usi oggi. Puoi disattivarlo quando vuoi.',
  autoRenewNotAllowed: 'Questo piano non si può rinnovare automaticamente.',
  autoRenewWechat:
    'WeChat Pay non si può salvare per i pagamenti successivi, quindi non è disponibile con il rinnovo automatico attivo.',
  autoRenewWechatOnly:
    'Il rinnovo automatico richiede un metodo di pagamento che si possa salvare, e WeChat Pay non si può.',
  summaryHeading: 'Riepilogo',
  subtotal: 'Subtotale',
  discount: 'Sconto',
  total: 'Totale',
  updatingPrice: 'Aggiornamento del prezzo…',
  choosePlanFirst: 'Scegli un piano per vedere il prezzo.',
  continueToPayment: 'Continua con il pagamento',

  payHeading: 'Pagamento',
  payFor: (plan, masked) => `${plan} per la carta ${masked}`,
  amountDue: 'Importo da pagare',
  payButton: (amount) => `Paga ${amount}`,
  paying: 'Elaborazione del pagamento…',
  preparingOrder: 'Preparazione dell’ordine…',
  sandboxTitle: 'Modalità di prova: non si muove denaro vero',
  sandboxIntro: 'Scegli l’esito di questo pagamento di prova.',
  sandboxOutcomes: {
    succeeded: 'Riuscito',
    declined: 'Rifiutato',
    requires_action: 'Richiedi una verifica 3-D Secure',
  },
  challengeHeading: 'Verifica 3-D Secure (simulata)',
  challengeIntro: (amount) => `La tua banca ti chiede di confermare un pagamento di ${amount}.`,
  challengeApprove: 'Conferma il pagamento',
  challengeFail: 'Fai fallire la verifica',
  paymentErrors: {
    card_declined:
      'Il pagamento è stato rifiutato. Non ti è stato addebitato nulla; riprova o usa un altro metodo di pagamento.',
    authentication_failed:
      'Non è stato possibile confermare il pagamento con la tua banca. Non ti è stato addebitato nulla.',
    processing_error: 'Non è stato possibile elaborare il pagamento. Non ti è stato addebitato nulla; riprova.',
  },
  paymentMethodsLabel: 'Dati di pagamento',
  loadingPaymentForm: 'Caricamento del modulo di pagamento sicuro…',
  paymentFormFailed: 'Impossibile caricare il modulo di pagamento. Controlla la connessione e riprova.',
  redirectNotCompleted: 'Il pagamento non è stato completato e non ti è stato addebitato nulla. Puoi riprovare.',

  doneHeading: 'Rinnovo della carta in corso',
  phases: {
    paid: 'Pagamento confermato',
    provisioning: 'L’operatore sta applicando il rinnovo',
    active: 'Rinnovo attivo',
  },
  phaseState: { done: 'completato', current: 'in corso', waiting: 'in attesa' },
  stillApplying:
    'Ci vuole più tempo del solito. Il tuo pagamento è al sicuro e l’operatore sta ancora applicando il rinnovo. Puoi chiudere questa pagina: il rinnovo si completerà da solo e la carta mostrerà la nuova data di scadenza.',
  completeHeading: 'La tua carta è stata rinnovata',
  completeIntro: (date) => `Tutto fatto. Ora la tua carta è valida fino al ${date}.`,
  receiptHeading: 'Ricevuta',
  receiptNumber: 'Numero di ricevuta',
  receiptPlan: 'Piano',
  receiptCard: 'Carta',
  receiptAmount: 'Importo pagato',
  receiptPaymentMethod: 'Pagato con',
  receiptNewExpiry: 'Nuova scadenza',
  receiptIssued: 'Emessa il',
  paymentMethodNames: {
    card: 'Carta di credito o debito',
    alipay: 'Alipay',
    wechat_pay: 'WeChat Pay',
    sandbox: 'Pagamento di prova',
  },
  printReceipt: 'Stampa la ricevuta',
  saveReceipt: 'Salva la ricevuta',
  failedHeading: 'Il rinnovo non è andato a buon fine',
  failureReasons: {
    carrier_rejected: 'L’operatore non è riuscito ad applicare il rinnovo a questa carta.',
    carrier_unavailable: 'Non è stato possibile contattare l’operatore per applicare il rinnovo.',
    payment_failed: 'Il pagamento non è andato a buon fine.',
  },
  refunded: (amount) =>
    `Il pagamento di ${amount} è stato rimborsato. Possono servire da 5 a 10 giorni perché compaia nell’estratto conto.`,
  notCharged: 'Non ti è stato addebitato nulla per questo rinnovo.',
  refundPending: (amount) => `Il pagamento di ${amount} è in corso di rimborso; non devi fare nulla.`,
  tryAgain: 'Riprova',
  originalPriceLabel: 'Prezzo originale',
  autoRenewNotice: (amount, date, leadDays) =>
    `Il rinnovo automatico è attivo: addebiteremo ${amount} il ${date}, ${p(leadDays, '# giorno', '# giorni')} prima della nuova data di scadenza, e rinnoveremo allo stesso modo ogni volta dopo. Puoi disattivarlo in questo checkout in qualsiasi momento.`,
  autoRenewNextCharge: (amount, date) => `Attivo: prossimo addebito di ${amount} il ${date}`,
  autoRenewIsOff: 'Disattivato: la tua carta non verrà addebitata automaticamente.',
  autoRenewNeedsPaymentMethod:
    'Per attivarlo, rinnova una volta con “Rinnova automaticamente” selezionato: il metodo di pagamento viene salvato per i rinnovi successivi.',
  autoRenewTurnedOn: 'Il rinnovo automatico è attivo.',
  autoRenewTurnedOff: 'Il rinnovo automatico è disattivato.',
  lowDataLabel: 'Anche quando i miei dati stanno per finire',
  lowDataHelp:
    'Quando hai usato il 90% dei dati o manca 1 giorno, rinnoviamo di nuovo lo stesso piano con il metodo di pagamento salvato, fino al tuo limite mensile.',
  lowDataCapLabel: 'Limite mensile',
  lowDataSpent: (spent, cap) => `${spent} di ${cap} usati questo mese`,
  lowDataTurnedOn: 'I rinnovi quando i dati stanno per finire sono attivi.',
  lowDataTurnedOff: 'I rinnovi quando i dati stanno per finire sono disattivati.',
  lowDataCapSet: (cap) => `Limite mensile impostato a ${cap}.`,
  receiptSeller: 'Venduto da',
  receiptAutoRenew: 'Rinnovo automatico',
  checkoutUnavailable: 'Il checkout non è disponibile al momento. Riprova più tardi.',
  renewAnother: 'Rinnova un’altra carta',
} satisfies Messages;
