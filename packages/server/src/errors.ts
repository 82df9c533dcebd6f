import type { ErrorCode } from '@urcard/sdk';
import { ERROR_HTTP_STATUS } from '@urcard/sdk';

export interface ApiErrorDetails {
  /** The request field that was wrong, as a dotted path (`custom.minutes`) or a header name. */
  field?: string;
  /** Seconds to wait before trying again; also sent as `Retry-After`. */
  retryAfterSeconds?: number;
  /** PIN attempts left before the card locks. */
  attemptsRemaining?: number;
}

/** An error the API answers with: the contract's code, its HTTP status, and a message for developers. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: ApiErrorDetails;

  constructor(code: ErrorCode, message: string, details: ApiErrorDetails = {}) {
    super(message);
    this.code = code;
    this.status = ERROR_HTTP_STATUS[code] || 500;
    this.details = details;
  }

  /** The `{ error: … }` body, for one request. */
  toBody(requestId: string) {
    return {
      error: {
        code: this.code,
        message: this.message,
        requestId,
        ...(this.details.field === undefined ? {} : { field: this.details.field }),
        ...(this.details.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: this.details.retryAfterSeconds }),
        ...(this.details.attemptsRemaining === undefined ? {} : { attemptsRemaining: this.details.attemptsRemaining }),
      },
    };
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}
