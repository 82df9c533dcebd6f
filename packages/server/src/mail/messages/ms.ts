import type { ReceiptMessages } from './messages.ts';

export const ms: ReceiptMessages = {
  receiptSubject: ({ seller, number }) => `Resit pembaharuan ${seller} anda ${number}`,
  refundSubject: ({ seller, number }) => `Bayaran balik ${seller} untuk ${number}`,
  receiptIntro: ({ seller }) => `Terima kasih: kad anda telah diperbaharui. Ini resit anda daripada ${seller}.`,
  refundIntro: ({ seller, amount }) => `${seller} telah membayar balik ${amount} ke kaedah pembayaran anda.`,
  receiptNumber: 'Nombor resit',
  seller: 'Penjual',
  card: 'Kad',
  plan: 'Pelan',
  subtotal: 'Jumlah kecil',
  discount: 'Diskaun',
  amountPaid: 'Jumlah dibayar',
  amountRefunded: 'Jumlah dibayar balik',
  newExpiry: 'Sah sehingga',
  reason: 'Sebab',
  footer: 'Simpan e-mel ini untuk rekod anda.',
};
