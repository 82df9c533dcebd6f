import type { CatalogueText } from './types.ts';

export const ko: CatalogueText = {
  plans: {
    'basic-7': { name: '베이직 7일', description: '짧은 여행에 가볍게: 지도, 메시지, 약간의 통화.' },
    'basic-30': { name: '베이직 30일', description: '한 달 동안 일상적인 데이터, 통화, 문자.' },
    'basic-90': { name: '베이직 90일', description: '석 달 동안 일상 사용, 가장 저렴한 월 요금.' },
    'advanced-7': { name: '어드밴스드 7일', description: '바쁜 한 주를 위한 빠른 데이터, 핫스팟 포함.' },
    'advanced-30': { name: '어드밴스드 30일', description: '한 달 5G 데이터 무제한, 핫스팟과 우선 데이터.' },
    'advanced-90': { name: '어드밴스드 90일', description: '석 달 5G 데이터 무제한.' },
  },
  features: {
    '4g': '4G/LTE',
    '5g': '5G(지원 지역)',
    hotspot: '핫스팟 및 테더링',
    priority: '우선 데이터',
    support_24h: '24시간 고객 지원',
  },
  launchOffer: '출시 기념 할인',
  addOns: {
    hotspot: { name: '핫스팟', description: '다른 기기와 연결을 공유하세요.' },
    '5g': { name: '5G', description: '네트워크가 지원하는 곳에서 5G 속도.' },
    sms_100: { name: '문자 100건', description: '문자 메시지 100건.' },
  },
  custom: { label: '맞춤: {data}, {minutes}분, {days}일', unlimitedData: '데이터 무제한' },
  carrierPlans: {
    name: '{data} · {days}',
    description: 'eSIM 충전: {data}, {days} 동안 사용 가능.',
    callsAndTexts: '통화 {minutes}과 문자 {sms}건 포함.',
  },
  promos: {
    TRAVEL10: '10% 할인',
    WELCOME5: '웰컴 할인',
    ADVANCED20: '어드밴스드 요금제 20% 할인',
    SPRING2025: '2025년 봄: 15% 할인',
  },
  reasons: {
    cardLost: '분실 신고로 통신사가 이 카드를 정지했습니다. 다시 사용하려면 UR 고객센터에 문의하세요.',
    suspended: '이 카드는 정지되어 갱신할 수 없습니다.',
    terminated: '이 카드는 해지되어 갱신할 수 없습니다.',
    carrierHold: '통신사가 이 카드를 보류해 지금은 갱신할 수 없습니다.',
    carrierRejected: '통신사가 갱신을 거부했습니다: SIM이 네트워크에서 보류 상태입니다.',
    carrierRefused: '통신사가 갱신을 거부했습니다.',
    simRecycled: '통신사가 이 eSIM을 재활용하여 더 이상 갱신할 수 없습니다.',
  },
};
