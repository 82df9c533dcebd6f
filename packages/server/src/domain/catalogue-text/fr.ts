import type { CatalogueText } from './types.ts';

export const fr: CatalogueText = {
  plans: {
    'basic-7': {
      name: 'Essentiel 7 jours',
      description: 'Un usage léger pour un court séjour : cartes, textos, quelques appels.',
    },
    'basic-30': { name: 'Essentiel 30 jours', description: 'Un mois de données, d’appels et de SMS au quotidien.' },
    'basic-90': {
      name: 'Essentiel 90 jours',
      description: 'Trois mois d’usage quotidien au meilleur prix mensuel.',
    },
    'advanced-7': {
      name: 'Avancé 7 jours',
      description: 'Des données rapides pour une semaine chargée, avec partage de connexion.',
    },
    'advanced-30': {
      name: 'Avancé 30 jours',
      description: 'Données 5G illimitées pendant un mois, partage de connexion et priorité.',
    },
    'advanced-90': { name: 'Avancé 90 jours', description: 'Données 5G illimitées pendant trois mois.' },
  },
  features: {
    '4g': '4G/LTE',
    '5g': '5G là où elle est disponible',
    hotspot: 'Partage de connexion',
    priority: 'Données prioritaires',
    support_24h: 'Assistance 24 h/24',
  },
  launchOffer: 'Offre de lancement',
  addOns: {
    hotspot: { name: 'Partage de connexion', description: 'Partagez la connexion avec vos autres appareils.' },
    '5g': { name: '5G', description: 'Le débit 5G là où le réseau le permet.' },
    sms_100: { name: '100 SMS', description: 'Cent SMS.' },
  },
  custom: { label: 'Sur mesure : {data}, {minutes} min, {days} jours', unlimitedData: 'données illimitées' },
  carrierPlans: {
    name: '{data} · {days}',
    description: 'Recharge de l’eSIM : {data}, valable {days}.',
    callsAndTexts: 'Comprend {minutes} d’appels et {sms} SMS.',
  },
  promos: {
    TRAVEL10: '10 % de réduction',
    WELCOME5: 'Remise de bienvenue',
    ADVANCED20: '20 % de réduction sur les forfaits Avancé',
    SPRING2025: 'Printemps 2025 : 15 % de réduction',
  },
  reasons: {
    cardLost: 'Suspendue par l’opérateur après une déclaration de perte. Contactez l’assistance UR pour la réactiver.',
    suspended: 'Cette carte est suspendue et ne peut pas être renouvelée.',
    terminated: 'Cette carte a été résiliée et ne peut pas être renouvelée.',
    carrierHold: 'L’opérateur a bloqué cette carte : elle ne peut pas être renouvelée pour le moment.',
    carrierRejected: 'L’opérateur a refusé le renouvellement : la SIM est bloquée sur le réseau.',
    carrierRefused: 'L’opérateur a refusé le renouvellement.',
    simRecycled: 'L’opérateur a recyclé cette eSIM : elle ne peut plus être renouvelée.',
  },
};
