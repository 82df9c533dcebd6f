import type { ReceiptMessages } from './messages.ts';

export const es: ReceiptMessages = {
  receiptSubject: ({ seller, number }) => `Tu recibo de renovación de ${seller} ${number}`,
  refundSubject: ({ seller, number }) => `Tu reembolso de ${seller} por ${number}`,
  receiptIntro: ({ seller }) => `Gracias: tu tarjeta se ha renovado. Este es tu recibo de ${seller}.`,
  refundIntro: ({ seller, amount }) => `${seller} ha reembolsado ${amount} a tu método de pago.`,
  receiptNumber: 'Número de recibo',
  seller: 'Vendedor',
  card: 'Tarjeta',
  plan: 'Plan',
  subtotal: 'Subtotal',
  discount: 'Descuento',
  amountPaid: 'Importe pagado',
  amountRefunded: 'Importe reembolsado',
  newExpiry: 'Válida hasta',
  reason: 'Motivo',
  footer: 'Guarda este correo para tus registros.',
};
