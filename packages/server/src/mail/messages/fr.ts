import type { ReceiptMessages } from './messages.ts';

export const fr: ReceiptMessages = {
  receiptSubject: ({ seller, number }) => `Votre reçu de renouvellement ${seller} ${number}`,
  refundSubject: ({ seller, number }) => `Votre remboursement ${seller} pour ${number}`,
  receiptIntro: ({ seller }) => `Merci : votre carte a été renouvelée. Voici votre reçu de ${seller}.`,
  refundIntro: ({ seller, amount }) => `${seller} a remboursé ${amount} sur votre moyen de paiement.`,
  receiptNumber: 'Numéro de reçu',
  seller: 'Vendeur',
  card: 'Carte',
  plan: 'Forfait',
  subtotal: 'Sous-total',
  discount: 'Remise',
  amountPaid: 'Montant payé',
  amountRefunded: 'Montant remboursé',
  newExpiry: 'Valable jusqu’au',
  reason: 'Motif',
  footer: 'Conservez cet e-mail pour vos archives.',
};
