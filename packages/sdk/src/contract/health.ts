import * as z from 'zod/mini';
import { PAYMENT_PROVIDERS } from './enums.ts';

// GET /v1/health
export const healthSchema = z.object({
  ok: z.boolean(),
  version: z.string(),
  payments: z.enum(PAYMENT_PROVIDERS),
});
export type Health = z.infer<typeof healthSchema>;
