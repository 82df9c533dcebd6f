import type { CatalogueText } from './types.ts';

export const fil: CatalogueText = {
  plans: {
    'basic-7': {
      name: 'Basic 7 araw',
      description: 'Magaan na gamit para sa maikling biyahe: mapa, mensahe, ilang tawag.',
    },
    'basic-30': { name: 'Basic 30 araw', description: 'Isang buwan ng data, tawag at mensahe para sa araw-araw.' },
    'basic-90': {
      name: 'Basic 90 araw',
      description: 'Tatlong buwang pang-araw-araw na gamit sa pinakamurang buwanang presyo.',
    },
    'advanced-7': { name: 'Advanced 7 araw', description: 'Mabilis na data para sa abalang linggo, may hotspot.' },
    'advanced-30': {
      name: 'Advanced 30 araw',
      description: 'Walang limitasyong 5G data sa loob ng isang buwan, may hotspot at priyoridad.',
    },
    'advanced-90': { name: 'Advanced 90 araw', description: 'Walang limitasyong 5G data sa loob ng tatlong buwan.' },
  },
  features: {
    '4g': '4G/LTE',
    '5g': '5G kung saan mayroon',
    hotspot: 'Hotspot at pagbabahagi ng koneksyon',
    priority: 'Priyoridad na data',
    support_24h: 'Suporta 24 oras',
  },
  launchOffer: 'Alok sa paglulunsad',
  addOns: {
    hotspot: { name: 'Personal na hotspot', description: 'Ibahagi ang koneksyon sa iba mo pang gadyet.' },
    '5g': { name: '5G', description: 'Bilis ng 5G kung saan ito abot ng signal.' },
    sms_100: { name: '100 mensahe', description: 'Isang daang mensaheng SMS.' },
  },
  custom: { label: 'Custom: {data}, {minutes} minuto, {days} araw', unlimitedData: 'walang limitasyong data' },
  carrierPlans: {
    name: '{data} · {days}',
    description: 'Dagdag-load ng eSIM: {data}, magagamit nang {days}.',
    callsAndTexts: 'May kasamang {minutes} na tawag at {sms} SMS.',
  },
  promos: {
    TRAVEL10: '10% diskwento',
    WELCOME5: 'Diskwento sa pagsalubong',
    ADVANCED20: '20% diskwento sa mga Advanced na plano',
    SPRING2025: 'Tagsibol 2025: 15% diskwento',
  },
  reasons: {
    cardLost:
      'Sinuspinde ng kompanya ng telepono ang kard matapos itong i-ulat na nawala. Tumawag sa suporta ng UR para muling buhayin ito.',
    suspended: 'Suspendido ang kard na ito at hindi ma-renew.',
    terminated: 'Tinapos na ang kard na ito at hindi ma-renew.',
    carrierHold: 'Pinigil ng kompanya ng telepono ang kard na ito: hindi pa ito ma-renew sa ngayon.',
    carrierRejected: 'Tinanggihan ng kompanya ng telepono ang pag-renew: pinigil ang SIM sa linya.',
    carrierRefused: 'Tinanggihan ng kompanya ng telepono ang pag-renew.',
    simRecycled: 'Na-recycle na ng kompanya ng telepono ang eSIM na ito: hindi na ito mare-renew.',
  },
};
