import type { ReceiptMessages } from './messages.ts';

export const ar: ReceiptMessages = {
  receiptSubject: ({ seller, number }) => `إيصال تجديد ${seller} رقم ${number}`,
  refundSubject: ({ seller, number }) => `استرداد من ${seller} للطلب ${number}`,
  receiptIntro: ({ seller }) => `شكرًا لك: تم تجديد بطاقتك. هذا إيصالك من ${seller}.`,
  refundIntro: ({ seller, amount }) => `ردّ ${seller} مبلغ ${amount} إلى وسيلة الدفع الخاصة بك.`,
  receiptNumber: 'رقم الإيصال',
  seller: 'البائع',
  card: 'البطاقة',
  plan: 'الباقة',
  subtotal: 'المجموع الفرعي',
  discount: 'الخصم',
  amountPaid: 'المبلغ المدفوع',
  amountRefunded: 'المبلغ المسترد',
  newExpiry: 'صالحة حتى',
  reason: 'السبب',
  footer: 'احتفظ بهذه الرسالة في سجلاتك.',
};
