import type { CatalogueText } from './types.ts';

export const ptBR: CatalogueText = {
  plans: {
    'basic-7': {
      name: 'Básico 7 dias',
      description: 'Uso leve para uma viagem curta: mapas, mensagens e algumas ligações.',
    },
    'basic-30': { name: 'Básico 30 dias', description: 'Um mês de dados, ligações e SMS para o dia a dia.' },
    'basic-90': { name: 'Básico 90 dias', description: 'Três meses de uso diário pelo melhor preço mensal.' },
    'advanced-7': { name: 'Avançado 7 dias', description: 'Dados rápidos para uma semana agitada, com roteador.' },
    'advanced-30': {
      name: 'Avançado 30 dias',
      description: 'Dados 5G ilimitados por um mês, com roteador e prioridade.',
    },
    'advanced-90': { name: 'Avançado 90 dias', description: 'Dados 5G ilimitados por três meses.' },
  },
  features: {
    '4g': '4G/LTE',
    '5g': '5G onde houver cobertura',
    hotspot: 'Roteador e ancoragem',
    priority: 'Dados prioritários',
    support_24h: 'Suporte 24 h',
  },
  launchOffer: 'Oferta de lançamento',
  addOns: {
    hotspot: { name: 'Roteador', description: 'Compartilhe a conexão com seus outros aparelhos.' },
    '5g': { name: '5G', description: 'Velocidade 5G onde a rede oferecer.' },
    sms_100: { name: '100 SMS', description: 'Cem mensagens de texto.' },
  },
  custom: { label: 'Personalizado: {data}, {minutes} min, {days} dias', unlimitedData: 'dados ilimitados' },
  carrierPlans: {
    name: '{data} · {days}',
    description: 'Recarga do eSIM: {data}, válida por {days}.',
    callsAndTexts: 'Inclui {minutes} de ligações e {sms} SMS.',
  },
  promos: {
    TRAVEL10: '10% de desconto',
    WELCOME5: 'Desconto de boas-vindas',
    ADVANCED20: '20% de desconto nos planos Avançado',
    SPRING2025: 'Primavera 2025: 15% de desconto',
  },
  reasons: {
    cardLost:
      'Suspenso pela operadora depois que o chip foi informado como perdido. Fale com o suporte UR para reativá-lo.',
    suspended: 'Este chip está suspenso e não pode ser renovado.',
    terminated: 'Este chip foi cancelado e não pode ser renovado.',
    carrierHold: 'A operadora bloqueou este chip: por enquanto ele não pode ser renovado.',
    carrierRejected: 'A operadora recusou a renovação: o chip está bloqueado na rede.',
    carrierRefused: 'A operadora recusou a renovação.',
    simRecycled: 'A operadora reciclou este eSIM: ele não pode mais ser renovado.',
  },
};
