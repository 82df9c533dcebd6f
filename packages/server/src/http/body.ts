import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from '../errors.ts';
import type { AppEnv } from './env.ts';
import { errorResponse } from './errors.ts';

/**
 * Refuses a body larger than `maxBytes` with `payload_too_large` (413), from its Content-Length before reading it
 * when it says, and closes the connection: the rest of that body is not worth reading.
 */
export const limitBody = (maxBytes: number, what = 'The body') =>
  bodyLimit({
    maxSize: maxBytes,
    onError: (c) => {
      const response = errorResponse(c, new ApiError('payload_too_large', `${what} is larger than ${maxBytes} bytes`));
      response.headers.set('Connection', 'close');
      return response;
    },
  });

/** The request body as JSON: `invalid_request` unless it is `application/json` and parses. */
export async function readJsonBody(c: Context<AppEnv>): Promise<unknown> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ApiError('invalid_request', 'Send the body as JSON, with Content-Type: application/json', {
      field: 'Content-Type',
    });
  }
  const text = await c.req.text();
  if (text.trim() === '') throw new ApiError('invalid_request', 'The request needs a JSON body');
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError('invalid_request', 'The body is not valid JSON');
  }
}
