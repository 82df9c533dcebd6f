import type { ReceiptMessages } from './messages.ts';

export const hi: ReceiptMessages = {
  receiptSubject: ({ seller, number }) => `आपकी ${seller} नवीनीकरण रसीद ${number}`,
  refundSubject: ({ seller, number }) => `${number} के लिए ${seller} से आपका धनवापसी`,
  receiptIntro: ({ seller }) => `धन्यवाद: आपका कार्ड नवीनीकृत हो गया है। यह ${seller} की ओर से आपकी रसीद है।`,
  refundIntro: ({ seller, amount }) => `${seller} ने ${amount} आपके भुगतान के तरीके में वापस कर दिए हैं।`,
  receiptNumber: 'रसीद संख्या',
  seller: 'विक्रेता',
  card: 'कार्ड',
  plan: 'प्लान',
  subtotal: 'उप-योग',
  discount: 'छूट',
  amountPaid: 'भुगतान की गई राशि',
  amountRefunded: 'वापस की गई राशि',
  newExpiry: 'इस तारीख तक मान्य',
  reason: 'कारण',
  footer: 'इस ईमेल को अपने रिकॉर्ड के लिए संभाल कर रखें।',
};
