import type { CatalogueText } from './types.ts';

export const es: CatalogueText = {
  plans: {
    'basic-7': {
      name: 'Básico 7 días',
      description: 'Uso ligero para un viaje corto: mapas, mensajes y algunas llamadas.',
    },
    'basic-30': { name: 'Básico 30 días', description: 'Un mes de datos, llamadas y SMS para el día a día.' },
    'basic-90': { name: 'Básico 90 días', description: 'Tres meses de uso diario al mejor precio mensual.' },
    'advanced-7': {
      name: 'Avanzado 7 días',
      description: 'Datos rápidos para una semana intensa, con punto de acceso.',
    },
    'advanced-30': {
      name: 'Avanzado 30 días',
      description: 'Datos 5G ilimitados durante un mes, punto de acceso y prioridad.',
    },
    'advanced-90': { name: 'Avanzado 90 días', description: 'Datos 5G ilimitados durante tres meses.' },
  },
  features: {
    '4g': '4G/LTE',
    '5g': '5G donde haya cobertura',
    hotspot: 'Punto de acceso y anclaje',
    priority: 'Datos prioritarios',
    support_24h: 'Asistencia 24 h',
  },
  launchOffer: 'Oferta de lanzamiento',
  addOns: {
    hotspot: { name: 'Punto de acceso', description: 'Comparte la conexión con tus otros dispositivos.' },
    '5g': { name: '5G', description: 'Velocidad 5G donde la red lo ofrezca.' },
    sms_100: { name: '100 SMS', description: 'Cien mensajes de texto.' },
  },
  custom: { label: 'Personalizado: {data}, {minutes} min, {days} días', unlimitedData: 'datos ilimitados' },
  carrierPlans: {
    name: '{data} · {days}',
    description: 'Recarga de la eSIM: {data}, válida durante {days}.',
    callsAndTexts: 'Incluye {minutes} de llamadas y {sms} SMS.',
  },
  promos: {
    TRAVEL10: '10 % de descuento',
    WELCOME5: 'Descuento de bienvenida',
    ADVANCED20: '20 % de descuento en planes Avanzado',
    SPRING2025: 'Primavera 2025: 15 % de descuento',
  },
  reasons: {
    cardLost:
      'El operador suspendió la tarjeta tras notificarse su pérdida. Contacta con el soporte de UR para reactivarla.',
    suspended: 'Esta tarjeta está suspendida y no se puede renovar.',
    terminated: 'Esta tarjeta se ha dado de baja y no se puede renovar.',
    carrierHold: 'El operador ha bloqueado esta tarjeta: por ahora no se puede renovar.',
    carrierRejected: 'El operador rechazó la renovación: la SIM está bloqueada en la red.',
    carrierRefused: 'El operador rechazó la renovación.',
    simRecycled: 'El operador ha reciclado esta eSIM: ya no se puede renovar.',
  },
};
