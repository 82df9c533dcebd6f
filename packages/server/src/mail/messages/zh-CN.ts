import type { ReceiptMessages } from './messages.ts';

export const zhCN: ReceiptMessages = {
  receiptSubject: ({ seller, number }) => `${seller} 续费收据 ${number}`,
  refundSubject: ({ seller, number }) => `${seller} 退款通知 ${number}`,
  receiptIntro: ({ seller }) => `感谢您的购买：您的卡已续费成功。以下是 ${seller} 开具的收据。`,
  refundIntro: ({ seller, amount }) => `${seller} 已将 ${amount} 退回您的付款方式。`,
  receiptNumber: '收据编号',
  seller: '商家',
  card: '卡号',
  plan: '套餐',
  subtotal: '小计',
  discount: '优惠',
  amountPaid: '实付金额',
  amountRefunded: '退款金额',
  newExpiry: '有效期至',
  reason: '原因',
  footer: '请保留此邮件以备查询。',
};
