import type { Messages } from './messages.ts';
import { plural } from './plural.ts';

/**
 * ภาษาไทย สุภาพแต่เป็นกันเอง ไม่ใช้คำลงท้าย ครับ/ค่ะ คำศัพท์: ต่ออายุ, แพ็กเกจ, อินเทอร์เน็ต, ผู้ให้บริการเครือข่าย,
 * โค้ดส่วนลด, ชำระเงิน บัตร UR เรียกว่า "ซิม" เพื่อไม่ให้สับสนกับบัตรที่ใช้ชำระเงิน ภาษาไทยไม่มีรูปพหูพจน์
 * แต่ตัวเลขผ่าน `plural()` เพื่อจัดรูปแบบตามภาษา
 */
const n = (count: number, other: string) => plural('th', count, { other });

export default {
  widgetLabel: 'ต่ออายุซิม UR',
  stepNames: { card: 'ซิม', plan: 'แพ็กเกจ', pay: 'ชำระเงิน', done: 'เสร็จสิ้น' },
  progress: (current, total, name) => `ขั้นตอนที่ ${current} จาก ${total}: ${name}`,
  back: 'ย้อนกลับ',
  continue: 'ถัดไป',
  loading: 'กำลังโหลด…',
  retry: 'ลองอีกครั้ง',
  contactSupport: 'ติดต่อฝ่ายบริการลูกค้า',
  stepAnnouncement: (current, total, name) => `ขั้นตอนที่ ${current} จาก ${total} ${name}`,

  configErrorTitle: 'การตั้งค่าหน้าต่ออายุนี้ไม่ถูกต้อง',
  configErrorInvalid: (attribute, value, expected) => `${attribute}="${value}" ไม่ถูกต้อง ค่าที่ต้องการ: ${expected}`,
  configErrorMissing: (attribute, expected) => `ต้องระบุ ${attribute} ค่าที่ต้องการ: ${expected}`,

  errors: {
    generic: 'ระบบของเราขัดข้อง กรุณาลองอีกครั้ง',
    network_error: 'เชื่อมต่อบริการต่ออายุไม่ได้ โปรดตรวจสอบอินเทอร์เน็ตแล้วลองอีกครั้ง',
    timeout: 'บริการต่ออายุใช้เวลาตอบนานเกินไป กรุณาลองอีกครั้ง',
    rate_limited: 'อุปกรณ์นี้ลองหลายครั้งเกินไป กรุณารอสักครู่แล้วลองอีกครั้ง',
    card_token_invalid: 'เซสชันหมดอายุเพื่อความปลอดภัย กรุณากรอกข้อมูลซิมอีกครั้ง',
    card_not_renewable: 'ซิมนี้ต่ออายุทางออนไลน์ไม่ได้',
    plan_unavailable: 'แพ็กเกจนี้ไม่มีให้บริการแล้ว กรุณาเลือกแพ็กเกจอื่น',
    quote_expired: 'ราคาที่แสดงหมดอายุแล้ว เราอัปเดตราคาใหม่ให้แล้ว กรุณาตรวจสอบก่อนดำเนินการต่อ',
    currency_unsupported: 'ยังไม่มีราคาในสกุลเงินนี้',
    customer_session_invalid: 'โหลดซิมที่บันทึกไว้ไม่ได้ แต่คุณยังกรอกหมายเลขซิมด้านล่างได้',
    auto_renew_unavailable: 'ซิมนี้ใช้การต่ออายุอัตโนมัติไม่ได้',
    payment_provider_error: 'บริการชำระเงินไม่ตอบสนอง ยังไม่มีการตัดเงิน กรุณาลองอีกครั้ง',
    service_unavailable: 'บริการต่ออายุมีผู้ใช้งานจำนวนมาก กรุณาลองใหม่ในอีก 1 นาที',
    promo_invalid: 'ไม่พบโค้ดส่วนลดนี้ กรุณาตรวจสอบการสะกด',
    promo_expired: 'โค้ดส่วนลดนี้หมดอายุแล้ว',
    promo_not_applicable: 'โค้ดส่วนลดนี้ใช้กับแพ็กเกจที่คุณเลือกไม่ได้',
  },
  errorReference: (requestId) => `หมายเลขอ้างอิง: ${requestId}`,

  cardHeading: 'ซิมของคุณ',
  cardIntro: 'กรอกหมายเลขที่พิมพ์อยู่บนซิมการ์ด (ICCID) และรหัส PIN ที่อยู่ในซองซิม',
  cardNumberLabel: 'หมายเลขซิม (ICCID)',
  cardNumberHint: 'ตัวเลข 18–22 หลัก ส่วนใหญ่ขึ้นต้นด้วย 89',
  cardNumberProblems: {
    empty: 'กรุณากรอกหมายเลขซิม',
    not_digits: 'หมายเลขซิมต้องเป็นตัวเลขเท่านั้น',
    length: 'หมายเลขซิมต้องมี 18–22 หลัก',
    check_digit: 'หมายเลขซิมไม่ถูกต้อง กรุณาตรวจสอบว่าพิมพ์ตัวเลขผิดหรือไม่',
  },
  pinLabel: 'รหัส PIN',
  pinHint: 'ตัวเลข 4–8 หลัก',
  pinProblem: 'กรุณากรอกรหัส PIN 4–8 หลักที่อยู่ในซองซิม',
  verifyButton: 'ตรวจสอบซิม',
  verifying: 'กำลังตรวจสอบซิม…',
  invalidCredentials: (left) =>
    left === undefined
      ? 'หมายเลขซิมหรือรหัส PIN ไม่ถูกต้อง'
      : `หมายเลขซิมหรือรหัส PIN ไม่ถูกต้อง ${plural('th', left, {
          zero: 'ตอนนี้ซิมถูกล็อกชั่วคราวแล้ว',
          other: 'ลองได้อีก # ครั้งก่อนซิมจะถูกล็อกชั่วคราว',
        })}`,
  cardLocked: (wait) => `ใส่รหัส PIN ผิดหลายครั้งเกินไป ซิมนี้จึงถูกล็อกชั่วคราว ลองใหม่ได้ในอีก ${wait}`,
  rateLimited: (wait) => `อุปกรณ์นี้ลองหลายครั้งเกินไป ลองใหม่ได้ในอีก ${wait}`,
  boundCardsLegend: 'ซิมที่บันทึกไว้',
  addNewCard: 'เพิ่มซิมใหม่',
  boundCardOption: (masked, status, expiry) => `${masked} · ${status} · ${expiry}`,
  loadingBoundCards: 'กำลังโหลดซิมที่บันทึกไว้…',
  cardStatus: { active: 'ใช้งานอยู่', expiring: 'ใกล้หมดอายุ', expired: 'หมดอายุแล้ว', suspended: 'ถูกระงับ' },
  cardSummaryHeading: (masked) => `ซิม ${masked}`,
  currentPlan: (name) => `แพ็กเกจปัจจุบัน: ${name}`,
  expiresOn: (date) => `ใช้ได้ถึง ${date}`,
  expiredOn: (date) => `หมดอายุเมื่อ ${date}`,
  daysLeft: (days) =>
    days > 0
      ? n(days, 'เหลืออีก # วัน')
      : days === 0
        ? 'หมดอายุวันนี้'
        : days === -1
          ? 'หมดอายุเมื่อวาน'
          : n(-days, 'หมดอายุมาแล้ว # วัน'),
  expiryWarning: (days) =>
    days <= 0
      ? 'ซิมของคุณหมดอายุแล้ว ต่ออายุตอนนี้เพื่อกลับมาใช้งานได้ โดยยังใช้เบอร์เดิม'
      : `ซิมของคุณจะหมดอายุในอีก ${n(days, '# วัน')} ต่ออายุตอนนี้เพื่อไม่ให้บริการสะดุด`,
  balanceHeading: 'ยอดคงเหลือ',
  dataLabel: 'อินเทอร์เน็ต',
  minutesLabel: 'โทร',
  balanceLeft: (left, total) => `เหลือ ${left} จาก ${total}`,
  unlimitedData: 'เน็ตไม่จำกัด',
  minutesCount: (count) => n(count, '# นาที'),
  smsCount: (count) => n(count, 'SMS # ข้อความ'),
  coverage: (countries) => `ใช้งานได้ใน ${countries}`,
  notRenewableTitle: 'ซิมนี้ต่ออายุไม่ได้',
  notRenewableReasons: {
    suspended: 'ซิมถูกระงับการใช้งาน จึงต่ออายุไม่ได้จนกว่าจะยกเลิกการระงับ',
    terminated: 'ผู้ให้บริการเครือข่ายยกเลิกซิมนี้แล้ว และนำกลับมาใช้อีกไม่ได้',
    carrier_hold: 'ผู้ให้บริการเครือข่ายพักการใช้งานซิมนี้ไว้ชั่วคราว จะต่ออายุได้อีกครั้งเมื่อยกเลิกการพัก',
  },
  useDifferentCard: 'ใช้ซิมอื่น',

  planHeading: 'เลือกแพ็กเกจ',
  planGroupLabel: 'แพ็กเกจ',
  tierNames: { basic: 'พื้นฐาน', advanced: 'ขั้นสูง', custom: 'กำหนดเอง' },
  validity: (days) => n(days, '# วัน'),
  features: { hotspot: 'ฮอตสปอต', '5g': '5G', vpn: 'VPN', roaming: 'โรมมิ่ง', esim: 'eSIM' },
  originalPrice: (price) => `ราคาปกติ ${price} ลดเหลือ`,
  promotionEnds: (date) => `โปรโมชันถึง ${date}`,
  customOption: 'จัดแพ็กเกจเอง',
  customFrom: (price) => `เริ่มต้น ${price}`,
  customData: 'อินเทอร์เน็ต',
  customMinutes: 'นาทีโทร',
  customValidity: 'ระยะเวลาใช้งาน',
  customAddOns: 'บริการเสริม',
  noPlans: 'ขณะนี้ยังไม่มีแพ็กเกจสำหรับซิมนี้',
  promoLabel: 'โค้ดส่วนลด',
  promoApply: 'ใช้โค้ด',
  promoRemove: 'นำออก',
  promoApplied: (code, description) => `ใช้โค้ด ${code} แล้ว: ${description}`,
  autoRenewLabel: 'ต่ออายุอัตโนมัติ',
  autoRenewHelp: 'เราจะต่ออายุแพ็กเกจเดิมให้ 3 วันก่อนหมดอายุ และเรียกเก็บเงินจากช่องทางชำระเงินที่คุณใช้วันนี้ ปิดได้ทุกเมื่อ',
  autoRenewNotAllowed: 'แพ็กเกจนี้ต่ออายุอัตโนมัติไม่ได้',
  autoRenewWechat: 'WeChat Pay บันทึกไว้ใช้ชำระครั้งถัดไปไม่ได้ จึงไม่มีให้เลือกเมื่อเปิดการต่ออายุอัตโนมัติ',
  autoRenewWechatOnly: 'การต่ออายุอัตโนมัติต้องใช้ช่องทางชำระเงินที่บันทึกไว้ได้ ซึ่ง WeChat Pay บันทึกไม่ได้',
  summaryHeading: 'สรุปรายการ',
  subtotal: 'ยอดรวมย่อย',
  discount: 'ส่วนลด',
  total: 'ยอดรวม',
  updatingPrice: 'กำลังอัปเดตราคา…',
  choosePlanFirst: 'เลือกแพ็กเกจเพื่อดูราคา',
  continueToPayment: 'ไปชำระเงิน',

  payHeading: 'ชำระเงิน',
  payFor: (plan, masked) => `${plan} สำหรับซิม ${masked}`,
  amountDue: 'ยอดที่ต้องชำระ',
  payButton: (amount) => `ชำระ ${amount}`,
  paying: 'กำลังดำเนินการชำระเงิน…',
  preparingOrder: 'กำลังเตรียมคำสั่งซื้อ…',
  sandboxTitle: 'โหมดทดสอบ: ไม่มีการตัดเงินจริง',
  sandboxIntro: 'เลือกผลลัพธ์ของการชำระเงินทดสอบนี้',
  sandboxOutcomes: { succeeded: 'สำเร็จ', declined: 'ถูกปฏิเสธ', requires_action: 'ขอยืนยันตัวตนแบบ 3-D Secure' },
  challengeHeading: 'การยืนยัน 3-D Secure (จำลอง)',
  challengeIntro: (amount) => `ธนาคารของคุณขอให้ยืนยันการชำระเงิน ${amount}`,
  challengeApprove: 'ยืนยันการชำระเงิน',
  challengeFail: 'ทำให้การยืนยันล้มเหลว',
  paymentErrors: {
    card_declined: 'การชำระเงินถูกปฏิเสธ ยังไม่มีการตัดเงิน ลองอีกครั้งหรือเลือกช่องทางชำระเงินอื่น',
    authentication_failed: 'ยืนยันการชำระเงินกับธนาคารไม่สำเร็จ ยังไม่มีการตัดเงิน',
    processing_error: 'ดำเนินการชำระเงินไม่สำเร็จ ยังไม่มีการตัดเงิน กรุณาลองอีกครั้ง',
  },
  paymentMethodsLabel: 'ข้อมูลการชำระเงิน',
  loadingPaymentForm: 'กำลังโหลดแบบฟอร์มชำระเงินที่ปลอดภัย…',
  paymentFormFailed: 'โหลดแบบฟอร์มชำระเงินไม่ได้ โปรดตรวจสอบอินเทอร์เน็ตแล้วลองอีกครั้ง',
  redirectNotCompleted: 'การชำระเงินไม่เสร็จสมบูรณ์ และยังไม่มีการตัดเงิน ลองอีกครั้งได้',

  doneHeading: 'กำลังต่ออายุซิม',
  phases: {
    paid: 'ยืนยันการชำระเงินแล้ว',
    provisioning: 'ผู้ให้บริการเครือข่ายกำลังต่ออายุให้',
    active: 'ต่ออายุเรียบร้อย',
  },
  phaseState: { done: 'เสร็จแล้ว', current: 'กำลังดำเนินการ', waiting: 'รอดำเนินการ' },
  stillApplying:
    'ใช้เวลานานกว่าปกติเล็กน้อย การชำระเงินของคุณปลอดภัย และผู้ให้บริการเครือข่ายยังดำเนินการต่ออายุอยู่ คุณปิดหน้านี้ได้เลย การต่ออายุจะเสร็จสิ้นเองโดยอัตโนมัติ และซิมจะแสดงวันหมดอายุใหม่',
  completeHeading: 'ต่ออายุซิมเรียบร้อยแล้ว',
  completeIntro: (date) => `เรียบร้อย ซิมของคุณใช้งานได้ถึง ${date}`,
  receiptHeading: 'ใบเสร็จ',
  receiptNumber: 'เลขที่ใบเสร็จ',
  receiptPlan: 'แพ็กเกจ',
  receiptCard: 'ซิม',
  receiptAmount: 'ยอดที่ชำระ',
  receiptPaymentMethod: 'ชำระด้วย',
  receiptNewExpiry: 'วันหมดอายุใหม่',
  receiptIssued: 'วันที่ออก',
  paymentMethodNames: {
    card: 'บัตรเครดิต/เดบิต',
    alipay: 'Alipay',
    wechat_pay: 'WeChat Pay',
    sandbox: 'การชำระเงินทดสอบ',
  },
  printReceipt: 'พิมพ์ใบเสร็จ',
  saveReceipt: 'บันทึกใบเสร็จ',
  failedHeading: 'ต่ออายุไม่สำเร็จ',
  failureReasons: {
    carrier_rejected: 'ผู้ให้บริการเครือข่ายต่ออายุซิมนี้ไม่ได้',
    carrier_unavailable: 'ติดต่อผู้ให้บริการเครือข่ายเพื่อต่ออายุไม่ได้',
    payment_failed: 'การชำระเงินไม่สำเร็จ',
  },
  refunded: (amount) => `คืนเงิน ${amount} ให้คุณแล้ว อาจใช้เวลา 5–10 วันกว่ายอดจะแสดงในใบแจ้งยอดบัตร`,
  notCharged: 'การต่ออายุครั้งนี้ไม่มีการเรียกเก็บเงิน',
  refundPending: (amount) => `กำลังคืนเงิน ${amount} ให้คุณ ไม่ต้องดำเนินการใดๆ`,
  tryAgain: 'ลองอีกครั้ง',
  renewAnother: 'ต่ออายุซิมอื่น',
} satisfies Messages;
