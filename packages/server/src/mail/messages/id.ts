import type { ReceiptMessages } from './messages.ts';

export const id: ReceiptMessages = {
  receiptSubject: ({ seller, number }) => `Tanda terima perpanjangan ${seller} Anda ${number}`,
  refundSubject: ({ seller, number }) => `Pengembalian dana ${seller} untuk ${number}`,
  receiptIntro: ({ seller }) => `Terima kasih: kartu Anda telah diperpanjang. Ini tanda terima Anda dari ${seller}.`,
  refundIntro: ({ seller, amount }) => `${seller} telah mengembalikan ${amount} ke metode pembayaran Anda.`,
  receiptNumber: 'Nomor tanda terima',
  seller: 'Penjual',
  card: 'Kartu',
  plan: 'Paket',
  subtotal: 'Subtotal',
  discount: 'Diskon',
  amountPaid: 'Jumlah dibayar',
  amountRefunded: 'Jumlah dikembalikan',
  newExpiry: 'Berlaku hingga',
  reason: 'Alasan',
  footer: 'Simpan email ini sebagai arsip Anda.',
};
