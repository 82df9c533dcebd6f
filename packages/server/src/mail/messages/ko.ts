import type { ReceiptMessages } from './messages.ts';

export const ko: ReceiptMessages = {
  receiptSubject: ({ seller, number }) => `${seller} 갱신 영수증 ${number}`,
  refundSubject: ({ seller, number }) => `${seller} 환불 안내 ${number}`,
  receiptIntro: ({ seller }) => `감사합니다. 카드가 갱신되었습니다. ${seller}에서 발행한 영수증입니다.`,
  refundIntro: ({ seller, amount }) => `${seller}에서 ${amount}을(를) 결제 수단으로 환불했습니다.`,
  receiptNumber: '영수증 번호',
  seller: '판매자',
  card: '카드',
  plan: '요금제',
  subtotal: '소계',
  discount: '할인',
  amountPaid: '결제 금액',
  amountRefunded: '환불 금액',
  newExpiry: '유효 기간',
  reason: '사유',
  footer: '이 이메일을 보관해 주세요.',
};
