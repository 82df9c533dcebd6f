import { listOrders, refundOrder } from './back-office.ts';
import { importCards } from './card-import.ts';
import { currentCard, setAutoRenew, supportSetAutoRenew, verifyCard } from './cards.ts';
import { createCustomerSession, listBoundCards, selectBoundCard } from './customers.ts';
import { getEvent, listEvents, redeliverEvent } from './events.ts';
import { health } from './health.ts';
import { createOrder, getOrder } from './orders.ts';
import { listPlans } from './plans.ts';
import { createQuote } from './quotes.ts';
import { sandboxChallenge, sandboxPay } from './sandbox.ts';
import type { RouteHandlers } from './types.ts';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  getWebhookEndpoint,
  listWebhookDeliveries,
  listWebhookEndpoints,
  rotateWebhookSecret,
  updateWebhookEndpoint,
} from './webhook-endpoints.ts';

/** One handler per route of the contract: the compiler checks none is missing. */
export const ROUTE_HANDLERS: RouteHandlers = {
  health,
  verifyCard,
  currentCard,
  setAutoRenew,
  supportSetAutoRenew,
  listPlans,
  createQuote,
  createOrder,
  getOrder,
  listOrders,
  refundOrder,
  importCards,
  sandboxPay,
  sandboxChallenge,
  createCustomerSession,
  listBoundCards,
  selectBoundCard,
  listEvents,
  getEvent,
  redeliverEvent,
  createWebhookEndpoint,
  listWebhookEndpoints,
  getWebhookEndpoint,
  updateWebhookEndpoint,
  deleteWebhookEndpoint,
  rotateWebhookSecret,
  listWebhookDeliveries,
};
