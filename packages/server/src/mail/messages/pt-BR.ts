import type { ReceiptMessages } from './messages.ts';

export const ptBR: ReceiptMessages = {
  receiptSubject: ({ seller, number }) => `Seu recibo de renovação ${seller} ${number}`,
  refundSubject: ({ seller, number }) => `Seu reembolso ${seller} referente a ${number}`,
  receiptIntro: ({ seller }) => `Obrigado: seu cartão foi renovado. Este é o seu recibo de ${seller}.`,
  refundIntro: ({ seller, amount }) => `${seller} reembolsou ${amount} na sua forma de pagamento.`,
  receiptNumber: 'Número do recibo',
  seller: 'Vendedor',
  card: 'Cartão',
  plan: 'Plano',
  subtotal: 'Subtotal',
  discount: 'Desconto',
  amountPaid: 'Valor pago',
  amountRefunded: 'Valor reembolsado',
  newExpiry: 'Válido até',
  reason: 'Motivo',
  footer: 'Guarde este e-mail para seus registros.',
};
