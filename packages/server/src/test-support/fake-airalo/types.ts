/** JSON as the fake answers it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A top-up package as `GET /v2/sims/{iccid}/topups` lists it (Airalo's field names). */
export interface FakePackage {
  id: string;
  title: string;
  /** MB; the `data` label ("3 GB") derives from it. */
  amount: number;
  day: number;
  is_unlimited: boolean;
  voice: number | null;
  text: number | null;
  /** USD. */
  price: number;
  net_price: number;
}

/** A top-up order the fake placed (what `POST /v2/orders/topups` answers and the order list lists). */
export interface FakeOrder {
  id: number;
  code: string;
  iccid: string;
  package_id: string;
  description: string;
  price: number;
  net_price: number;
  validity: number;
  created_at: string;
}

/** One request the fake got (the body parsed, the Authorization header kept only as "present or not"). */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: Record<string, unknown>;
  status: number;
  /** When it arrived (ms, the fake's clock). */
  at: number;
}

/** An Airalo error: `status` with Airalo's body (`{data: {field: message}, meta: {message}}` or `{code, reason}`). */
export class AiraloFakeError extends Error {
  readonly status: number;
  readonly body: Json;
  readonly headers: Record<string, string>;
  constructor(status: number, body: Json, headers: Record<string, string> = {}) {
    super(`fake Airalo ${status}`);
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

export const invalid = (fields: Record<string, string>) =>
  new AiraloFakeError(422, { data: fields, meta: { message: 'the parameter is invalid' } });
