import { createHmac } from 'node:crypto';
import type { Json, RecordedRequest } from './types.ts';
import { AiraloFakeError, invalid } from './types.ts';

/** The key the fake signs its notifications with (a test server gets it as URCARD_AIRALO_WEBHOOK_SECRET). */
export const FAKE_AIRALO_WEBHOOK_SECRET = 'urcard-fake-airalo-webhook-secret-5b4a39';

/** The levels of Airalo's low-data notification: 75 % and 90 % of the data used, 3 days and 1 day left. */
export const FAKE_LOW_DATA_LEVELS = ['75%', '90%', '3days', '1days'] as const;

/** What Airalo's low-data webhook carries. */
export interface LowDataNotice {
  level: (typeof FAKE_LOW_DATA_LEVELS)[number];
  package_name: string;
  remaining_percentage: number;
}

/** How a notification is signed: right, with another key, or not at all. */
export type SignatureMode = 'valid' | 'wrong' | 'missing';

export interface SentNotification {
  url: string;
  body: string;
  status: number;
}

/** Airalo's `airalo-signature`: HMAC-SHA-512 (hex) of the raw body. */
export function airaloSignature(secret: string, body: string): string {
  return createHmac('sha512', secret).update(body).digest('hex');
}

/**
 * The fake's notifications: `POST /v2/notifications/opt-in` with `type: "webhook_low_data"` and a `webhook_url`
 * (Airalo checks the URL with a HEAD request and wants a 200), then `notifyLowData` POSTs a signed notification
 * to that URL, as Airalo does when an eSIM's data runs low.
 */
export class FakeNotifications {
  readonly sent: SentNotification[] = [];
  webhookUrl: string | null = null;
  readonly #secret: string;

  constructor(secret: string = FAKE_AIRALO_WEBHOOK_SECRET) {
    this.#secret = secret;
  }

  /** Answers the notification routes; null for any other request. */
  async route(r: RecordedRequest): Promise<Json | null> {
    if (r.method === 'POST' && r.path === '/v2/notifications/opt-in') return this.#optIn(r);
    if (r.method === 'POST' && r.path === '/v2/notifications/opt-out') {
      this.webhookUrl = null;
      return { data: { message: 'Opted out' }, meta: { message: 'success' } };
    }
    return null;
  }

  async #optIn(r: RecordedRequest): Promise<Json> {
    const { type, webhook_url: url, email } = r.body;
    if (type !== 'webhook_low_data' && type !== 'email_low_data') {
      throw invalid({ type: 'The selected type is invalid.' });
    }
    if (type === 'email_low_data') {
      if (typeof email !== 'string' || !email.includes('@')) throw invalid({ email: 'The email field is required.' });
      return { data: { type, email }, meta: { message: 'success' } };
    }
    if (typeof url !== 'string' || !/^https?:\/\//.test(url)) {
      throw invalid({ webhook_url: 'The webhook url field is required.' });
    }
    const check = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(5000) }).catch(() => null);
    if (check?.status !== 200) {
      throw invalid({ webhook_url: `The webhook url did not answer HEAD with 200 (${check?.status ?? 'no answer'}).` });
    }
    this.webhookUrl = url;
    return { data: { type, webhook_url: url }, meta: { message: 'success' } };
  }

  /** POSTs a low-data notification for `iccid` to the opted-in URL; resolves with the receiver's answer. */
  async notifyLowData(
    iccid: string,
    notice: LowDataNotice,
    options: { signature?: SignatureMode; body?: string } = {},
  ): Promise<{ status: number; body: string }> {
    const url = this.webhookUrl;
    if (!url) throw new AiraloFakeError(409, { message: '(fake) no webhook URL opted in' });
    const body =
      options.body ??
      JSON.stringify({
        level: notice.level,
        iccid,
        package_name: notice.package_name,
        remaining_percentage: notice.remaining_percentage,
      });
    const mode = options.signature ?? 'valid';
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (mode !== 'missing') {
      headers['airalo-signature'] = airaloSignature(mode === 'valid' ? this.#secret : `${this.#secret}-not`, body);
    }
    const res = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(10_000) });
    const answer = { status: res.status, body: await res.text() };
    this.sent.push({ url, body, status: answer.status });
    return answer;
  }
}
