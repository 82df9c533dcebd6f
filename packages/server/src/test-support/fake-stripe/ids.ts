import { randomBytes } from 'node:crypto';

/** A random suffix of an object id (`pi_…`, `ch_…`) or a client secret. */
export function token(length = 24): string {
  return randomBytes(length).toString('base64url').replace(/[-_]/g, '').slice(0, length);
}
