import type { ReceiptMessages } from './messages.ts';

export const fil: ReceiptMessages = {
  receiptSubject: ({ seller, number }) => `Ang iyong resibo ng pagpapanibago mula sa ${seller} ${number}`,
  refundSubject: ({ seller, number }) => `Ibinalik na bayad mula sa ${seller} para sa ${number}`,
  receiptIntro: ({ seller }) => `Salamat: napanibago na ang iyong kard. Ito ang iyong resibo mula sa ${seller}.`,
  refundIntro: ({ seller, amount }) => `Ibinalik ng ${seller} ang ${amount} sa iyong paraan ng pagbabayad.`,
  receiptNumber: 'Numero ng resibo',
  seller: 'Nagbebenta',
  card: 'Kard',
  plan: 'Plano',
  subtotal: 'Subtotal',
  discount: 'Diskuwento',
  amountPaid: 'Halagang binayaran',
  amountRefunded: 'Halagang ibinalik',
  newExpiry: 'May bisa hanggang',
  reason: 'Dahilan',
  footer: 'Itago ang email na ito para sa iyong talaan.',
};
