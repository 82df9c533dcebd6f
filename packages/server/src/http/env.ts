import type { KeyKind } from '@urcard/sdk';
import type { CardRecord, CustomerSessionRecord, PartnerRecord } from '../store/types.ts';

/** Per-request values shared by the middleware and the routes. */
export interface AppVariables {
  requestId: string;
  /** Set once the API key is known, for the request log. */
  partnerId?: string;
  /** The error code answered, for the request log. */
  errorCode?: string;
  /** The response is a stored idempotent response. */
  replayed?: boolean;
  /** The route's path pattern (`/v1/orders/:orderId`), logged instead of the path with its ids. */
  routePath?: string;
  /** The kind of the key (`authenticate`). */
  keyKind?: KeyKind;
  /** The key's partner (`authenticate`). */
  partner?: PartnerRecord;
  /** The card of the `Urcard-Card-Token` header (`cardToken`). */
  card?: CardRecord;
  /** The customer session of the `Urcard-Customer-Session` header (`customerSession`). */
  session?: CustomerSessionRecord;
  /** The query and the body, parsed with the route's schemas (`parseQuery`, `parseBody`). */
  query?: unknown;
  body?: unknown;
  /** The same for every attempt with one Idempotency-Key (`idempotency`). */
  seed?: string;
  /** What the route's handler answered, before it became JSON (read by `idempotency`). */
  output?: unknown;
}

export type AppEnv = { Variables: AppVariables };
