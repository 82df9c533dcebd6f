/** Per-request values shared by the middleware and the routes. */
export interface AppVariables {
  requestId: string;
  /** Set once the API key is known, for the request log. */
  partnerId?: string;
  /** The error code answered, for the request log. */
  errorCode?: string;
  /** The response is a stored idempotent response. */
  replayed?: boolean;
}

export type AppEnv = { Variables: AppVariables };
