import type { CatalogueText } from './types.ts';

export const hi: CatalogueText = {
  plans: {
    'basic-7': { name: 'बेसिक 7 दिन', description: 'छोटी यात्रा के लिए हल्का उपयोग: मैप, मैसेज और कुछ कॉल।' },
    'basic-30': { name: 'बेसिक 30 दिन', description: 'रोज़मर्रा के डेटा, कॉल और SMS का एक महीना।' },
    'basic-90': { name: 'बेसिक 90 दिन', description: 'सबसे अच्छी मासिक कीमत पर तीन महीने का रोज़ाना उपयोग।' },
    'advanced-7': { name: 'एडवांस्ड 7 दिन', description: 'व्यस्त हफ़्ते के लिए तेज़ डेटा, हॉटस्पॉट के साथ।' },
    'advanced-30': {
      name: 'एडवांस्ड 30 दिन',
      description: 'एक महीने के लिए अनलिमिटेड 5G डेटा, हॉटस्पॉट और प्राथमिकता के साथ।',
    },
    'advanced-90': { name: 'एडवांस्ड 90 दिन', description: 'तीन महीने के लिए अनलिमिटेड 5G डेटा।' },
  },
  features: {
    '4g': '4G/LTE',
    '5g': 'जहाँ उपलब्ध हो, 5G',
    hotspot: 'हॉटस्पॉट और टेदरिंग',
    priority: 'प्राथमिकता डेटा',
    support_24h: '24 घंटे सहायता',
  },
  launchOffer: 'लॉन्च ऑफ़र',
  addOns: {
    hotspot: { name: 'हॉटस्पॉट', description: 'अपने दूसरे डिवाइस के साथ कनेक्शन शेयर करें।' },
    '5g': { name: '5G', description: 'जहाँ नेटवर्क में हो, वहाँ 5G स्पीड।' },
    sms_100: { name: '100 SMS संदेश', description: 'सौ टेक्स्ट मैसेज।' },
  },
  custom: { label: 'कस्टम: {data}, {minutes} मिनट, {days} दिन', unlimitedData: 'अनलिमिटेड डेटा' },
  carrierPlans: {
    name: '{data} · {days}',
    description: 'eSIM टॉप-अप: {data}, {days} के लिए मान्य।',
    callsAndTexts: '{minutes} कॉल और {sms} SMS शामिल।',
  },
  promos: {
    TRAVEL10: '10% की छूट',
    WELCOME5: 'स्वागत छूट',
    ADVANCED20: 'एडवांस्ड प्लान पर 20% की छूट',
    SPRING2025: 'वसंत 2025: 15% की छूट',
  },
  reasons: {
    cardLost: 'कार्ड खोने की सूचना के बाद ऑपरेटर ने इसे निलंबित कर दिया है। इसे फिर से चालू करने के लिए UR सहायता से संपर्क करें।',
    suspended: 'यह कार्ड निलंबित है और इसे रिन्यू नहीं किया जा सकता।',
    terminated: 'यह कार्ड बंद कर दिया गया है और इसे रिन्यू नहीं किया जा सकता।',
    carrierHold: 'ऑपरेटर ने इस कार्ड को होल्ड पर रखा है: अभी इसे रिन्यू नहीं किया जा सकता।',
    carrierRejected: 'ऑपरेटर ने रिन्यूअल अस्वीकार कर दिया: SIM नेटवर्क पर होल्ड पर है।',
    carrierRefused: 'ऑपरेटर ने रिन्यूअल अस्वीकार कर दिया।',
    simRecycled: 'नेटवर्क ने इस eSIM को रीसायकल कर दिया है: अब इसे रिन्यू नहीं किया जा सकता।',
  },
};
