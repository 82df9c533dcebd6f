import type { Json } from './types.ts';

/** An error answered the way Stripe answers it: an HTTP status and `{ error: { type, code, message, … } }`. */
export class StripeApiError extends Error {
  readonly status: number;
  readonly body: { error: Record<string, Json> };
  constructor(status: number, error: Record<string, Json>) {
    super(String(error.message));
    this.status = status;
    this.body = { error };
  }
}

export const invalid = (message: string, param?: string, code = 'parameter_invalid') =>
  new StripeApiError(400, { type: 'invalid_request_error', code, message, ...(param ? { param } : {}) });
export const missing = (kind: string, id: string, param: string) =>
  new StripeApiError(404, {
    type: 'invalid_request_error',
    code: 'resource_missing',
    message: `No such ${kind}: '${id}'`,
    param,
  });

/** Throws `error` where an expression is expected (`map.get(id) ?? raise(missing(…))`). */
export function raise(error: StripeApiError): never {
  throw error;
}
