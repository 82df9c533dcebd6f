import type { ReceiptMessages } from './messages.ts';

export const tr: ReceiptMessages = {
  receiptSubject: ({ seller, number }) => `${seller} yenileme makbuzunuz ${number}`,
  refundSubject: ({ seller, number }) => `${seller} iadeniz: ${number}`,
  receiptIntro: ({ seller }) => `Teşekkürler: kartınız yenilendi. Bu, ${seller} tarafından verilen makbuzunuzdur.`,
  refundIntro: ({ seller, amount }) => `${seller}, ${amount} tutarını ödeme yönteminize iade etti.`,
  receiptNumber: 'Makbuz numarası',
  seller: 'Satıcı',
  card: 'Kart',
  plan: 'Paket',
  subtotal: 'Ara toplam',
  discount: 'İndirim',
  amountPaid: 'Ödenen tutar',
  amountRefunded: 'İade edilen tutar',
  newExpiry: 'Geçerlilik sonu',
  reason: 'Neden',
  footer: 'Bu e-postayı kayıtlarınız için saklayın.',
};
