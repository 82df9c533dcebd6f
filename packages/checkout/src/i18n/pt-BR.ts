import type { Messages } from './messages.ts';
import { plural } from './plural.ts';

/**
 * Português do Brasil, tratamento por "você". Termos: renovar/renovação, plano, dados móveis, operadora, cupom,
 * cobrar. "Suspenso" = suspenso pela operadora; depois de PINs errados demais o chip fica "bloqueado".
 * No Brasil, 0 e 1 ficam no singular (Intl.PluralRules: `one`).
 */
const p = (n: number, one: string, other: string) => plural('pt-BR', n, { one, other, many: other });

export default {
  widgetLabel: 'Renove seu cartão UR',
  stepNames: { card: 'Cartão', plan: 'Plano', pay: 'Pagamento', done: 'Concluído' },
  progress: (current, total, name) => `Etapa ${current} de ${total}: ${name}`,
  back: 'Voltar',
  continue: 'Continuar',
  loading: 'Carregando…',
  retry: 'Tentar de novo',
  contactSupport: 'Falar com o suporte',
  stepAnnouncement: (current, total, name) => `Etapa ${current} de ${total}, ${name}`,

  configErrorTitle: 'Este checkout não está configurado corretamente',
  configErrorInvalid: (attribute, value, expected) => `${attribute}="${value}" não é válido: esperado ${expected}.`,
  configErrorMissing: (attribute, expected) => `${attribute} é obrigatório: ${expected}.`,

  errors: {
    generic: 'Algo deu errado do nosso lado. Tente de novo.',
    network_error: 'Não conseguimos acessar o serviço de renovação. Verifique sua conexão e tente de novo.',
    timeout: 'O serviço de renovação demorou demais para responder. Tente de novo.',
    rate_limited: 'Tentativas demais a partir deste aparelho. Aguarde um instante e tente de novo.',
    card_token_invalid: 'Sua sessão expirou por segurança. Informe seu cartão de novo.',
    card_not_renewable: 'Este cartão não pode ser renovado on-line.',
    plan_unavailable: 'Este plano não está mais disponível. Escolha outro.',
    quote_expired: 'O preço expirou. Buscamos um novo; confira e continue.',
    currency_unsupported: 'Não há preços nesta moeda.',
    customer_session_invalid:
      'Não foi possível carregar seus cartões salvos. Você ainda pode informar um cartão abaixo.',
    auto_renew_unavailable: 'A renovação automática não está disponível para este cartão.',
    payment_provider_error: 'O serviço de pagamento não está respondendo. Nada foi cobrado; tente de novo.',
    service_unavailable: 'O serviço de renovação está sobrecarregado. Tente de novo em um minuto.',
    promo_invalid: 'Este cupom não existe. Confira a grafia.',
    promo_expired: 'Este cupom expirou.',
    promo_not_applicable: 'Este cupom não vale para o plano escolhido.',
  },
  errorReference: (requestId) => `Referência: ${requestId}`,

  cardHeading: 'Seu cartão',
  cardIntro: 'Informe o número impresso no seu chip (ICCID) e o PIN que vem na embalagem do cartão.',
  cardNumberLabel: 'Número do cartão (ICCID)',
  cardNumberHint: 'De 18 a 22 dígitos, geralmente começando com 89',
  cardNumberProblems: {
    empty: 'Informe o número do seu cartão.',
    not_digits: 'O número do cartão tem apenas dígitos.',
    length: 'O número do cartão tem de 18 a 22 dígitos.',
    check_digit: 'Este número de cartão não é válido. Confira se algum dígito foi digitado errado.',
  },
  pinLabel: 'PIN',
  pinHint: 'De 4 a 8 dígitos',
  pinProblem: 'Informe o PIN de 4 a 8 dígitos que vem na embalagem do cartão.',
  verifyButton: 'Verificar cartão',
  verifying: 'Verificando seu cartão…',
  invalidCredentials: (left) =>
    left === undefined
      ? 'O número do cartão ou o PIN não está correto.'
      : `O número do cartão ou o PIN não está correto. ${plural('pt-BR', left, {
          zero: 'O cartão foi bloqueado por algum tempo.',
          one: 'Você tem mais 1 tentativa antes de o cartão ser bloqueado por algum tempo.',
          other: 'Você tem mais # tentativas antes de o cartão ser bloqueado por algum tempo.',
        })}`,
  cardLocked: (wait) => `PIN errado vezes demais: este cartão está bloqueado por enquanto. Tente de novo em ${wait}.`,
  rateLimited: (wait) => `Tentativas demais a partir deste aparelho. Tente de novo em ${wait}.`,
  boundCardsLegend: 'Seus cartões salvos',
  addNewCard: 'Adicionar um novo cartão',
  boundCardOption: (masked, status, expiry) => `${masked} – ${status} – ${expiry}`,
  loadingBoundCards: 'Carregando seus cartões salvos…',
  cardStatus: { active: 'Ativo', expiring: 'Vence em breve', expired: 'Vencido', suspended: 'Suspenso' },
  cardSummaryHeading: (masked) => `Cartão ${masked}`,
  currentPlan: (name) => `Plano atual: ${name}`,
  expiresOn: (date) => `Vence em ${date}`,
  expiredOn: (date) => `Venceu em ${date}`,
  daysLeft: (days) =>
    days > 0
      ? p(days, 'Falta # dia', 'Faltam # dias')
      : days === 0
        ? 'Vence hoje'
        : p(-days, 'Venceu ontem', 'Venceu há # dias'),
  expiryWarning: (days) =>
    days <= 0
      ? 'Seu cartão venceu. Renove agora para voltar a usar o serviço; seu número continua o mesmo.'
      : `Seu cartão vence em ${p(days, '# dia', '# dias')}. Renove agora para o serviço não parar.`,
  balanceHeading: 'Saldo',
  dataLabel: 'Dados',
  minutesLabel: 'Minutos',
  balanceLeft: (left, total) => `Restam ${left} de ${total}`,
  balanceStale: (asOf) => (asOf ? `Saldo em ${asOf}` : 'A rede não respondeu: o saldo pode estar desatualizado'),
  unlimitedData: 'Dados ilimitados',
  minutesCount: (n) => p(n, '# minuto', '# minutos'),
  smsCount: (n) => p(n, '# SMS', '# SMS'),
  coverage: (countries) => `Funciona em: ${countries}`,
  notRenewableTitle: 'Este cartão não pode ser renovado',
  notRenewableReasons: {
    suspended: 'O cartão está suspenso e só poderá ser renovado quando a suspensão for retirada.',
    terminated: 'A operadora encerrou o cartão, e ele não pode mais ser usado.',
    carrier_hold: 'A operadora bloqueou o cartão temporariamente. A renovação fica pausada até ela liberar.',
  },
  useDifferentCard: 'Usar outro cartão',

  planHeading: 'Escolha um plano',
  planGroupLabel: 'Planos',
  tierNames: { basic: 'Básico', advanced: 'Avançado', custom: 'Personalizado' },
  validity: (days) => p(days, '# dia', '# dias'),
  features: {
    '4g': '4G/LTE',
    '5g': '5G',
    hotspot: 'Roteador (hotspot)',
    priority: 'Dados prioritários',
    support_24h: 'Suporte 24 horas',
    sms_100: '100 mensagens SMS',
  },
  originalPrice: (price) => `De ${price} por`,
  promotionEnds: (date) => `Oferta válida até ${date}`,
  customOption: 'Monte o seu',
  customFrom: (price) => `A partir de ${price}`,
  customData: 'Dados',
  customMinutes: 'Minutos',
  customValidity: 'Validade',
  customAddOns: 'Adicionais',
  noPlans: 'Não há planos disponíveis para este cartão no momento.',
  promoLabel: 'Cupom',
  promoApply: 'Aplicar',
  promoRemove: 'Remover',
  promoApplied: (code, description) => `${code} aplicado: ${description}`,
  autoRenewLabel: 'Renovar automaticamente',
  autoRenewHelp:
    'Renovamos o mesmo plano 3 dias antes de ele acabar e cobramos a forma de pagamento que você usar hoje. Você pode desativar isso quando quiser.',
  autoRenewNotAllowed: 'Este plano não pode ser renovado automaticamente.',
  autoRenewWechat:
    'O WeChat Pay não pode ser salvo para pagamentos futuros, por isso não aparece com a renovação automática ativada.',
  autoRenewWechatOnly:
    'A renovação automática precisa de uma forma de pagamento que possa ser salva, e o WeChat Pay não pode.',
  summaryHeading: 'Resumo',
  subtotal: 'Subtotal do pedido',
  discount: 'Desconto',
  total: 'Total a pagar',
  updatingPrice: 'Atualizando o preço…',
  choosePlanFirst: 'Escolha um plano para ver o preço.',
  continueToPayment: 'Continuar para o pagamento',

  payHeading: 'Pagamento',
  payFor: (plan, masked) => `${plan} para o cartão ${masked}`,
  amountDue: 'Valor a pagar',
  payButton: (amount) => `Pagar ${amount}`,
  paying: 'Processando seu pagamento…',
  preparingOrder: 'Preparando seu pedido…',
  sandboxTitle: 'Modo de teste: nenhum dinheiro de verdade é movimentado',
  sandboxIntro: 'Escolha o que este pagamento de teste deve fazer.',
  sandboxOutcomes: {
    succeeded: 'Aprovar',
    declined: 'Recusar',
    requires_action: 'Pedir verificação 3-D Secure',
  },
  challengeHeading: 'Verificação 3-D Secure (simulada)',
  challengeIntro: (amount) => `Seu banco pede que você confirme um pagamento de ${amount}.`,
  challengeApprove: 'Confirmar pagamento',
  challengeFail: 'Reprovar a verificação',
  paymentErrors: {
    card_declined: 'Seu pagamento foi recusado. Nada foi cobrado; tente de novo ou use outra forma de pagamento.',
    authentication_failed: 'Não foi possível confirmar o pagamento com seu banco. Nada foi cobrado.',
    processing_error: 'Não foi possível processar o pagamento. Nada foi cobrado; tente de novo.',
  },
  paymentMethodsLabel: 'Dados de pagamento',
  loadingPaymentForm: 'Carregando o formulário de pagamento seguro…',
  paymentFormFailed: 'Não foi possível carregar o formulário de pagamento. Verifique sua conexão e tente de novo.',
  redirectNotCompleted: 'O pagamento não foi concluído, e nada foi cobrado. Você pode tentar de novo.',

  doneHeading: 'Renovando seu cartão',
  phases: { paid: 'Pagamento confirmado', provisioning: 'Operadora aplicando a renovação', active: 'Renovação ativa' },
  phaseState: { done: 'concluído', current: 'em andamento', waiting: 'aguardando' },
  stillApplying:
    'Está demorando mais que o normal. Seu pagamento está garantido e a operadora ainda está aplicando a renovação. Você pode fechar esta página: a renovação termina sozinha e seu cartão vai mostrar a nova data de vencimento.',
  completeHeading: 'Seu cartão foi renovado',
  completeIntro: (date) => `Tudo certo. Seu cartão agora vale até ${date}.`,
  receiptHeading: 'Recibo',
  receiptNumber: 'Número do recibo',
  receiptPlan: 'Plano',
  receiptCard: 'Cartão',
  receiptAmount: 'Valor pago',
  receiptPaymentMethod: 'Pago com',
  receiptNewExpiry: 'Novo vencimento',
  receiptIssued: 'Emitido em',
  paymentMethodNames: {
    card: 'Cartão de crédito ou débito',
    alipay: 'Alipay',
    wechat_pay: 'WeChat Pay',
    sandbox: 'Pagamento de teste',
  },
  printReceipt: 'Imprimir recibo',
  saveReceipt: 'Salvar recibo',
  failedHeading: 'A renovação não foi concluída',
  failureReasons: {
    carrier_rejected: 'A operadora não conseguiu aplicar a renovação a este cartão.',
    carrier_unavailable: 'Não foi possível contatar a operadora para aplicar a renovação.',
    payment_failed: 'O pagamento não foi aprovado.',
  },
  refunded: (amount) =>
    `Seu pagamento de ${amount} foi estornado. Pode levar de 5 a 10 dias para aparecer na sua fatura.`,
  notCharged: 'Nada foi cobrado por esta renovação.',
  refundPending: (amount) => `Seu pagamento de ${amount} está sendo estornado; você não precisa fazer nada.`,
  tryAgain: 'Tentar de novo',
  originalPriceLabel: 'Preço original',
  autoRenewNotice: (amount, date, leadDays) =>
    `A renovação automática está ativada: cobraremos ${amount} em ${date}, ${p(leadDays, '# dia', '# dias')} antes da nova data de validade, e renovaremos da mesma forma a cada vez depois disso. Você pode desativá-la neste checkout a qualquer momento.`,
  autoRenewNextCharge: (amount, date) => `Ativada: próxima cobrança de ${amount} em ${date}`,
  autoRenewIsOff: 'Desativada: seu cartão não será cobrado automaticamente.',
  autoRenewNeedsPaymentMethod:
    'Para ativá-la, renove uma vez com “Renovar automaticamente” marcado: sua forma de pagamento fica salva para as próximas renovações.',
  autoRenewTurnedOn: 'A renovação automática está ativada.',
  autoRenewTurnedOff: 'A renovação automática está desativada.',
  lowDataLabel: 'Também quando meus dados estiverem acabando',
  lowDataHelp:
    'Quando 90% dos seus dados forem usados ou faltar 1 dia, renovamos o mesmo plano de novo com a forma de pagamento salva, até o seu limite mensal.',
  lowDataCapLabel: 'Limite mensal',
  lowDataSpent: (spent, cap) => `${spent} de ${cap} usados neste mês`,
  lowDataTurnedOn: 'As renovações quando os dados estão acabando estão ativadas.',
  lowDataTurnedOff: 'As renovações quando os dados estão acabando estão desativadas.',
  lowDataCapSet: (cap) => `Limite mensal definido em ${cap}.`,
  receiptSeller: 'Vendido por',
  receiptAutoRenew: 'Renovação automática',
  checkoutUnavailable: 'O checkout não está disponível no momento. Tente novamente mais tarde.',
  renewAnother: 'Renovar outro cartão',
} satisfies Messages;
