import type { CatalogueText } from './types.ts';

export const ar: CatalogueText = {
  plans: {
    'basic-7': { name: 'الأساسية 7 أيام', description: 'استخدام خفيف لرحلة قصيرة: خرائط ورسائل وبعض المكالمات.' },
    'basic-30': { name: 'الأساسية 30 يومًا', description: 'شهر من البيانات والمكالمات والرسائل اليومية.' },
    'basic-90': { name: 'الأساسية 90 يومًا', description: 'ثلاثة أشهر من الاستخدام اليومي بأفضل سعر شهري.' },
    'advanced-7': { name: 'المتقدمة 7 أيام', description: 'بيانات سريعة لأسبوع مزدحم، مع نقطة اتصال.' },
    'advanced-30': {
      name: 'المتقدمة 30 يومًا',
      description: 'بيانات 5G غير محدودة لمدة شهر، مع نقطة اتصال وأولوية.',
    },
    'advanced-90': { name: 'المتقدمة 90 يومًا', description: 'بيانات 5G غير محدودة لمدة ثلاثة أشهر.' },
  },
  features: {
    '4g': '4G/LTE',
    '5g': '5G حيثما توفرت',
    hotspot: 'نقطة اتصال ومشاركة الإنترنت',
    priority: 'أولوية البيانات',
    support_24h: 'دعم على مدار 24 ساعة',
  },
  launchOffer: 'عرض الإطلاق',
  addOns: {
    hotspot: { name: 'نقطة اتصال', description: 'شارك الاتصال مع أجهزتك الأخرى.' },
    '5g': { name: '5G', description: 'سرعات 5G حيثما تتوفر في الشبكة.' },
    sms_100: { name: '100 رسالة', description: 'مئة رسالة نصية.' },
  },
  custom: { label: 'مخصصة: {data}، {minutes} دقيقة، {days} يومًا', unlimitedData: 'بيانات غير محدودة' },
  carrierPlans: {
    name: '{data} · {days}',
    description: 'شحن الشريحة الإلكترونية: {data}، صالحة لمدة {days}.',
    callsAndTexts: 'تشمل {minutes} من المكالمات و{sms} رسالة نصية.',
  },
  promos: {
    TRAVEL10: 'خصم 10%',
    WELCOME5: 'خصم الترحيب',
    ADVANCED20: 'خصم 20% على الباقات المتقدمة',
    SPRING2025: 'ربيع 2025: خصم 15%',
  },
  reasons: {
    cardLost: 'أوقفت شركة الاتصالات البطاقة بعد الإبلاغ عن فقدانها. تواصل مع دعم UR لإعادة تفعيلها.',
    suspended: 'هذه البطاقة موقوفة ولا يمكن تجديدها.',
    terminated: 'أُلغيت هذه البطاقة ولا يمكن تجديدها.',
    carrierHold: 'علّقت شركة الاتصالات هذه البطاقة: لا يمكن تجديدها حاليًا.',
    carrierRejected: 'رفضت شركة الاتصالات التجديد: الشريحة معلّقة على الشبكة.',
    carrierRefused: 'رفضت شركة الاتصالات التجديد.',
    simRecycled: 'أعادت شبكة الاتصالات تدوير شريحة eSIM هذه: لم يعد من الممكن تجديدها.',
  },
};
