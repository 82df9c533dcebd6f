import { ApiError } from '../errors.ts';
import { isLocalHost, isPrivateAddress } from './addresses.ts';

/**
 * Where webhooks may go: https anywhere public; plain http only to localhost and only in sandbox; outside
 * sandbox no private, loopback or link-local address (checked again at every delivery, after DNS).
 */
export function checkWebhookUrl(raw: string, sandbox: boolean): string {
  const refuse = (message: string) => new ApiError('invalid_request', message, { field: 'url' });
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse('url is not a URL');
  }
  if (url.username || url.password) throw refuse('url must not carry credentials');
  const host = url.hostname;
  const bare = host.startsWith('[') ? host.slice(1, -1) : host;
  if (url.protocol === 'http:') {
    if (!sandbox || !isLocalHost(host)) throw refuse('url must use https (http only for localhost in sandbox mode)');
  } else if (url.protocol !== 'https:') {
    throw refuse('url must use https');
  }
  if (!sandbox && (isLocalHost(host) || isPrivateAddress(bare))) {
    throw refuse('url must not point at a private, loopback or link-local address');
  }
  url.hash = '';
  return url.toString();
}
