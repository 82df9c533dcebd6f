import * as z from 'zod/mini';
import { requestObject, timestampSchema } from './common.ts';
import { ORDER_STATUSES } from './enums.ts';
import { orderSchema } from './orders.ts';

// Back office: calls a partner's own server makes with its secret key (support, reconciliation).

/** A page of a list, newest first; pass the last id as `starting_after` for the next page. */
export const listPageQuery = {
  /** 1 to 100 (default 20). */
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
  /** The id of the last item of the previous page. */
  starting_after: z.optional(z.string().check(z.minLength(1))),
};

// GET /v1/orders (secret key)
export const listOrdersQuerySchema = requestObject({
  ...listPageQuery,
  status: z.optional(z.enum(ORDER_STATUSES)),
  cardId: z.optional(z.string().check(z.minLength(1))),
  /** Only orders created at or after this time (ISO 8601). */
  createdAfter: z.optional(timestampSchema),
  /** Only orders created before this time (ISO 8601). */
  createdBefore: z.optional(timestampSchema),
});
export type ListOrdersQuery = z.input<typeof listOrdersQuerySchema>;

export const orderListSchema = z.object({ data: z.array(orderSchema), hasMore: z.boolean() });
export type OrderList = z.infer<typeof orderListSchema>;

// POST /v1/orders/:orderId/refund (secret key, Idempotency-Key)
export const refundOrderRequestSchema = requestObject({
  /** Why support refunded it, kept on the order (at most 500 characters). */
  reason: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
});
export type RefundOrderRequest = z.input<typeof refundOrderRequestSchema>;
