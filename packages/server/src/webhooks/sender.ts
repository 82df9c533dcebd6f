import { lookup as dnsLookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { isPrivateAddress } from './addresses.ts';

export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  /** Sandbox: loopback and private receivers are allowed. */
  allowPrivate: boolean;
  signal?: AbortSignal;
}

/** What came back: the status (null when there was no answer) and, on failure, why. The body is never kept. */
export interface WebhookResponse {
  ok: boolean;
  status: number | null;
  error: string | null;
}

export type WebhookSender = (request: WebhookRequest) => Promise<WebhookResponse>;

class RefusedAddress extends Error {
  override name = 'RefusedAddress';
}

/** DNS as usual, but an answer with a private address fails the connection (no rebinding after a check). */
const publicOnly: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0);
    const list = addresses as unknown as { address: string; family: number }[];
    const refused = list.find((a) => isPrivateAddress(a.address));
    if (refused) return callback(new RefusedAddress(`${hostname} resolves to a private address`), '', 0);
    if (options.all) return (callback as unknown as (e: null, a: typeof list) => void)(null, list);
    const first = list[0];
    if (!first) return callback(new Error(`${hostname} has no address`), '', 0);
    callback(null, first.address, first.family);
  });
};

/**
 * POSTs one webhook with node:http(s): redirects are not followed (a 3xx is a failure), the whole exchange has
 * `timeoutMs`, and outside sandbox the address connected to is checked after DNS. The response body is read
 * and dropped.
 */
export const sendWebhook: WebhookSender = (r) =>
  new Promise((resolve) => {
    const url = new URL(r.url);
    const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    if (!r.allowPrivate && isIP(host) && isPrivateAddress(host)) {
      resolve({ ok: false, status: null, error: 'refused: private address' });
      return;
    }
    const signal = AbortSignal.any([AbortSignal.timeout(r.timeoutMs), ...(r.signal ? [r.signal] : [])]);
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(
      url,
      {
        method: 'POST',
        headers: { ...r.headers, 'content-length': String(Buffer.byteLength(r.body)) },
        signal,
        ...(r.allowPrivate ? {} : { lookup: publicOnly }),
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          const status = res.statusCode ?? null;
          const ok = status !== null && status >= 200 && status < 300;
          resolve({ ok, status, error: ok ? null : `answered ${status}` });
        });
        res.on('error', (error) => resolve({ ok: false, status: res.statusCode ?? null, error: String(error) }));
      },
    );
    req.on('error', (error) => {
      const timedOut = signal.aborted && !r.signal?.aborted;
      resolve({ ok: false, status: null, error: timedOut ? `no answer within ${r.timeoutMs} ms` : error.message });
    });
    req.end(r.body);
  });
