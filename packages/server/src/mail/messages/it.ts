import type { ReceiptMessages } from './messages.ts';

export const it: ReceiptMessages = {
  receiptSubject: ({ seller, number }) => `La tua ricevuta di rinnovo ${seller} ${number}`,
  refundSubject: ({ seller, number }) => `Il tuo rimborso ${seller} per ${number}`,
  receiptIntro: ({ seller }) => `Grazie: la tua carta è stata rinnovata. Ecco la tua ricevuta da ${seller}.`,
  refundIntro: ({ seller, amount }) => `${seller} ha rimborsato ${amount} sul tuo metodo di pagamento.`,
  receiptNumber: 'Numero di ricevuta',
  seller: 'Venditore',
  card: 'Carta',
  plan: 'Piano',
  subtotal: 'Subtotale',
  discount: 'Sconto',
  amountPaid: 'Importo pagato',
  amountRefunded: 'Importo rimborsato',
  newExpiry: 'Valida fino al',
  reason: 'Motivo',
  footer: 'Conserva questa email per i tuoi archivi.',
};
