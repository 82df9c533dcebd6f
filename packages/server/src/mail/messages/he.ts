import type { ReceiptMessages } from './messages.ts';

export const he: ReceiptMessages = {
  receiptSubject: ({ seller, number }) => `קבלה על חידוש מ-${seller} ${number}`,
  refundSubject: ({ seller, number }) => `החזר כספי מ-${seller} עבור ${number}`,
  receiptIntro: ({ seller }) => `תודה: הכרטיס שלך חודש. זוהי הקבלה שלך מ-${seller}.`,
  refundIntro: ({ seller, amount }) => `הסכום ${amount} הוחזר לאמצעי התשלום שלך על ידי ${seller}.`,
  receiptNumber: 'מספר קבלה',
  seller: 'מוכר',
  card: 'כרטיס',
  plan: 'חבילה',
  subtotal: 'סכום ביניים',
  discount: 'הנחה',
  amountPaid: 'סכום ששולם',
  amountRefunded: 'סכום שהוחזר',
  newExpiry: 'בתוקף עד',
  reason: 'סיבה',
  footer: 'שמרו הודעה זו לתיעוד.',
};
