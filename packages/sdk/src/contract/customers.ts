import * as z from 'zod/mini';
import { cardSchema } from './cards.ts';
import { idSchema, requestObject, timestampSchema } from './common.ts';
import { customerSessionTokenSchema } from './fields.ts';

export { customerSessionTokenSchema } from './fields.ts';

// POST /v1/customer-sessions (secret key): the partner's server opens a session for its signed-in customer.
export const createCustomerSessionRequestSchema = requestObject({
  /** The partner's own id for the customer. */
  customerId: z.string().check(z.minLength(1), z.maxLength(100)),
  /** Minutes until the session expires (default 60). */
  ttlMinutes: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(1440))),
});
export type CreateCustomerSessionRequest = z.infer<typeof createCustomerSessionRequestSchema>;

export const customerSessionSchema = z.object({
  id: idSchema('cus'),
  token: customerSessionTokenSchema,
  customerId: z.string(),
  expiresAt: timestampSchema,
});
export type CustomerSession = z.infer<typeof customerSessionSchema>;

// GET /v1/customer-session/cards (customer session)
export const boundCardListSchema = z.object({ cards: z.array(cardSchema) });
export type BoundCardList = z.infer<typeof boundCardListSchema>;
