import type { Messages } from './messages.ts';
import { plural } from './plural.ts';

/**
 * Español neutro (internacional), tratando de usted. Términos: renovar/renovación, plan, datos, operador, código
 * promocional, vencer/vencimiento. Se evitan regionalismos («ingresar», «introducir», «empaque»): se usa «escribir».
 */
const p = (n: number, one: string, other: string) => plural('es', n, { one, other });

export default {
  widgetLabel: 'Renueve su tarjeta UR',
  stepNames: { card: 'Tarjeta', plan: 'Plan', pay: 'Pago', done: 'Listo' },
  progress: (current, total, name) => `Paso ${current} de ${total}: ${name}`,
  back: 'Atrás',
  continue: 'Continuar',
  loading: 'Cargando…',
  retry: 'Reintentar',
  contactSupport: 'Atención al cliente',
  stepAnnouncement: (current, total, name) => `Paso ${current} de ${total}, ${name}`,

  configErrorTitle: 'Este formulario de renovación no está bien configurado',
  checkoutUnavailable: 'La renovación no está disponible en este momento. Vuelva a intentarlo más tarde.',
  configErrorInvalid: (attribute, value, expected) => `${attribute}="${value}" no es válido: se esperaba ${expected}.`,
  configErrorMissing: (attribute, expected) => `${attribute} es obligatorio: ${expected}.`,

  errors: {
    generic: 'Algo salió mal de nuestro lado. Inténtelo de nuevo.',
    network_error: 'No pudimos conectar con el servicio de renovación. Revise su conexión e inténtelo de nuevo.',
    timeout: 'El servicio de renovación tardó demasiado en responder. Inténtelo de nuevo.',
    rate_limited: 'Demasiados intentos desde este dispositivo. Espere un momento e inténtelo de nuevo.',
    card_token_invalid: 'Por seguridad, su sesión expiró. Vuelva a escribir los datos de su tarjeta.',
    card_not_renewable: 'Esta tarjeta no se puede renovar en línea.',
    plan_unavailable: 'Este plan ya no está disponible. Elija otro.',
    quote_expired: 'El precio dejó de ser válido y ya obtuvimos uno nuevo. Revíselo antes de continuar.',
    currency_unsupported: 'Los precios no están disponibles en esta moneda.',
    customer_session_invalid:
      'No pudimos cargar sus tarjetas guardadas. Aun así, puede escribir el número de una tarjeta a continuación.',
    auto_renew_unavailable: 'La renovación automática no está disponible para esta tarjeta.',
    payment_provider_error: 'El servicio de pago no responde. No se le ha cobrado nada; inténtelo de nuevo.',
    service_unavailable: 'El servicio de renovación está saturado. Inténtelo de nuevo en un minuto.',
    promo_invalid: 'Este código promocional no existe. Revise cómo lo escribió.',
    promo_expired: 'Este código promocional ya venció.',
    promo_not_applicable: 'Este código promocional no es válido para el plan que eligió.',
  },
  errorReference: (requestId) => `Referencia: ${requestId}`,

  cardHeading: 'Su tarjeta',
  cardIntro: 'Escriba el número impreso en su tarjeta SIM (ICCID) y el PIN que viene con la tarjeta.',
  cardNumberLabel: 'Número de tarjeta (ICCID)',
  cardNumberHint: 'De 18 a 22 dígitos; suele comenzar con 89',
  cardNumberProblems: {
    empty: 'Escriba el número de su tarjeta.',
    not_digits: 'El número de tarjeta solo lleva dígitos.',
    length: 'El número de tarjeta tiene de 18 a 22 dígitos.',
    check_digit: 'Este número de tarjeta no es válido. Compruebe que no haya un dígito mal escrito.',
  },
  pinLabel: 'PIN',
  pinHint: 'De 4 a 8 dígitos',
  pinProblem: 'Escriba el PIN de 4 a 8 dígitos que viene con su tarjeta.',
  verifyButton: 'Verificar tarjeta',
  verifying: 'Verificando su tarjeta…',
  invalidCredentials: (left) =>
    left === undefined
      ? 'El número de tarjeta o el PIN no son correctos.'
      : `El número de tarjeta o el PIN no son correctos. ${plural('es', left, {
          zero: 'La tarjeta quedó bloqueada por un tiempo.',
          one: 'Le queda 1 intento antes de que la tarjeta se bloquee por un tiempo.',
          other: 'Le quedan # intentos antes de que la tarjeta se bloquee por un tiempo.',
        })}`,
  cardLocked: (wait) =>
    `Demasiados PIN incorrectos: esta tarjeta está bloqueada por ahora. Vuelva a intentarlo en ${wait}.`,
  rateLimited: (wait) => `Demasiados intentos desde este dispositivo. Vuelva a intentarlo en ${wait}.`,
  boundCardsLegend: 'Sus tarjetas guardadas',
  addNewCard: 'Agregar otra tarjeta',
  boundCardOption: (masked, status, expiry) => `${masked}, ${status}, ${expiry}`,
  loadingBoundCards: 'Cargando sus tarjetas guardadas…',
  cardStatus: { active: 'Activa', expiring: 'Vence pronto', expired: 'Vencida', suspended: 'Suspendida' },
  cardSummaryHeading: (masked) => `Tarjeta ${masked}`,
  currentPlan: (name) => `Plan actual: ${name}`,
  expiresOn: (date) => `Vence el ${date}`,
  expiredOn: (date) => `Venció el ${date}`,
  daysLeft: (days) =>
    days > 0
      ? p(days, 'Queda 1 día', 'Quedan # días')
      : days === 0
        ? 'Vence hoy'
        : p(-days, 'Venció ayer', 'Venció hace # días'),
  expiryWarning: (days) =>
    days <= 0
      ? 'Su tarjeta está vencida. Renuévela ahora para recuperar el servicio; conservará su número.'
      : `Su tarjeta vence en ${p(days, '1 día', '# días')}. Renuévela ahora para no quedarse sin servicio.`,
  balanceHeading: 'Saldo',
  dataLabel: 'Datos',
  minutesLabel: 'Minutos',
  balanceLeft: (left, total) => `Disponible: ${left} de ${total}`,
  balanceStale: (asOf) =>
    asOf ? `Saldo actualizado: ${asOf}` : 'La red no respondió: puede que el saldo no esté actualizado',
  unlimitedData: 'Datos ilimitados',
  minutesCount: (count) => p(count, '1 minuto', '# minutos'),
  smsCount: (count) => p(count, '1 SMS', '# SMS'),
  coverage: (countries) => `Funciona en ${countries}`,
  notRenewableTitle: 'Esta tarjeta no se puede renovar',
  notRenewableReasons: {
    suspended: 'La tarjeta está suspendida y no se puede renovar hasta que se levante la suspensión.',
    terminated: 'El operador dio de baja la tarjeta y ya no se puede volver a usar.',
    carrier_hold: 'El operador retuvo la tarjeta. La renovación queda en pausa hasta que la libere.',
  },
  useDifferentCard: 'Usar otra tarjeta',

  planHeading: 'Elija un plan',
  planGroupLabel: 'Planes',
  tierNames: { basic: 'Básico', advanced: 'Avanzado', custom: 'Personalizado' },
  validity: (days) => p(days, '1 día', '# días'),
  features: {
    '4g': '4G/LTE',
    '5g': '5G',
    hotspot: 'Compartir datos',
    priority: 'Datos prioritarios',
    support_24h: 'Asistencia 24 h',
    sms_100: '100 SMS',
  },
  originalPrice: (price) => `Antes ${price}, ahora`,
  promotionEnds: (date) => `Oferta válida hasta el ${date}`,
  customOption: 'Cree su propio plan',
  customFrom: (price) => `Desde ${price}`,
  customData: 'Datos',
  customMinutes: 'Minutos',
  customValidity: 'Vigencia',
  customAddOns: 'Complementos',
  noPlans: 'En este momento no hay planes disponibles para esta tarjeta.',
  promoLabel: 'Código promocional',
  promoApply: 'Aplicar',
  promoRemove: 'Quitar',
  promoApplied: (code, description) => `Código ${code} aplicado: ${description}`,
  autoRenewLabel: 'Renovar automáticamente',
  autoRenewHelp:
    'Renovamos el mismo plan 3 días antes de que termine y lo cobramos con el método de pago que use hoy. Puede desactivarlo cuando quiera.',
  autoRenewNotAllowed: 'Este plan no se puede renovar automáticamente.',
  autoRenewWechat:
    'WeChat Pay no se puede guardar para pagos futuros, así que no está disponible mientras la renovación automática esté activada.',
  autoRenewWechatOnly:
    'La renovación automática requiere un método de pago que se pueda guardar, y WeChat Pay no lo permite.',
  summaryHeading: 'Resumen',
  subtotal: 'Subtotal',
  discount: 'Descuento',
  total: 'Total',
  updatingPrice: 'Actualizando el precio…',
  choosePlanFirst: 'Elija un plan para ver el precio.',
  continueToPayment: 'Continuar al pago',

  payHeading: 'Pago',
  payFor: (plan, masked) => `${plan} para la tarjeta ${masked}`,
  amountDue: 'Total a pagar',
  payButton: (amount) => `Pagar ${amount}`,
  paying: 'Procesando su pago…',
  preparingOrder: 'Preparando su pedido…',
  sandboxTitle: 'Modo de prueba: no se mueve dinero real',
  sandboxIntro: 'Elija cómo debe terminar este pago de prueba.',
  sandboxOutcomes: {
    succeeded: 'Aprobar',
    declined: 'Rechazar',
    requires_action: 'Pedir verificación 3-D Secure',
  },
  challengeHeading: 'Verificación 3-D Secure (simulada)',
  challengeIntro: (amount) => `Su banco le pide confirmar un pago de ${amount}.`,
  challengeApprove: 'Confirmar pago',
  challengeFail: 'Hacer fallar la verificación',
  paymentErrors: {
    card_declined: 'Se rechazó su pago. No se le ha cobrado nada; inténtelo de nuevo o use otro método de pago.',
    authentication_failed: 'Su banco no pudo confirmar el pago. No se le ha cobrado nada.',
    processing_error: 'No se pudo procesar el pago. No se le ha cobrado nada; inténtelo de nuevo.',
  },
  paymentMethodsLabel: 'Datos de pago',
  loadingPaymentForm: 'Cargando el formulario de pago seguro…',
  paymentFormFailed: 'No se pudo cargar el formulario de pago. Revise su conexión e inténtelo de nuevo.',
  redirectNotCompleted: 'El pago no se completó y no se le ha cobrado nada. Puede intentarlo de nuevo.',
  originalPriceLabel: 'Precio original',
  autoRenewNotice: (amount, date, leadDays) =>
    `La renovación automática está activada: cobraremos ${amount} el ${date}, ${p(leadDays, '1 día', '# días')} antes de la nueva fecha de vencimiento, y renovaremos igual cada vez después. Puede desactivarla en este proceso de pago en cualquier momento.`,
  autoRenewNextCharge: (amount, date) => `Activada: próximo cargo de ${amount} el ${date}`,
  autoRenewIsOff: 'Desactivada: no se le cobrará automáticamente.',
  autoRenewNeedsPaymentMethod:
    'Para activarla, renueve una vez con «Renovar automáticamente» marcado: su método de pago se guardará para las próximas renovaciones.',
  autoRenewTurnedOn: 'La renovación automática está activada.',
  autoRenewTurnedOff: 'La renovación automática está desactivada.',
  lowDataLabel: 'También cuando me queden pocos datos',
  lowDataHelp:
    'Cuando hayas usado el 90 % de tus datos o quede 1 día, renovamos de nuevo el mismo plan con tu método de pago guardado, hasta tu límite mensual.',
  lowDataCapLabel: 'Límite mensual',
  lowDataSpent: (spent, cap) => `${spent} de ${cap} usados este mes`,
  lowDataTurnedOn: 'Las renovaciones cuando te quedan pocos datos están activadas.',
  lowDataTurnedOff: 'Las renovaciones cuando te quedan pocos datos están desactivadas.',
  lowDataCapSet: (cap) => `Límite mensual fijado en ${cap}.`,

  doneHeading: 'Renovando su tarjeta',
  phases: {
    paid: 'Pago confirmado',
    provisioning: 'El operador está aplicando la renovación',
    active: 'Renovación activa',
  },
  phaseState: { done: 'completado', current: 'en curso', waiting: 'pendiente' },
  stillApplying:
    'Esto está tardando más de lo habitual. Su pago está seguro y el operador sigue aplicando la renovación. Puede cerrar esta página: la renovación terminará por sí sola y su tarjeta mostrará la nueva fecha de vencimiento.',
  completeHeading: 'Su tarjeta está renovada',
  completeIntro: (date) => `Todo listo. Su tarjeta ahora es válida hasta el ${date}.`,
  receiptHeading: 'Recibo',
  receiptNumber: 'Número de recibo',
  receiptPlan: 'Plan',
  receiptCard: 'Tarjeta',
  receiptAmount: 'Total pagado',
  receiptPaymentMethod: 'Método de pago',
  receiptNewExpiry: 'Nueva fecha de vencimiento',
  receiptIssued: 'Emitido',
  receiptSeller: 'Vendido por',
  receiptAutoRenew: 'Renovación automática',
  paymentMethodNames: {
    card: 'Tarjeta de crédito o débito',
    alipay: 'Alipay',
    wechat_pay: 'WeChat Pay',
    sandbox: 'Pago de prueba',
  },
  printReceipt: 'Imprimir recibo',
  saveReceipt: 'Guardar recibo',
  failedHeading: 'No se pudo completar la renovación',
  failureReasons: {
    carrier_rejected: 'El operador no pudo aplicar la renovación a esta tarjeta.',
    carrier_unavailable: 'No pudimos comunicarnos con el operador para aplicar la renovación.',
    payment_failed: 'El pago no se completó.',
  },
  refunded: (amount) =>
    `Le reembolsamos su pago de ${amount}. Puede tardar de 5 a 10 días en aparecer en su estado de cuenta.`,
  notCharged: 'No se le ha cobrado nada por esta renovación.',
  refundPending: (amount) => `Estamos reembolsando su pago de ${amount}; no tiene que hacer nada.`,
  tryAgain: 'Intentar de nuevo',
  renewAnother: 'Renovar otra tarjeta',
} satisfies Messages;
