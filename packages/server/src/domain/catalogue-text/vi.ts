import type { CatalogueText } from './types.ts';

export const vi: CatalogueText = {
  plans: {
    'basic-7': { name: 'Cơ bản 7 ngày', description: 'Dùng nhẹ cho chuyến đi ngắn: bản đồ, tin nhắn, vài cuộc gọi.' },
    'basic-30': { name: 'Cơ bản 30 ngày', description: 'Một tháng dữ liệu, cuộc gọi và tin nhắn hằng ngày.' },
    'basic-90': { name: 'Cơ bản 90 ngày', description: 'Ba tháng dùng hằng ngày với giá theo tháng tốt nhất.' },
    'advanced-7': { name: 'Nâng cao 7 ngày', description: 'Dữ liệu tốc độ cao cho một tuần bận rộn, có điểm phát.' },
    'advanced-30': {
      name: 'Nâng cao 30 ngày',
      description: 'Dữ liệu 5G không giới hạn trong một tháng, có điểm phát và ưu tiên.',
    },
    'advanced-90': { name: 'Nâng cao 90 ngày', description: 'Dữ liệu 5G không giới hạn trong ba tháng.' },
  },
  features: {
    '4g': '4G/LTE',
    '5g': '5G ở nơi có sóng',
    hotspot: 'Điểm phát và chia sẻ kết nối',
    priority: 'Dữ liệu ưu tiên',
    support_24h: 'Hỗ trợ 24 giờ',
  },
  launchOffer: 'Ưu đãi ra mắt',
  addOns: {
    hotspot: { name: 'Điểm phát', description: 'Chia sẻ kết nối với các thiết bị khác của bạn.' },
    '5g': { name: '5G', description: 'Tốc độ 5G ở nơi mạng hỗ trợ.' },
    sms_100: { name: '100 tin nhắn', description: 'Một trăm tin nhắn SMS.' },
  },
  custom: { label: 'Tùy chỉnh: {data}, {minutes} phút, {days} ngày', unlimitedData: 'dữ liệu không giới hạn' },
  carrierPlans: {
    name: '{data} · {days}',
    description: 'Nạp thêm cho eSIM: {data}, dùng trong {days}.',
    callsAndTexts: 'Kèm {minutes} gọi và {sms} tin nhắn SMS.',
  },
  promos: {
    TRAVEL10: 'Giảm 10%',
    WELCOME5: 'Ưu đãi chào mừng',
    ADVANCED20: 'Giảm 20% gói Nâng cao',
    SPRING2025: 'Mùa xuân 2025: giảm 15%',
  },
  reasons: {
    cardLost: 'Nhà mạng đã tạm khóa thẻ sau khi thẻ được báo mất. Hãy liên hệ bộ phận hỗ trợ UR để kích hoạt lại.',
    suspended: 'Thẻ này đang bị tạm khóa và không thể gia hạn.',
    terminated: 'Thẻ này đã bị hủy và không thể gia hạn.',
    carrierHold: 'Nhà mạng đang tạm giữ thẻ này: hiện chưa thể gia hạn.',
    carrierRejected: 'Nhà mạng đã từ chối gia hạn: SIM đang bị tạm giữ trên mạng.',
    carrierRefused: 'Nhà mạng đã từ chối gia hạn.',
    simRecycled: 'Nhà mạng đã thu hồi eSIM này: không thể gia hạn được nữa.',
  },
};
