import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Not served by @hono/node-server (app.request() in tests, another runtime).
    return 'unknown';
  }
}

/**
 * The client's address. With `trustedHops` proxies in front of us, each appends the address it got the request
 * from to `X-Forwarded-For`, and the socket's address is the last hop: the client is the entry `trustedHops`
 * from the right of that chain. Entries further left were written by the client and are never taken, unless
 * the chain is shorter than the hops trusted (then its left end is as far as anyone vouches for).
 */
export function clientAddress(c: Context, trustedHops: number): string {
  const socket = socketAddress(c);
  if (trustedHops <= 0) return socket;
  const forwarded = c.req.header('X-Forwarded-For');
  if (!forwarded) return socket;
  const chain = forwarded
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  chain.push(socket);
  return chain[Math.max(0, chain.length - 1 - trustedHops)]!;
}
