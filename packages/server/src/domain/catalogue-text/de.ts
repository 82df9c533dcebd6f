import type { CatalogueText } from './types.ts';

export const de: CatalogueText = {
  plans: {
    'basic-7': {
      name: 'Basis 7 Tage',
      description: 'Für eine kurze Reise: Karten, Nachrichten, ein paar Anrufe.',
    },
    'basic-30': { name: 'Basis 30 Tage', description: 'Ein Monat Daten, Anrufe und SMS für jeden Tag.' },
    'basic-90': { name: 'Basis 90 Tage', description: 'Drei Monate Alltagsnutzung zum besten Monatspreis.' },
    'advanced-7': { name: 'Premium 7 Tage', description: 'Schnelle Daten für eine volle Woche, mit Hotspot.' },
    'advanced-30': {
      name: 'Premium 30 Tage',
      description: 'Unbegrenzte 5G-Daten für einen Monat, Hotspot und Vorrang.',
    },
    'advanced-90': { name: 'Premium 90 Tage', description: 'Unbegrenzte 5G-Daten für drei Monate.' },
  },
  features: {
    '4g': '4G/LTE',
    '5g': '5G, wo verfügbar',
    hotspot: 'Hotspot und Tethering',
    priority: 'Vorrang bei Daten',
    support_24h: 'Support rund um die Uhr',
  },
  launchOffer: 'Einführungsangebot',
  addOns: {
    hotspot: { name: 'Mobiler Hotspot', description: 'Teilen Sie die Verbindung mit Ihren anderen Geräten.' },
    '5g': { name: '5G', description: '5G-Geschwindigkeit, wo das Netz es bietet.' },
    sms_100: { name: '100 SMS', description: 'Hundert Textnachrichten.' },
  },
  custom: { label: 'Individuell: {data}, {minutes} Min., {days} Tage', unlimitedData: 'unbegrenzte Daten' },
  carrierPlans: {
    name: '{data} · {days}',
    description: 'eSIM-Aufladung: {data}, gültig für {days}.',
    callsAndTexts: 'Mit {minutes} Telefonie und {sms} SMS.',
  },
  promos: {
    TRAVEL10: '10 % Rabatt',
    WELCOME5: 'Willkommensrabatt',
    ADVANCED20: '20 % Rabatt auf Premium-Tarife',
    SPRING2025: 'Frühling 2025: 15 % Rabatt',
  },
  reasons: {
    cardLost:
      'Vom Netzbetreiber gesperrt, nachdem die Karte als verloren gemeldet wurde. Wenden Sie sich an den UR-Support, um sie zu entsperren.',
    suspended: 'Diese Karte ist gesperrt und kann nicht verlängert werden.',
    terminated: 'Diese Karte wurde gekündigt und kann nicht verlängert werden.',
    carrierHold: 'Der Netzbetreiber hat diese Karte zurückgehalten: Sie kann derzeit nicht verlängert werden.',
    carrierRejected: 'Der Netzbetreiber hat die Verlängerung abgelehnt: Die SIM ist im Netz gesperrt.',
    carrierRefused: 'Der Netzbetreiber hat die Verlängerung abgelehnt.',
    simRecycled: 'Der Netzbetreiber hat diese eSIM recycelt: Sie kann nicht mehr verlängert werden.',
  },
};
