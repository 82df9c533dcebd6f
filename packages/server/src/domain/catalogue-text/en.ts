import type { CatalogueText } from './types.ts';

export const en: CatalogueText = {
  plans: {
    'basic-7': { name: 'Basic 7 days', description: 'Light use for a short trip: maps, messages, a few calls.' },
    'basic-30': { name: 'Basic 30 days', description: 'A month of everyday data, calls and texts.' },
    'basic-90': { name: 'Basic 90 days', description: 'Three months of everyday use at the best monthly price.' },
    'advanced-7': { name: 'Advanced 7 days', description: 'Fast data for a busy week, with hotspot.' },
    'advanced-30': { name: 'Advanced 30 days', description: 'Unlimited 5G data for a month, hotspot and priority.' },
    'advanced-90': { name: 'Advanced 90 days', description: 'Unlimited 5G data for three months.' },
  },
  features: {
    '4g': '4G/LTE',
    '5g': '5G where available',
    hotspot: 'Hotspot and tethering',
    priority: 'Priority data',
    support_24h: '24 h support',
  },
  launchOffer: 'Launch offer',
  addOns: {
    hotspot: { name: 'Hotspot', description: 'Share the connection with your other devices.' },
    '5g': { name: '5G', description: '5G speeds where the network has it.' },
    sms_100: { name: '100 SMS', description: 'A hundred text messages.' },
  },
  custom: { label: 'Custom: {data}, {minutes} min, {days} days', unlimitedData: 'unlimited data' },
  carrierPlans: {
    name: '{data} · {days}',
    description: 'An eSIM top-up: {data}, valid for {days}.',
    callsAndTexts: 'Includes {minutes} of calls and {sms} SMS.',
  },
  promos: {
    TRAVEL10: '10% off',
    WELCOME5: 'Welcome discount',
    ADVANCED20: '20% off Advanced plans',
    SPRING2025: 'Spring 2025: 15% off',
  },
  reasons: {
    cardLost: 'Suspended by the carrier after the card was reported lost. Contact UR support to reactivate it.',
    suspended: 'This card is suspended and cannot be renewed.',
    terminated: 'This card has been terminated and cannot be renewed.',
    carrierHold: 'The carrier has put this card on hold: it cannot be renewed for now.',
    carrierRejected: 'The carrier refused the renewal: the SIM is on a network hold.',
    carrierRefused: 'The carrier refused the renewal.',
    simRecycled: 'The carrier has recycled this SIM: it can no longer be renewed.',
  },
};
