import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiError, isApiError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { isTransientStoreError } from '../store/errors.ts';
import type { AppEnv } from './env.ts';
import { loggedPath } from './request-log.ts';

/** Answers an ApiError as the contract's error body, with `Retry-After` when it says when to come back. */
export function errorResponse(c: Context<AppEnv>, error: ApiError): Response {
  c.set('errorCode', error.code);
  if (error.details.retryAfterSeconds !== undefined) c.header('Retry-After', String(error.details.retryAfterSeconds));
  return c.json(error.toBody(c.get('requestId') ?? ''), error.status as ContentfulStatusCode);
}

/** Any thrown value as an ApiError; unexpected ones are logged and become `internal_error`. */
export function toApiError(error: unknown, c: Context<AppEnv>, log: Logger): ApiError {
  if (isApiError(error)) return error;
  if (clientGone(c)) {
    // Nobody is left to read the answer: not our failure, nothing to alert on.
    log.info('client closed the connection before its request was read', {
      requestId: c.get('requestId'),
      path: loggedPath(c),
    });
    return new ApiError('invalid_request', 'The connection closed before the request arrived whole');
  }
  if (isTransientStoreError(error)) {
    log.warn('database busy', { requestId: c.get('requestId'), path: loggedPath(c) });
    return new ApiError('service_unavailable', 'The service is busy; try again in a moment', { retryAfterSeconds: 1 });
  }
  log.error('unhandled error', { requestId: c.get('requestId'), method: c.req.method, path: loggedPath(c), error });
  return new ApiError('internal_error', 'Something went wrong on our side; the request id helps support find it');
}

/** The client hung up (or node timed the request out) while its body was still being read. */
function clientGone(c: Context<AppEnv>): boolean {
  try {
    return c.req.raw.signal.aborted;
  } catch {
    return false;
  }
}
