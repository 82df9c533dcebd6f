import type { CatalogueText } from './types.ts';

export const ms: CatalogueText = {
  plans: {
    'basic-7': {
      name: 'Asas 7 hari',
      description: 'Penggunaan ringan untuk perjalanan singkat: peta, mesej, beberapa panggilan.',
    },
    'basic-30': { name: 'Asas 30 hari', description: 'Sebulan data, panggilan dan SMS harian.' },
    'basic-90': { name: 'Asas 90 hari', description: 'Tiga bulan penggunaan harian pada harga bulanan terbaik.' },
    'advanced-7': { name: 'Lanjutan 7 hari', description: 'Data laju untuk minggu yang sibuk, dengan tempat liputan.' },
    'advanced-30': {
      name: 'Lanjutan 30 hari',
      description: 'Data 5G tanpa had selama sebulan, dengan tempat liputan dan keutamaan.',
    },
    'advanced-90': { name: 'Lanjutan 90 hari', description: 'Data 5G tanpa had selama tiga bulan.' },
  },
  features: {
    '4g': '4G/LTE',
    '5g': '5G di kawasan yang tersedia',
    hotspot: 'Tempat liputan dan penambatan',
    priority: 'Data keutamaan',
    support_24h: 'Sokongan 24 jam',
  },
  launchOffer: 'Tawaran pelancaran',
  addOns: {
    hotspot: { name: 'Tempat liputan', description: 'Kongsi sambungan dengan peranti anda yang lain.' },
    '5g': { name: '5G', description: 'Kelajuan 5G di kawasan yang disokong rangkaian.' },
    sms_100: { name: '100 mesej SMS', description: 'Seratus mesej teks.' },
  },
  custom: { label: 'Tersuai: {data}, {minutes} minit, {days} hari', unlimitedData: 'data tanpa had' },
  carrierPlans: {
    name: '{data} · {days}',
    description: 'Tambah nilai eSIM: {data}, sah selama {days}.',
    callsAndTexts: 'Termasuk panggilan {minutes} dan {sms} SMS.',
  },
  promos: {
    TRAVEL10: 'Diskaun 10%',
    WELCOME5: 'Diskaun alu-aluan',
    ADVANCED20: 'Diskaun 20% pelan Lanjutan',
    SPRING2025: 'Musim bunga 2025: diskaun 15%',
  },
  reasons: {
    cardLost: 'Digantung oleh pembawa selepas kad dilaporkan hilang. Hubungi sokongan UR untuk mengaktifkannya semula.',
    suspended: 'Kad ini digantung dan tidak boleh diperbaharui.',
    terminated: 'Kad ini telah ditamatkan dan tidak boleh diperbaharui.',
    carrierHold: 'Pembawa telah menahan kad ini: ia tidak boleh diperbaharui buat masa ini.',
    carrierRejected: 'Pembawa menolak pembaharuan: SIM ditahan dalam rangkaian.',
    carrierRefused: 'Pembawa menolak pembaharuan.',
    simRecycled: 'Rangkaian telah mengitar semula eSIM ini: ia tidak boleh diperbaharui lagi.',
  },
};
