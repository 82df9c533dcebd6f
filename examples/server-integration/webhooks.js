// Webhooks for this partner backend: at start it registers `<this server>/webhooks` as an endpoint (secret key),
// replacing any earlier one with the same URL (a secret is shown only when it is made), and keeps the last events
// it received, each verified with @urcard/sdk's verifyWebhook (the Standard Webhooks scheme).
import { verifyWebhook } from '@urcard/sdk';

const KEEP = 50;

export function webhookReceiver({ apiBase, secretKey, publicUrl }) {
  const received = [];
  let secret = null;
  const api = async (method, path, body) => {
    const response = await fetch(apiBase + path, {
      method,
      headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${json.error?.code ?? ''}`);
    return json;
  };

  return {
    received,
    /** Registers the endpoint; the previous ones for this URL go (their secrets are lost with the old process). */
    async register() {
      const url = `${publicUrl}/webhooks`;
      const { data } = await api('GET', '/v1/webhook-endpoints');
      for (const old of data.filter((e) => e.url === url)) await api('DELETE', `/v1/webhook-endpoints/${old.id}`);
      const endpoint = await api('POST', '/v1/webhook-endpoints', { url });
      secret = endpoint.secret;
      return endpoint;
    },
    /** POST /webhooks: verify, keep, answer 204 (or 400 when the signature does not hold). */
    async handle(req, res) {
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      const body = Buffer.concat(chunks).toString('utf8');
      try {
        if (!secret) throw new Error('no endpoint registered yet');
        const event = await verifyWebhook(body, req.headers, secret);
        received.unshift({ event, raw: body, headers: pick(req.headers), receivedAt: new Date().toISOString() });
        received.length = Math.min(received.length, KEEP);
        res.writeHead(204).end();
      } catch (error) {
        console.error(`webhook refused: ${error.message}`);
        res.writeHead(400, { 'content-type': 'text/plain' }).end('bad signature');
      }
    },
    /** The events this API has for the partner, newest first (GET /v1/events). */
    listEvents: (limit = 20) => api('GET', `/v1/events?limit=${limit}`),
  };
}

const pick = (headers) => ({
  'webhook-id': headers['webhook-id'],
  'webhook-timestamp': headers['webhook-timestamp'],
  'webhook-signature': headers['webhook-signature'],
});
