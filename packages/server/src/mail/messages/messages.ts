/** The words of receipt emails, one catalogue per locale; values come formatted (Intl) from receipt-email.ts. */
export interface ReceiptMessages {
  receiptSubject(v: { seller: string; number: string }): string;
  refundSubject(v: { seller: string; number: string }): string;
  receiptIntro(v: { seller: string }): string;
  refundIntro(v: { seller: string; amount: string }): string;
  receiptNumber: string;
  seller: string;
  card: string;
  plan: string;
  subtotal: string;
  discount: string;
  amountPaid: string;
  amountRefunded: string;
  newExpiry: string;
  reason: string;
  footer: string;
}
