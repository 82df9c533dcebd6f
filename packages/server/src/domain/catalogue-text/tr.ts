import type { CatalogueText } from './types.ts';

export const tr: CatalogueText = {
  plans: {
    'basic-7': {
      name: 'Temel 7 gün',
      description: 'Kısa bir gezi için hafif kullanım: harita, mesaj, birkaç arama.',
    },
    'basic-30': { name: 'Temel 30 gün', description: 'Bir ay boyunca günlük internet, arama ve SMS.' },
    'basic-90': { name: 'Temel 90 gün', description: 'En iyi aylık fiyatla üç ay günlük kullanım.' },
    'advanced-7': { name: 'Gelişmiş 7 gün', description: 'Yoğun bir hafta için hızlı internet, erişim noktası dahil.' },
    'advanced-30': {
      name: 'Gelişmiş 30 gün',
      description: 'Bir ay sınırsız 5G internet, erişim noktası ve öncelik.',
    },
    'advanced-90': { name: 'Gelişmiş 90 gün', description: 'Üç ay sınırsız 5G internet.' },
  },
  features: {
    '4g': '4G/LTE',
    '5g': 'Kapsama alanında 5G',
    hotspot: 'Erişim noktası ve internet paylaşımı',
    priority: 'Öncelikli internet',
    support_24h: '24 saat destek',
  },
  launchOffer: 'Lansmana özel fiyat',
  addOns: {
    hotspot: { name: 'Erişim noktası', description: 'Bağlantıyı diğer cihazlarınızla paylaşın.' },
    '5g': { name: '5G', description: 'Şebekenin desteklediği yerlerde 5G hızı.' },
    sms_100: { name: '100 SMS hakkı', description: 'Yüz kısa mesaj.' },
  },
  custom: { label: 'Özel: {data}, {minutes} dk, {days} gün', unlimitedData: 'sınırsız internet' },
  carrierPlans: {
    name: '{data} · {days}',
    description: 'eSIM yüklemesi: {data}, {days} geçerli.',
    callsAndTexts: '{minutes} konuşma ve {sms} SMS dahil.',
  },
  promos: {
    TRAVEL10: '%10 indirim',
    WELCOME5: 'Hoş geldin indirimi',
    ADVANCED20: 'Gelişmiş paketlerde %20 indirim',
    SPRING2025: '2025 baharı: %15 indirim',
  },
  reasons: {
    cardLost:
      'Kart kayıp bildirildiği için operatör tarafından askıya alındı. Yeniden etkinleştirmek için UR destek ile iletişime geçin.',
    suspended: 'Bu kart askıya alındı ve yenilenemez.',
    terminated: 'Bu kartın hattı kapatıldı ve yenilenemez.',
    carrierHold: 'Operatör bu kartı beklemeye aldı: şu anda yenilenemez.',
    carrierRejected: 'Operatör yenilemeyi reddetti: SIM şebekede beklemeye alınmış.',
    carrierRefused: 'Operatör yenilemeyi reddetti.',
    simRecycled: 'Operatör bu eSIM’i geri dönüştürdü: artık yenilenemez.',
  },
};
