import type { ReceiptMessages } from './messages.ts';

export const th: ReceiptMessages = {
  receiptSubject: ({ seller, number }) => `ใบเสร็จการต่ออายุจาก ${seller} ${number}`,
  refundSubject: ({ seller, number }) => `การคืนเงินจาก ${seller} สำหรับ ${number}`,
  receiptIntro: ({ seller }) => `ขอบคุณ: บัตรของคุณได้รับการต่ออายุแล้ว นี่คือใบเสร็จจาก ${seller}`,
  refundIntro: ({ seller, amount }) => `${seller} ได้คืนเงิน ${amount} ไปยังวิธีการชำระเงินของคุณแล้ว`,
  receiptNumber: 'เลขที่ใบเสร็จ',
  seller: 'ผู้ขาย',
  card: 'บัตร',
  plan: 'แพ็กเกจ',
  subtotal: 'ยอดรวมย่อย',
  discount: 'ส่วนลด',
  amountPaid: 'ยอดที่ชำระ',
  amountRefunded: 'ยอดเงินที่คืน',
  newExpiry: 'ใช้ได้ถึง',
  reason: 'เหตุผล',
  footer: 'โปรดเก็บอีเมลนี้ไว้เป็นหลักฐาน',
};
