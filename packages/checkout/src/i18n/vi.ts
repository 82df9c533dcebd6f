import type { Messages } from './messages.ts';
import { plural } from './plural.ts';

/**
 * Tiếng Việt, xưng "bạn". Thuật ngữ: gia hạn, gói cước, data, nhà mạng, mã khuyến mãi, thanh toán, trừ tiền.
 * Thẻ UR được gọi là "SIM" để không nhầm với thẻ thanh toán. Tiếng Việt không có số nhiều, nhưng con số vẫn đi qua
 * `plural()` để định dạng theo ngôn ngữ.
 */
const n = (count: number, other: string) => plural('vi', count, { other });

export default {
  widgetLabel: 'Gia hạn SIM UR',
  stepNames: { card: 'SIM', plan: 'Gói cước', pay: 'Thanh toán', done: 'Hoàn tất' },
  progress: (current, total, name) => `Bước ${current}/${total}: ${name}`,
  back: 'Quay lại',
  continue: 'Tiếp tục',
  loading: 'Đang tải…',
  retry: 'Thử lại',
  contactSupport: 'Liên hệ hỗ trợ',
  stepAnnouncement: (current, total, name) => `Bước ${current} trên ${total}, ${name}`,

  configErrorTitle: 'Trang gia hạn này chưa được cấu hình đúng',
  checkoutUnavailable: 'Hiện không thể gia hạn. Vui lòng thử lại sau.',
  configErrorInvalid: (attribute, value, expected) => `${attribute}="${value}" không hợp lệ: cần ${expected}.`,
  configErrorMissing: (attribute, expected) => `Thiếu ${attribute} (bắt buộc): cần ${expected}.`,

  errors: {
    generic: 'Hệ thống của chúng tôi đang gặp sự cố. Vui lòng thử lại.',
    network_error: 'Không kết nối được với dịch vụ gia hạn. Hãy kiểm tra kết nối mạng rồi thử lại.',
    timeout: 'Dịch vụ gia hạn phản hồi quá lâu. Vui lòng thử lại.',
    rate_limited: 'Thiết bị này đã thử quá nhiều lần. Vui lòng đợi một lát rồi thử lại.',
    card_token_invalid: 'Để bảo mật, phiên làm việc đã hết hạn. Vui lòng nhập lại thông tin SIM.',
    card_not_renewable: 'SIM này không thể gia hạn trực tuyến.',
    plan_unavailable: 'Gói cước này không còn được cung cấp. Vui lòng chọn gói khác.',
    quote_expired: 'Giá vừa hết hiệu lực nên chúng tôi đã cập nhật giá mới. Bạn vui lòng kiểm tra rồi tiếp tục.',
    currency_unsupported: 'Chưa có giá theo loại tiền tệ này.',
    customer_session_invalid: 'Không tải được các SIM đã lưu. Bạn vẫn có thể nhập số SIM ở bên dưới.',
    auto_renew_unavailable: 'SIM này không hỗ trợ tự động gia hạn.',
    payment_provider_error: 'Dịch vụ thanh toán không phản hồi. Bạn chưa bị trừ tiền, vui lòng thử lại.',
    service_unavailable: 'Dịch vụ gia hạn đang quá tải. Vui lòng thử lại sau một phút.',
    promo_invalid: 'Mã khuyến mãi không tồn tại. Hãy kiểm tra lại chính tả.',
    promo_expired: 'Mã khuyến mãi này đã hết hạn.',
    promo_not_applicable: 'Mã khuyến mãi này không áp dụng cho gói cước bạn đã chọn.',
  },
  errorReference: (requestId) => `Mã tham chiếu: ${requestId}`,

  cardHeading: 'SIM của bạn',
  cardIntro: 'Nhập số in trên SIM (ICCID) và mã PIN có trong bao bì SIM.',
  cardNumberLabel: 'Số SIM (ICCID)',
  cardNumberHint: 'Từ 18 đến 22 chữ số, thường bắt đầu bằng 89',
  cardNumberProblems: {
    empty: 'Vui lòng nhập số SIM.',
    not_digits: 'Số SIM chỉ gồm chữ số.',
    length: 'Số SIM gồm 18 đến 22 chữ số.',
    check_digit: 'Số SIM không hợp lệ. Hãy kiểm tra xem có gõ nhầm chữ số nào không.',
  },
  pinLabel: 'Mã PIN',
  pinHint: 'Từ 4 đến 8 chữ số',
  pinProblem: 'Vui lòng nhập mã PIN gồm 4 đến 8 chữ số có trong bao bì SIM.',
  verifyButton: 'Kiểm tra SIM',
  verifying: 'Đang kiểm tra SIM…',
  invalidCredentials: (left) =>
    left === undefined
      ? 'Số SIM hoặc mã PIN không đúng.'
      : `Số SIM hoặc mã PIN không đúng. ${plural('vi', left, {
          zero: 'SIM hiện đã bị khóa tạm thời.',
          other: 'Bạn còn # lần thử trước khi SIM bị khóa tạm thời.',
        })}`,
  cardLocked: (wait) =>
    `Bạn đã nhập sai mã PIN quá nhiều lần nên SIM đang bị khóa tạm thời. Vui lòng thử lại sau ${wait}.`,
  rateLimited: (wait) => `Thiết bị này đã thử quá nhiều lần. Vui lòng thử lại sau ${wait}.`,
  boundCardsLegend: 'SIM đã lưu',
  addNewCard: 'Thêm SIM mới',
  boundCardOption: (masked, status, expiry) => `${masked} · ${status} · ${expiry}`,
  loadingBoundCards: 'Đang tải các SIM đã lưu…',
  cardStatus: { active: 'Đang hoạt động', expiring: 'Sắp hết hạn', expired: 'Đã hết hạn', suspended: 'Bị tạm ngưng' },
  cardSummaryHeading: (masked) => `SIM ${masked}`,
  currentPlan: (name) => `Gói hiện tại: ${name}`,
  expiresOn: (date) => `Hết hạn vào ${date}`,
  expiredOn: (date) => `Đã hết hạn vào ${date}`,
  daysLeft: (days) =>
    days > 0
      ? n(days, 'Còn # ngày')
      : days === 0
        ? 'Hết hạn hôm nay'
        : days === -1
          ? 'Đã hết hạn hôm qua'
          : n(-days, 'Đã hết hạn # ngày'),
  expiryWarning: (days) =>
    days <= 0
      ? 'SIM của bạn đã hết hạn. Gia hạn ngay để dùng lại dịch vụ, số điện thoại vẫn được giữ nguyên.'
      : `SIM của bạn sẽ hết hạn sau ${n(days, '# ngày')}. Gia hạn ngay để không bị gián đoạn dịch vụ.`,
  balanceHeading: 'Dung lượng còn lại',
  dataLabel: 'Data di động',
  minutesLabel: 'Phút gọi',
  balanceLeft: (left, total) => `Còn ${left} trên tổng ${total}`,
  balanceStale: (asOf) =>
    asOf ? `Dung lượng còn lại lúc ${asOf}` : 'Nhà mạng không phản hồi: dung lượng còn lại có thể chưa được cập nhật',
  unlimitedData: 'Data không giới hạn',
  minutesCount: (count) => n(count, '# phút'),
  smsCount: (count) => n(count, '# tin nhắn SMS'),
  coverage: (countries) => `Dùng được tại ${countries}`,
  notRenewableTitle: 'SIM này không thể gia hạn',
  notRenewableReasons: {
    suspended: 'SIM đang bị tạm ngưng nên chưa thể gia hạn cho đến khi được mở lại.',
    terminated: 'Nhà mạng đã chấm dứt SIM này, SIM không thể sử dụng lại.',
    carrier_hold: 'Nhà mạng đang tạm giữ SIM này. Việc gia hạn tạm dừng cho đến khi nhà mạng mở lại.',
  },
  useDifferentCard: 'Dùng SIM khác',

  planHeading: 'Chọn gói cước',
  planGroupLabel: 'Gói cước',
  tierNames: { basic: 'Cơ bản', advanced: 'Nâng cao', custom: 'Tùy chọn' },
  validity: (days) => n(days, '# ngày'),
  features: {
    '4g': '4G/LTE',
    '5g': '5G',
    hotspot: 'Phát Wi-Fi',
    priority: 'Ưu tiên dữ liệu',
    support_24h: 'Hỗ trợ 24/7',
    sms_100: '100 tin nhắn SMS',
  },
  originalPrice: (price) => `Giá gốc ${price}, giá ưu đãi`,
  promotionEnds: (date) => `Ưu đãi đến hết ${date}`,
  customOption: 'Tự chọn gói',
  customFrom: (price) => `Từ ${price}`,
  customData: 'Dung lượng data',
  customMinutes: 'Phút gọi',
  customValidity: 'Thời hạn',
  customAddOns: 'Dịch vụ cộng thêm',
  noPlans: 'Hiện chưa có gói cước nào cho SIM này.',
  promoLabel: 'Mã khuyến mãi',
  promoApply: 'Áp dụng',
  promoRemove: 'Gỡ bỏ',
  promoApplied: (code, description) => `Đã áp dụng ${code}: ${description}`,
  autoRenewLabel: 'Tự động gia hạn',
  autoRenewHelp:
    'Chúng tôi sẽ gia hạn đúng gói này 3 ngày trước khi hết hạn và trừ tiền qua phương thức thanh toán bạn dùng hôm nay. Bạn có thể tắt bất cứ lúc nào.',
  autoRenewNotAllowed: 'Gói này không hỗ trợ tự động gia hạn.',
  autoRenewWechat:
    'WeChat Pay không thể lưu lại cho các lần thanh toán sau, nên không hiển thị khi bật tự động gia hạn.',
  autoRenewWechatOnly:
    'Tự động gia hạn cần phương thức thanh toán có thể lưu lại, nhưng WeChat Pay thì không lưu được.',
  summaryHeading: 'Tóm tắt đơn hàng',
  subtotal: 'Tạm tính',
  discount: 'Giảm giá',
  total: 'Tổng cộng',
  updatingPrice: 'Đang cập nhật giá…',
  choosePlanFirst: 'Chọn gói cước để xem giá.',
  continueToPayment: 'Tiếp tục thanh toán',

  payHeading: 'Thanh toán',
  payFor: (plan, masked) => `${plan} cho SIM ${masked}`,
  amountDue: 'Số tiền cần thanh toán',
  payButton: (amount) => `Thanh toán ${amount}`,
  paying: 'Đang xử lý thanh toán…',
  preparingOrder: 'Đang chuẩn bị đơn hàng…',
  sandboxTitle: 'Chế độ thử nghiệm: không phát sinh giao dịch thật',
  sandboxIntro: 'Chọn kết quả cho giao dịch thử nghiệm này.',
  sandboxOutcomes: { succeeded: 'Thành công', declined: 'Bị từ chối', requires_action: 'Yêu cầu xác thực 3-D Secure' },
  challengeHeading: 'Xác thực 3-D Secure (mô phỏng)',
  challengeIntro: (amount) => `Ngân hàng của bạn yêu cầu xác nhận khoản thanh toán ${amount}.`,
  challengeApprove: 'Xác nhận thanh toán',
  challengeFail: 'Cho xác thực thất bại',
  paymentErrors: {
    card_declined: 'Thanh toán bị từ chối. Bạn chưa bị trừ tiền; hãy thử lại hoặc dùng phương thức thanh toán khác.',
    authentication_failed: 'Không thể xác nhận thanh toán với ngân hàng. Bạn chưa bị trừ tiền.',
    processing_error: 'Không thể xử lý thanh toán. Bạn chưa bị trừ tiền, vui lòng thử lại.',
  },
  paymentMethodsLabel: 'Thông tin thanh toán',
  loadingPaymentForm: 'Đang tải biểu mẫu thanh toán bảo mật…',
  paymentFormFailed: 'Không tải được biểu mẫu thanh toán. Hãy kiểm tra kết nối mạng rồi thử lại.',
  redirectNotCompleted: 'Thanh toán chưa hoàn tất và bạn chưa bị trừ tiền. Bạn có thể thử lại.',
  originalPriceLabel: 'Giá gốc',
  autoRenewNotice: (amount, date, leadDays) =>
    `Tự động gia hạn đang bật: chúng tôi sẽ thu ${amount} vào ngày ${date}, ${n(leadDays, '# ngày')} trước ngày hết hạn mới, và gia hạn như vậy mỗi lần sau đó. Bạn có thể tắt bất cứ lúc nào ngay trong trang thanh toán này.`,
  autoRenewNextCharge: (amount, date) => `Bật: lần thu tiếp theo ${amount} vào ngày ${date}`,
  autoRenewIsOff: 'Tắt: bạn sẽ không bị trừ tiền tự động.',
  autoRenewNeedsPaymentMethod:
    'Để bật, hãy gia hạn một lần với tùy chọn “Tự động gia hạn”: phương thức thanh toán của bạn sẽ được lưu cho các lần gia hạn sau.',
  autoRenewTurnedOn: 'Đã bật tự động gia hạn.',
  autoRenewTurnedOff: 'Đã tắt tự động gia hạn.',
  lowDataLabel: 'Cả khi dữ liệu của tôi sắp hết',
  lowDataHelp:
    'Khi bạn đã dùng 90% dữ liệu hoặc chỉ còn 1 ngày, chúng tôi gia hạn lại cùng gói cước bằng phương thức thanh toán đã lưu, trong giới hạn hằng tháng của bạn.',
  lowDataCapLabel: 'Giới hạn hằng tháng',
  lowDataSpent: (spent, cap) => `Đã dùng ${spent} trên ${cap} trong tháng này`,
  lowDataTurnedOn: 'Đã bật gia hạn khi dữ liệu sắp hết.',
  lowDataTurnedOff: 'Đã tắt gia hạn khi dữ liệu sắp hết.',
  lowDataCapSet: (cap) => `Đã đặt giới hạn hằng tháng là ${cap}.`,

  doneHeading: 'Đang gia hạn SIM',
  phases: {
    paid: 'Đã xác nhận thanh toán',
    provisioning: 'Nhà mạng đang áp dụng gia hạn',
    active: 'Gia hạn đã có hiệu lực',
  },
  phaseState: { done: 'xong', current: 'đang xử lý', waiting: 'đang chờ' },
  stillApplying:
    'Quá trình này lâu hơn bình thường. Khoản thanh toán của bạn vẫn an toàn và nhà mạng đang tiếp tục áp dụng gia hạn. Bạn có thể đóng trang này: việc gia hạn sẽ tự hoàn tất và SIM sẽ hiển thị ngày hết hạn mới.',
  completeHeading: 'SIM đã được gia hạn',
  completeIntro: (date) => `Xong rồi! SIM của bạn giờ dùng được đến ${date}.`,
  receiptHeading: 'Biên lai',
  receiptNumber: 'Số biên lai',
  receiptPlan: 'Gói cước',
  receiptCard: 'SIM',
  receiptAmount: 'Số tiền đã thanh toán',
  receiptPaymentMethod: 'Phương thức thanh toán',
  receiptNewExpiry: 'Ngày hết hạn mới',
  receiptIssued: 'Ngày lập',
  receiptSeller: 'Bên bán',
  receiptAutoRenew: 'Gia hạn tự động',
  paymentMethodNames: {
    card: 'Thẻ tín dụng/ghi nợ',
    alipay: 'Alipay',
    wechat_pay: 'WeChat Pay',
    sandbox: 'Thanh toán thử nghiệm',
  },
  printReceipt: 'In biên lai',
  saveReceipt: 'Lưu biên lai',
  failedHeading: 'Gia hạn không thành công',
  failureReasons: {
    carrier_rejected: 'Nhà mạng không thể áp dụng gia hạn cho SIM này.',
    carrier_unavailable: 'Không liên lạc được với nhà mạng để áp dụng gia hạn.',
    payment_failed: 'Thanh toán không thành công.',
  },
  refunded: (amount) =>
    `Khoản thanh toán ${amount} đã được hoàn lại. Có thể mất 5 đến 10 ngày để khoản hoàn tiền hiển thị trong sao kê của bạn.`,
  notCharged: 'Bạn không bị trừ tiền cho lần gia hạn này.',
  refundPending: (amount) => `Khoản thanh toán ${amount} đang được hoàn lại, bạn không cần làm gì thêm.`,
  tryAgain: 'Thử lại',
  renewAnother: 'Gia hạn SIM khác',
} satisfies Messages;
