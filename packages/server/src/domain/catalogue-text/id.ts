import type { CatalogueText } from './types.ts';

export const id: CatalogueText = {
  plans: {
    'basic-7': {
      name: 'Dasar 7 hari',
      description: 'Pemakaian ringan untuk perjalanan singkat: peta, pesan, beberapa panggilan.',
    },
    'basic-30': { name: 'Dasar 30 hari', description: 'Sebulan data, telepon, dan SMS untuk sehari-hari.' },
    'basic-90': { name: 'Dasar 90 hari', description: 'Tiga bulan pemakaian harian dengan harga bulanan terbaik.' },
    'advanced-7': { name: 'Lanjutan 7 hari', description: 'Data cepat untuk minggu yang sibuk, dengan hotspot.' },
    'advanced-30': {
      name: 'Lanjutan 30 hari',
      description: 'Data 5G tanpa batas selama sebulan, dengan hotspot dan prioritas.',
    },
    'advanced-90': { name: 'Lanjutan 90 hari', description: 'Data 5G tanpa batas selama tiga bulan.' },
  },
  features: {
    '4g': '4G/LTE',
    '5g': '5G jika tersedia',
    hotspot: 'Hotspot dan tethering ponsel',
    priority: 'Data prioritas',
    support_24h: 'Bantuan 24 jam',
  },
  launchOffer: 'Penawaran perdana',
  addOns: {
    hotspot: { name: 'Hotspot pribadi', description: 'Bagikan koneksi ke perangkat Anda yang lain.' },
    '5g': { name: '5G', description: 'Kecepatan 5G jika jaringan mendukung.' },
    sms_100: { name: '100 SMS gratis', description: 'Seratus pesan teks.' },
  },
  custom: { label: 'Kustom: {data}, {minutes} menit, {days} hari', unlimitedData: 'data tanpa batas' },
  carrierPlans: {
    name: '{data} · {days}',
    description: 'Isi ulang eSIM: {data}, berlaku {days}.',
    callsAndTexts: 'Termasuk telepon {minutes} dan {sms} SMS.',
  },
  promos: {
    TRAVEL10: 'Diskon 10%',
    WELCOME5: 'Diskon selamat datang',
    ADVANCED20: 'Diskon 20% paket Lanjutan',
    SPRING2025: 'Musim semi 2025: diskon 15%',
  },
  reasons: {
    cardLost: 'Diblokir operator setelah kartu dilaporkan hilang. Hubungi dukungan UR untuk mengaktifkannya kembali.',
    suspended: 'Kartu ini diblokir dan tidak dapat diperpanjang.',
    terminated: 'Kartu ini sudah dinonaktifkan dan tidak dapat diperpanjang.',
    carrierHold: 'Operator menahan kartu ini: untuk saat ini tidak dapat diperpanjang.',
    carrierRejected: 'Operator menolak perpanjangan: SIM sedang ditahan di jaringan.',
    carrierRefused: 'Operator menolak perpanjangan.',
    simRecycled: 'Jaringan telah mendaur ulang eSIM ini: eSIM ini tidak dapat diperpanjang lagi.',
  },
};
