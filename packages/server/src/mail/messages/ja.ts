import type { ReceiptMessages } from './messages.ts';

export const ja: ReceiptMessages = {
  receiptSubject: ({ seller, number }) => `${seller} 更新の領収書 ${number}`,
  refundSubject: ({ seller, number }) => `${seller} 返金のお知らせ ${number}`,
  receiptIntro: ({ seller }) => `ご購入ありがとうございます。カードの更新が完了しました。${seller} からの領収書です。`,
  refundIntro: ({ seller, amount }) => `${seller} は ${amount} をお支払い方法に返金しました。`,
  receiptNumber: '領収書番号',
  seller: '販売者',
  card: 'カード',
  plan: 'プラン',
  subtotal: '小計',
  discount: '割引',
  amountPaid: 'お支払い金額',
  amountRefunded: '返金額',
  newExpiry: '有効期限',
  reason: '理由',
  footer: 'このメールは大切に保管してください。',
};
