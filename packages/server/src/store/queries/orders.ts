import type { OrderStatus } from '@urcard/sdk';
import type { Updateable } from 'kysely';
import type { OrdersTable } from '../schema.ts';
import type { OrderPatch, PaymentRecord } from '../types.ts';
import type { Queries, QueryContext } from './context.ts';
import { json, orderFromRow, orderToRow, quoteFromRow, quoteToRow } from './rows.ts';

type OrderKeys =
  | 'insertQuote'
  | 'getQuote'
  | 'insertOrder'
  | 'getOrder'
  | 'getOrderByProviderPaymentId'
  | 'updateOrder'
  | 'listOrders'
  | 'insertOrderEvent'
  | 'listOrderEvents'
  | 'insertPayment'
  | 'listPayments'
  | 'recordProviderEvent';

const ORDER_PATCH_COLUMNS: { [K in keyof OrderPatch]-?: (v: NonNullable<OrderPatch>[K]) => Updateable<OrdersTable> } = {
  status: (v) => ({ status: v }),
  providerPaymentId: (v) => ({ provider_payment_id: v ?? null }),
  providerData: (v) => ({ provider_data: JSON.stringify(v ?? {}) }),
  paymentMethod: (v) => ({ payment_method: json(v) }),
  lastPaymentError: (v) => ({ last_payment_error: json(v) }),
  failure: (v) => ({ failure: json(v) }),
  receipt: (v) => ({ receipt: json(v) }),
  refund: (v) => ({ refund: json(v) }),
  lastPaymentEventAt: (v) => ({ last_payment_event_at: v ?? null }),
};

function orderPatch(patch: OrderPatch): Updateable<OrdersTable> {
  let out: Updateable<OrdersTable> = {};
  for (const [key, value] of Object.entries(patch) as [keyof OrderPatch, never][]) {
    if (value === undefined) continue;
    out = { ...out, ...ORDER_PATCH_COLUMNS[key](value) };
  }
  return out;
}

/** Quotes, orders with their history, the money that moved, and the provider events already seen. */
export function orderQueries({ db, engine }: QueryContext): Queries<OrderKeys> {
  return {
    async insertQuote(quote) {
      await db.insertInto('quotes').values(quoteToRow(quote)).execute();
    },
    async getQuote(id) {
      const row = await db.selectFrom('quotes').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? quoteFromRow(row) : null;
    },
    async insertOrder(order) {
      await db.insertInto('orders').values(orderToRow(order)).execute();
    },
    async getOrder(id, options) {
      const query = db.selectFrom('orders').selectAll().where('id', '=', id);
      const row = await (options?.lock ? engine.lockForUpdate(query) : query).executeTakeFirst();
      return row ? orderFromRow(row) : null;
    },
    async getOrderByProviderPaymentId(provider, paymentId, options) {
      const query = db
        .selectFrom('orders')
        .selectAll()
        .where('provider', '=', provider)
        .where('provider_payment_id', '=', paymentId);
      const row = await (options?.lock ? engine.lockForUpdate(query) : query).executeTakeFirst();
      return row ? orderFromRow(row) : null;
    },
    async updateOrder(id, patch, expectStatus: OrderStatus, now) {
      const result = await db
        .updateTable('orders')
        .set({ ...orderPatch(patch), updated_at: now })
        .where('id', '=', id)
        .where('status', '=', expectStatus)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async listOrders(filter) {
      if (filter.statuses?.length === 0) return [];
      let query = db.selectFrom('orders').selectAll();
      if (filter.cardId !== undefined) query = query.where('card_id', '=', filter.cardId);
      if (filter.statuses !== undefined) query = query.where('status', 'in', [...filter.statuses]);
      if (filter.createdBefore !== undefined) query = query.where('created_at', '<', filter.createdBefore);
      if (filter.createdAfter !== undefined) query = query.where('created_at', '>=', filter.createdAfter);
      if (filter.partnerId !== undefined) query = query.where('partner_id', '=', filter.partnerId);
      const direction = filter.newestFirst ? 'desc' : 'asc';
      const after = filter.after;
      if (after) {
        const past = filter.newestFirst ? '<' : '>';
        query = query.where((eb) =>
          eb.or([
            eb('created_at', past, after.createdAt),
            eb.and([eb('created_at', '=', after.createdAt), eb('id', past, after.id)]),
          ]),
        );
      }
      const rows = await query
        .orderBy('created_at', direction)
        .orderBy('id', direction)
        .limit(filter.limit ?? 1000)
        .execute();
      return rows.map(orderFromRow);
    },
    async insertOrderEvent(e) {
      await db
        .insertInto('order_events')
        .values({ order_id: e.orderId, from_status: e.from, to_status: e.to, reason: e.reason, at: e.at })
        .execute();
    },
    async listOrderEvents(orderId) {
      const rows = await db
        .selectFrom('order_events')
        .selectAll()
        .where('order_id', '=', orderId)
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        orderId,
        from: r.from_status as OrderStatus | null,
        to: r.to_status as OrderStatus,
        reason: r.reason,
        at: r.at,
      }));
    },
    async insertPayment(p) {
      const result = await db
        .insertInto('payments')
        .values({
          id: p.id,
          order_id: p.orderId,
          kind: p.kind,
          provider: p.provider,
          provider_ref: p.providerRef,
          amount: p.amount.amount,
          currency: p.amount.currency,
          created_at: p.createdAt,
        })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
    },
    async listPayments(orderId) {
      let query = db.selectFrom('payments').selectAll();
      if (orderId !== undefined) query = query.where('order_id', '=', orderId);
      const rows = await query.orderBy('created_at').orderBy('id').execute();
      return rows.map(
        (r): PaymentRecord => ({
          id: r.id,
          orderId: r.order_id,
          kind: r.kind as PaymentRecord['kind'],
          provider: r.provider as PaymentRecord['provider'],
          providerRef: r.provider_ref,
          amount: { amount: r.amount, currency: r.currency },
          createdAt: r.created_at,
        }),
      );
    },
    async recordProviderEvent(provider, eventId, now) {
      const result = await db
        .insertInto('provider_events')
        .values({ provider, event_id: eventId, received_at: now })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
    },
  };
}
