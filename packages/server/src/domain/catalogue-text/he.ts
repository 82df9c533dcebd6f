import type { CatalogueText } from './types.ts';

export const he: CatalogueText = {
  plans: {
    'basic-7': { name: 'בסיסית 7 ימים', description: 'שימוש קל לטיול קצר: מפות, הודעות וכמה שיחות.' },
    'basic-30': { name: 'בסיסית 30 יום', description: 'חודש של גלישה, שיחות והודעות לשימוש יומיומי.' },
    'basic-90': { name: 'בסיסית 90 יום', description: 'שלושה חודשים של שימוש יומיומי במחיר החודשי הטוב ביותר.' },
    'advanced-7': { name: 'מתקדמת 7 ימים', description: 'גלישה מהירה לשבוע עמוס, כולל נקודה חמה.' },
    'advanced-30': {
      name: 'מתקדמת 30 יום',
      description: 'גלישת 5G ללא הגבלה לחודש, כולל נקודה חמה ועדיפות.',
    },
    'advanced-90': { name: 'מתקדמת 90 יום', description: 'גלישת 5G ללא הגבלה לשלושה חודשים.' },
  },
  features: {
    '4g': '4G/LTE',
    '5g': '5G היכן שזמין',
    hotspot: 'נקודה חמה ושיתוף אינטרנט',
    priority: 'עדיפות בגלישה',
    support_24h: 'תמיכה 24 שעות',
  },
  launchOffer: 'מבצע השקה',
  addOns: {
    hotspot: { name: 'נקודה חמה', description: 'שתפו את החיבור עם המכשירים האחרים שלכם.' },
    '5g': { name: '5G', description: 'מהירות 5G היכן שהרשת תומכת.' },
    sms_100: { name: '100 הודעות', description: 'מאה הודעות טקסט.' },
  },
  custom: { label: 'מותאמת אישית: {data}, {minutes} דק׳, {days} ימים', unlimitedData: 'גלישה ללא הגבלה' },
  carrierPlans: {
    name: '{data} · {days}',
    description: 'הטענה ל־eSIM: {data}, בתוקף ל־{days}.',
    callsAndTexts: 'כולל {minutes} שיחות ו־{sms} הודעות SMS.',
  },
  promos: {
    TRAVEL10: '10% הנחה',
    WELCOME5: 'הנחת הצטרפות',
    ADVANCED20: '20% הנחה על החבילות המתקדמות',
    SPRING2025: 'אביב 2025: 15% הנחה',
  },
  reasons: {
    cardLost: 'הספק השעה את הכרטיס לאחר שדווח כאבוד. פנו לתמיכה של UR כדי להפעיל אותו מחדש.',
    suspended: 'הכרטיס מושעה ולא ניתן לחדש אותו.',
    terminated: 'הכרטיס בוטל ולא ניתן לחדש אותו.',
    carrierHold: 'הספק הקפיא את הכרטיס: כרגע לא ניתן לחדש אותו.',
    carrierRejected: 'הספק דחה את החידוש: ה-SIM מוקפא ברשת.',
    carrierRefused: 'הספק דחה את החידוש.',
    simRecycled: 'הרשת מיחזרה את ה‑eSIM הזה: לא ניתן עוד לחדש אותו.',
  },
};
