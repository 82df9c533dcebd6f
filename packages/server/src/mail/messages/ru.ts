import type { ReceiptMessages } from './messages.ts';

export const ru: ReceiptMessages = {
  receiptSubject: ({ seller, number }) => `Ваш чек о продлении ${seller} ${number}`,
  refundSubject: ({ seller, number }) => `Возврат средств от ${seller} по ${number}`,
  receiptIntro: ({ seller }) => `Спасибо: ваша карта продлена. Это ваш чек от ${seller}.`,
  refundIntro: ({ seller, amount }) => `${seller} вернул ${amount} на ваш способ оплаты.`,
  receiptNumber: 'Номер чека',
  seller: 'Продавец',
  card: 'Карта',
  plan: 'Тариф',
  subtotal: 'Промежуточный итог',
  discount: 'Скидка',
  amountPaid: 'Оплачено',
  amountRefunded: 'Возвращено',
  newExpiry: 'Действует до',
  reason: 'Причина',
  footer: 'Сохраните это письмо.',
};
