import type { Messages } from './messages.ts';
import { plural } from './plural.ts';

/**
 * Русский, обращение на «вы» (со строчной буквы, как принято в интерфейсах). Термины: продлить/продление, тариф,
 * интернет-трафик, оператор, промокод, списать. «Приостановлена» — оператором; после слишком многих неверных PIN
 * карта «заблокирована». Формы: one (1, 21…), few (2–4, 22–24…), many (0, 5–20, 25…), other (дроби).
 */
const p = (n: number, one: string, few: string, many: string) => plural('ru', n, { one, few, many, other: few });

export default {
  widgetLabel: 'Продление карты UR',
  stepNames: { card: 'Карта', plan: 'Тариф', pay: 'Оплата', done: 'Готово' },
  progress: (current, total, name) => `Шаг ${current} из ${total}: ${name}`,
  back: 'Назад',
  continue: 'Продолжить',
  loading: 'Загрузка…',
  retry: 'Повторить',
  contactSupport: 'Связаться с поддержкой',
  stepAnnouncement: (current, total, name) => `Шаг ${current} из ${total}, ${name}`,

  configErrorTitle: 'Оплата на этой странице настроена неправильно',
  configErrorInvalid: (attribute, value, expected) =>
    `${attribute}="${value}" — недопустимое значение: ожидается ${expected}.`,
  configErrorMissing: (attribute, expected) => `Не задан обязательный атрибут ${attribute}: ${expected}.`,

  errors: {
    generic: 'У нас что-то пошло не так. Попробуйте ещё раз.',
    network_error: 'Не удаётся связаться с сервисом продления. Проверьте подключение и попробуйте ещё раз.',
    timeout: 'Сервис продления слишком долго не отвечал. Попробуйте ещё раз.',
    rate_limited: 'Слишком много попыток с этого устройства. Подождите немного и попробуйте снова.',
    card_token_invalid: 'В целях безопасности сеанс завершён. Введите данные карты ещё раз.',
    card_not_renewable: 'Эту карту нельзя продлить онлайн.',
    plan_unavailable: 'Этот тариф больше недоступен. Выберите другой.',
    quote_expired: 'Цена устарела. Мы получили новую — проверьте её и продолжайте.',
    currency_unsupported: 'Цены в этой валюте недоступны.',
    customer_session_invalid: 'Не удалось загрузить сохранённые карты. Вы можете ввести карту ниже.',
    auto_renew_unavailable: 'Для этой карты автопродление недоступно.',
    payment_provider_error: 'Платёжный сервис не отвечает. Деньги не списаны; попробуйте ещё раз.',
    service_unavailable: 'Сервис продления перегружен. Попробуйте через минуту.',
    promo_invalid: 'Такого промокода нет. Проверьте написание.',
    promo_expired: 'Срок действия промокода истёк.',
    promo_not_applicable: 'Этот промокод не действует для выбранного тарифа.',
  },
  errorReference: (requestId) => `Номер обращения: ${requestId}`,

  cardHeading: 'Ваша карта',
  cardIntro: 'Введите номер, напечатанный на SIM-карте (ICCID), и PIN-код из упаковки карты.',
  cardNumberLabel: 'Номер карты (ICCID)',
  cardNumberHint: 'От 18 до 22 цифр, обычно начинается с 89',
  cardNumberProblems: {
    empty: 'Введите номер карты.',
    not_digits: 'Номер карты состоит только из цифр.',
    length: 'В номере карты от 18 до 22 цифр.',
    check_digit: 'Неверный номер карты. Проверьте, нет ли опечатки.',
  },
  pinLabel: 'PIN-код',
  pinHint: 'От 4 до 8 цифр',
  pinProblem: 'Введите PIN-код из 4–8 цифр, указанный на упаковке карты.',
  verifyButton: 'Проверить карту',
  verifying: 'Проверяем карту…',
  invalidCredentials: (left) =>
    left === undefined
      ? 'Неверный номер карты или PIN-код.'
      : `Неверный номер карты или PIN-код. ${plural('ru', left, {
          zero: 'Карта временно заблокирована.',
          one: 'Осталась # попытка, после чего карта будет временно заблокирована.',
          few: 'Осталось # попытки, после чего карта будет временно заблокирована.',
          many: 'Осталось # попыток, после чего карта будет временно заблокирована.',
          other: 'Осталось # попытки, после чего карта будет временно заблокирована.',
        })}`,
  cardLocked: (wait) => `Слишком много неверных PIN-кодов: карта временно заблокирована. Повторите через ${wait}.`,
  rateLimited: (wait) => `Слишком много попыток с этого устройства. Повторите через ${wait}.`,
  boundCardsLegend: 'Сохранённые карты',
  addNewCard: 'Добавить новую карту',
  boundCardOption: (masked, status, expiry) => `${masked} — ${status}, ${expiry}`,
  loadingBoundCards: 'Загружаем сохранённые карты…',
  cardStatus: { active: 'Активна', expiring: 'Скоро истекает', expired: 'Истекла', suspended: 'Приостановлена' },
  cardSummaryHeading: (masked) => `Карта ${masked}`,
  currentPlan: (name) => `Текущий тариф: ${name}`,
  expiresOn: (date) => `Действует до ${date}`,
  expiredOn: (date) => `Истекла ${date}`,
  daysLeft: (days) =>
    days > 0
      ? p(days, 'Остался # день', 'Осталось # дня', 'Осталось # дней')
      : days === 0
        ? 'Истекает сегодня'
        : days === -1
          ? 'Истекла вчера'
          : p(-days, 'Истекла # день назад', 'Истекла # дня назад', 'Истекла # дней назад'),
  expiryWarning: (days) =>
    days <= 0
      ? 'Срок действия карты истёк. Продлите её сейчас, чтобы вернуть связь; номер сохранится.'
      : `Срок действия карты истекает через ${p(days, '# день', '# дня', '# дней')}. Продлите сейчас, чтобы связь не прервалась.`,
  balanceHeading: 'Остаток',
  dataLabel: 'Интернет',
  minutesLabel: 'Минуты',
  balanceLeft: (left, total) => `Осталось ${left} из ${total}`,
  balanceStale: (asOf) => (asOf ? `Остаток на ${asOf}` : 'Сеть не ответила: остаток может быть неактуальным'),
  unlimitedData: 'Безлимитный интернет',
  minutesCount: (n) => p(n, '# минута', '# минуты', '# минут'),
  smsCount: (n) => p(n, '# сообщение', '# сообщения', '# сообщений'),
  coverage: (countries) => `Работает в странах: ${countries}`,
  notRenewableTitle: 'Эту карту нельзя продлить',
  notRenewableReasons: {
    suspended: 'Карта приостановлена, поэтому продлить её можно только после снятия ограничения.',
    terminated: 'Оператор закрыл карту, и пользоваться ею больше нельзя.',
    carrier_hold: 'Оператор временно заморозил карту. Продление возможно после того, как он её разморозит.',
  },
  useDifferentCard: 'Другая карта',

  planHeading: 'Выберите тариф',
  planGroupLabel: 'Тарифы',
  tierNames: { basic: 'Базовый', advanced: 'Расширенный', custom: 'Свой' },
  validity: (days) => p(days, '# день', '# дня', '# дней'),
  features: {
    '4g': '4G/LTE',
    '5g': '5G',
    hotspot: 'Раздача интернета',
    priority: 'Приоритетный трафик',
    support_24h: 'Поддержка 24/7',
    sms_100: '100 SMS-сообщений',
  },
  originalPrice: (price) => `Было ${price}, сейчас`,
  promotionEnds: (date) => `Предложение действует до ${date}`,
  customOption: 'Собрать свой тариф',
  customFrom: (price) => `От ${price}`,
  customData: 'Интернет',
  customMinutes: 'Минуты',
  customValidity: 'Срок действия',
  customAddOns: 'Дополнительные опции',
  noPlans: 'Для этой карты сейчас нет доступных тарифов.',
  promoLabel: 'Промокод',
  promoApply: 'Применить',
  promoRemove: 'Удалить',
  promoApplied: (code, description) => `Промокод ${code} применён: ${description}`,
  autoRenewLabel: 'Продлевать автоматически',
  autoRenewHelp:
    'Мы продлим этот же тариф за 3 дня до окончания и спишем оплату со способа, которым вы платите сегодня. Отключить автопродление можно в любой момент.',
  autoRenewNotAllowed: 'Этот тариф нельзя продлевать автоматически.',
  autoRenewWechat: 'WeChat Pay нельзя сохранить для будущих платежей, поэтому при автопродлении он недоступен.',
  autoRenewWechatOnly: 'Для автопродления нужен способ оплаты, который можно сохранить, а WeChat Pay сохранить нельзя.',
  summaryHeading: 'Итог заказа',
  subtotal: 'Промежуточный итог',
  discount: 'Скидка',
  total: 'Итого',
  updatingPrice: 'Обновляем цену…',
  choosePlanFirst: 'Выберите тариф, чтобы увидеть цену.',
  continueToPayment: 'Перейти к оплате',

  payHeading: 'Оплата',
  payFor: (plan, masked) => `${plan} для карты ${masked}`,
  amountDue: 'К оплате',
  payButton: (amount) => `Оплатить ${amount}`,
  paying: 'Обрабатываем платёж…',
  preparingOrder: 'Готовим заказ…',
  sandboxTitle: 'Тестовый режим: настоящие деньги не списываются',
  sandboxIntro: 'Выберите, чем должен закончиться этот тестовый платёж.',
  sandboxOutcomes: {
    succeeded: 'Успех',
    declined: 'Отказ',
    requires_action: 'Запросить проверку 3-D Secure',
  },
  challengeHeading: 'Проверка 3-D Secure (имитация)',
  challengeIntro: (amount) => `Ваш банк просит подтвердить платёж на сумму ${amount}.`,
  challengeApprove: 'Подтвердить платёж',
  challengeFail: 'Провалить проверку',
  paymentErrors: {
    card_declined: 'Платёж отклонён. Деньги не списаны; попробуйте ещё раз или выберите другой способ оплаты.',
    authentication_failed: 'Банк не подтвердил платёж. Деньги не списаны.',
    processing_error: 'Не удалось провести платёж. Деньги не списаны; попробуйте ещё раз.',
  },
  paymentMethodsLabel: 'Данные для оплаты',
  loadingPaymentForm: 'Загружаем защищённую форму оплаты…',
  paymentFormFailed: 'Не удалось загрузить форму оплаты. Проверьте подключение и попробуйте ещё раз.',
  redirectNotCompleted: 'Платёж не завершён, деньги не списаны. Можно попробовать ещё раз.',

  doneHeading: 'Продлеваем карту',
  phases: { paid: 'Оплата подтверждена', provisioning: 'Оператор подключает продление', active: 'Продление действует' },
  phaseState: { done: 'выполнено', current: 'выполняется', waiting: 'ожидание' },
  stillApplying:
    'Это занимает больше времени, чем обычно. Ваш платёж в сохранности, а оператор всё ещё подключает продление. Страницу можно закрыть: продление завершится само, и на карте появится новая дата окончания.',
  completeHeading: 'Карта продлена',
  completeIntro: (date) => `Готово. Теперь карта действует до ${date}.`,
  receiptHeading: 'Чек',
  receiptNumber: 'Номер чека',
  receiptPlan: 'Тариф',
  receiptCard: 'Карта',
  receiptAmount: 'Оплачено',
  receiptPaymentMethod: 'Способ оплаты',
  receiptNewExpiry: 'Новая дата окончания',
  receiptIssued: 'Дата выдачи',
  paymentMethodNames: {
    card: 'Банковская карта',
    alipay: 'Alipay',
    wechat_pay: 'WeChat Pay',
    sandbox: 'Тестовый платёж',
  },
  printReceipt: 'Распечатать чек',
  saveReceipt: 'Сохранить чек',
  failedHeading: 'Продлить не получилось',
  failureReasons: {
    carrier_rejected: 'Оператор не смог подключить продление для этой карты.',
    carrier_unavailable: 'Не удалось связаться с оператором, чтобы подключить продление.',
    payment_failed: 'Платёж не прошёл.',
  },
  refunded: (amount) => `Платёж на сумму ${amount} возвращён. Деньги могут появиться на счёте через 5–10 дней.`,
  notCharged: 'За это продление деньги не списаны.',
  refundPending: (amount) => `Платёж на сумму ${amount} возвращается; ничего делать не нужно.`,
  tryAgain: 'Попробовать ещё раз',
  originalPriceLabel: 'Исходная цена',
  autoRenewNotice: (amount, date, leadDays) =>
    `Автопродление включено: мы спишем ${amount} ${date}, за ${p(leadDays, '# день', '# дня', '# дней')} до новой даты окончания, и дальше будем продлевать так же каждый раз. Его можно отключить в этой форме оплаты в любое время.`,
  autoRenewNextCharge: (amount, date) => `Включено: следующее списание ${amount} ${date}`,
  autoRenewIsOff: 'Выключено: деньги с карты автоматически не списываются.',
  autoRenewNeedsPaymentMethod:
    'Чтобы включить его, продлите карту один раз с отметкой «Продлевать автоматически»: способ оплаты сохранится для следующих продлений.',
  autoRenewTurnedOn: 'Автопродление включено.',
  autoRenewTurnedOff: 'Автопродление выключено.',
  receiptSeller: 'Продавец',
  receiptAutoRenew: 'Автопродление',
  checkoutUnavailable: 'Оформление оплаты сейчас недоступно. Попробуйте позже.',
  renewAnother: 'Продлить другую карту',
} satisfies Messages;
