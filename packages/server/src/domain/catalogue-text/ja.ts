import type { CatalogueText } from './types.ts';

export const ja: CatalogueText = {
  plans: {
    'basic-7': { name: 'ベーシック 7日間', description: '短い旅行に：地図、メッセージ、少しの通話。' },
    'basic-30': { name: 'ベーシック 30日間', description: '1か月分の日常のデータ・通話・SMS。' },
    'basic-90': { name: 'ベーシック 90日間', description: '3か月の日常利用を、最もお得な月額で。' },
    'advanced-7': { name: 'アドバンス 7日間', description: '忙しい1週間に高速データ、テザリング付き。' },
    'advanced-30': { name: 'アドバンス 30日間', description: '1か月 5G データ無制限、テザリングと優先通信付き。' },
    'advanced-90': { name: 'アドバンス 90日間', description: '3か月 5G データ無制限。' },
  },
  features: {
    '4g': '4G/LTE',
    '5g': '5G（対応エリアのみ）',
    hotspot: 'テザリング',
    priority: '優先データ通信',
    support_24h: '24時間サポート',
  },
  launchOffer: '発売記念価格',
  addOns: {
    hotspot: { name: 'テザリング', description: 'ほかの端末と接続を共有できます。' },
    '5g': { name: '5G', description: '対応ネットワークで 5G の速度。' },
    sms_100: { name: 'SMS 100通', description: 'SMS を100通送れます。' },
  },
  custom: { label: 'カスタム：{data}、{minutes}分、{days}日間', unlimitedData: 'データ無制限' },
  carrierPlans: {
    name: '{data}・{days}',
    description: 'eSIM のチャージ：{data}、有効期間 {days}。',
    callsAndTexts: '通話 {minutes}と SMS {sms} 通付き。',
  },
  promos: {
    TRAVEL10: '10%オフ',
    WELCOME5: 'ウェルカム割引',
    ADVANCED20: 'アドバンスプラン 20%オフ',
    SPRING2025: '2025年春：15%オフ',
  },
  reasons: {
    cardLost:
      '紛失の届け出により、通信事業者がこのカードを停止しました。再開するには UR サポートにお問い合わせください。',
    suspended: 'このカードは停止中のため、更新できません。',
    terminated: 'このカードは解約済みのため、更新できません。',
    carrierHold: '通信事業者がこのカードを保留にしているため、現在は更新できません。',
    carrierRejected: '通信事業者が更新を拒否しました：SIM がネットワーク上で保留になっています。',
    carrierRefused: '通信事業者が更新を拒否しました。',
    simRecycled: 'このeSIMは通信事業者によってリサイクルされたため、更新できなくなりました。',
  },
};
