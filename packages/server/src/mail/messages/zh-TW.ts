import type { ReceiptMessages } from './messages.ts';

export const zhTW: ReceiptMessages = {
  receiptSubject: ({ seller, number }) => `${seller} 續費收據 ${number}`,
  refundSubject: ({ seller, number }) => `${seller} 退款通知 ${number}`,
  receiptIntro: ({ seller }) => `感謝您的購買：您的卡已成功續費。以下是 ${seller} 開立的收據。`,
  refundIntro: ({ seller, amount }) => `${seller} 已將 ${amount} 退回您的付款方式。`,
  receiptNumber: '收據編號',
  seller: '商家',
  card: '卡號',
  plan: '方案',
  subtotal: '小計',
  discount: '折扣',
  amountPaid: '實付金額',
  amountRefunded: '退款金額',
  newExpiry: '有效期至',
  reason: '原因',
  footer: '請保留此郵件以備查詢。',
};
