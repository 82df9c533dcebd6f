import type { ReceiptMessages } from './messages.ts';

export const vi: ReceiptMessages = {
  receiptSubject: ({ seller, number }) => `Biên lai gia hạn ${seller} của bạn ${number}`,
  refundSubject: ({ seller, number }) => `Khoản hoàn tiền từ ${seller} cho ${number}`,
  receiptIntro: ({ seller }) => `Cảm ơn bạn: thẻ của bạn đã được gia hạn. Đây là biên lai từ ${seller}.`,
  refundIntro: ({ seller, amount }) => `${seller} đã hoàn ${amount} về phương thức thanh toán của bạn.`,
  receiptNumber: 'Số biên lai',
  seller: 'Người bán',
  card: 'Thẻ',
  plan: 'Gói cước',
  subtotal: 'Tạm tính',
  discount: 'Giảm giá',
  amountPaid: 'Số tiền đã thanh toán',
  amountRefunded: 'Số tiền đã hoàn',
  newExpiry: 'Có hiệu lực đến',
  reason: 'Lý do',
  footer: 'Vui lòng lưu email này để tham khảo.',
};
