import type { CatalogueText } from './types.ts';

export const zhTW: CatalogueText = {
  plans: {
    'basic-7': { name: '基本方案 7 天', description: '短程旅行輕度使用：地圖、訊息和少量通話。' },
    'basic-30': { name: '基本方案 30 天', description: '一個月的日常數據、通話和簡訊。' },
    'basic-90': { name: '基本方案 90 天', description: '三個月日常使用，月均價格最划算。' },
    'advanced-7': { name: '進階方案 7 天', description: '忙碌一週的高速數據，可使用熱點。' },
    'advanced-30': { name: '進階方案 30 天', description: '一個月 5G 數據吃到飽，含熱點與優先網速。' },
    'advanced-90': { name: '進階方案 90 天', description: '三個月 5G 數據吃到飽。' },
  },
  features: {
    '4g': '4G/LTE',
    '5g': '支援 5G（視網路涵蓋）',
    hotspot: '熱點與網路分享',
    priority: '優先數據',
    support_24h: '24 小時客服',
  },
  launchOffer: '上市優惠',
  addOns: {
    hotspot: { name: '熱點', description: '將網路分享給您的其他裝置。' },
    '5g': { name: '5G', description: '在網路支援的地區享有 5G 速度。' },
    sms_100: { name: '100 則簡訊', description: '一百則簡訊。' },
  },
  custom: { label: '自訂：{data}，{minutes} 分鐘，{days} 天', unlimitedData: '數據吃到飽' },
  carrierPlans: {
    name: '{data} · {days}',
    description: 'eSIM 儲值：{data}，有效期 {days}。',
    callsAndTexts: '含 {minutes}通話與 {sms} 則簡訊。',
  },
  promos: {
    TRAVEL10: '折抵 10%',
    WELCOME5: '新客優惠',
    ADVANCED20: '進階方案折抵 20%',
    SPRING2025: '2025 春季：折抵 15%',
  },
  reasons: {
    cardLost: '此卡已掛失，電信業者已將其停用。請聯絡 UR 客服重新啟用。',
    suspended: '此卡已停用，無法續約。',
    terminated: '此卡已終止，無法續約。',
    carrierHold: '電信業者已暫停此卡，目前無法續約。',
    carrierRejected: '電信業者拒絕了續約：此 SIM 卡已被網路暫停。',
    carrierRefused: '電信業者拒絕了續約。',
    simRecycled: '電信業者已回收此 eSIM，無法再續約。',
  },
};
