import type { ReceiptMessages } from './messages.ts';

export const de: ReceiptMessages = {
  receiptSubject: ({ seller, number }) => `Ihr Beleg für die Verlängerung bei ${seller}: ${number}`,
  refundSubject: ({ seller, number }) => `Ihre Erstattung von ${seller} für ${number}`,
  receiptIntro: ({ seller }) => `Vielen Dank: Ihre Karte wurde verlängert. Dies ist Ihr Beleg von ${seller}.`,
  refundIntro: ({ seller, amount }) => `${seller} hat ${amount} auf Ihre Zahlungsmethode erstattet.`,
  receiptNumber: 'Belegnummer',
  seller: 'Verkäufer',
  card: 'Karte',
  plan: 'Tarif',
  subtotal: 'Zwischensumme',
  discount: 'Rabatt',
  amountPaid: 'Bezahlter Betrag',
  amountRefunded: 'Erstatteter Betrag',
  newExpiry: 'Gültig bis',
  reason: 'Grund',
  footer: 'Bitte bewahren Sie diese E-Mail für Ihre Unterlagen auf.',
};
