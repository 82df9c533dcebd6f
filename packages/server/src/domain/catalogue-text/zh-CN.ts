import type { CatalogueText } from './types.ts';

export const zhCN: CatalogueText = {
  plans: {
    'basic-7': { name: '基础版 7 天', description: '短途旅行轻度使用：地图、消息和少量通话。' },
    'basic-30': { name: '基础版 30 天', description: '一个月的日常流量、通话和短信。' },
    'basic-90': { name: '基础版 90 天', description: '三个月日常使用，月均价格最优惠。' },
    'advanced-7': { name: '高级版 7 天', description: '忙碌一周的高速流量，支持热点。' },
    'advanced-30': { name: '高级版 30 天', description: '一个月无限 5G 流量，支持热点并享优先网速。' },
    'advanced-90': { name: '高级版 90 天', description: '三个月无限 5G 流量。' },
  },
  features: {
    '4g': '4G/LTE',
    '5g': '支持 5G（视网络覆盖）',
    hotspot: '热点与网络共享',
    priority: '优先流量',
    support_24h: '24 小时客服',
  },
  launchOffer: '上市优惠',
  addOns: {
    hotspot: { name: '热点', description: '将网络共享给您的其他设备。' },
    '5g': { name: '5G', description: '在网络支持的地区享受 5G 速度。' },
    sms_100: { name: '100 条短信', description: '一百条短信。' },
  },
  custom: { label: '自定义：{data}，{minutes} 分钟，{days} 天', unlimitedData: '无限流量' },
  carrierPlans: {
    name: '{data} · {days}',
    description: 'eSIM 充值：{data}，有效期 {days}。',
    callsAndTexts: '含 {minutes}通话和 {sms} 条短信。',
  },
  promos: {
    TRAVEL10: '立减 10%',
    WELCOME5: '新用户优惠',
    ADVANCED20: '高级版套餐立减 20%',
    SPRING2025: '2025 春季：立减 15%',
  },
  reasons: {
    cardLost: '此卡已挂失，运营商已将其停用。请联系 UR 客服重新激活。',
    suspended: '此卡已停用，无法续费。',
    terminated: '此卡已注销，无法续费。',
    carrierHold: '运营商已冻结此卡，暂时无法续费。',
    carrierRejected: '运营商拒绝了续费：此 SIM 卡已被网络冻结。',
    carrierRefused: '运营商拒绝了续费。',
    simRecycled: '运营商已回收此 eSIM，无法再续费。',
  },
};
