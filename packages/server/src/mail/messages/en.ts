import type { ReceiptMessages } from './messages.ts';

export const en: ReceiptMessages = {
  receiptSubject: ({ seller, number }) => `Your ${seller} renewal receipt ${number}`,
  refundSubject: ({ seller, number }) => `Your ${seller} refund for ${number}`,
  receiptIntro: ({ seller }) => `Thank you: your card has been renewed. This is your receipt from ${seller}.`,
  refundIntro: ({ seller, amount }) => `${seller} has refunded ${amount} to your payment method.`,
  receiptNumber: 'Receipt number',
  seller: 'Seller',
  card: 'Card',
  plan: 'Plan',
  subtotal: 'Subtotal',
  discount: 'Discount',
  amountPaid: 'Amount paid',
  amountRefunded: 'Amount refunded',
  newExpiry: 'Valid until',
  reason: 'Reason',
  footer: 'Keep this email for your records.',
};
