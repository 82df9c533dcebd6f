import type { CatalogueText } from './types.ts';

export const it: CatalogueText = {
  plans: {
    'basic-7': {
      name: 'Base 7 giorni',
      description: 'Uso leggero per un viaggio breve: mappe, messaggi e qualche chiamata.',
    },
    'basic-30': { name: 'Base 30 giorni', description: 'Un mese di dati, chiamate e SMS per tutti i giorni.' },
    'basic-90': { name: 'Base 90 giorni', description: 'Tre mesi di uso quotidiano al miglior prezzo mensile.' },
    'advanced-7': { name: 'Avanzato 7 giorni', description: 'Dati veloci per una settimana intensa, con hotspot.' },
    'advanced-30': {
      name: 'Avanzato 30 giorni',
      description: 'Dati 5G illimitati per un mese, con hotspot e priorità.',
    },
    'advanced-90': { name: 'Avanzato 90 giorni', description: 'Dati 5G illimitati per tre mesi.' },
  },
  features: {
    '4g': '4G/LTE',
    '5g': '5G dove disponibile',
    hotspot: 'Hotspot e tethering del telefono',
    priority: 'Dati prioritari',
    support_24h: 'Assistenza 24 ore su 24',
  },
  launchOffer: 'Offerta di lancio',
  addOns: {
    hotspot: { name: 'Hotspot personale', description: 'Condividi la connessione con gli altri tuoi dispositivi.' },
    '5g': { name: '5G', description: 'Velocità 5G dove la rete la offre.' },
    sms_100: { name: '100 SMS inclusi', description: 'Cento messaggi di testo.' },
  },
  custom: { label: 'Personalizzato: {data}, {minutes} min, {days} giorni', unlimitedData: 'dati illimitati' },
  carrierPlans: {
    name: '{data} · {days}',
    description: 'Ricarica dell’eSIM: {data}, valida per {days}.',
    callsAndTexts: 'Include {minutes} di chiamate e {sms} SMS.',
  },
  promos: {
    TRAVEL10: '10% di sconto',
    WELCOME5: 'Sconto di benvenuto',
    ADVANCED20: '20% di sconto sui piani Avanzato',
    SPRING2025: 'Primavera 2025: 15% di sconto',
  },
  reasons: {
    cardLost: 'Sospesa dall’operatore dopo la denuncia di smarrimento. Contatta l’assistenza UR per riattivarla.',
    suspended: 'Questa scheda è sospesa e non può essere rinnovata.',
    terminated: 'Questa scheda è stata disattivata e non può essere rinnovata.',
    carrierHold: 'L’operatore ha bloccato questa scheda: per ora non può essere rinnovata.',
    carrierRejected: 'L’operatore ha rifiutato il rinnovo: la SIM è bloccata sulla rete.',
    carrierRefused: 'L’operatore ha rifiutato il rinnovo.',
    simRecycled: 'L’operatore ha riciclato questa eSIM: non può più essere rinnovata.',
  },
};
