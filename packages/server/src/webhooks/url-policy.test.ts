import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError } from '../errors.ts';
import { isPrivateAddress } from './addresses.ts';
import { sendWebhook } from './sender.ts';
import { checkWebhookUrl } from './url-policy.ts';

describe('where webhooks may go', () => {
  it('knows private, loopback and link-local addresses, v4, v6 and mapped', () => {
    for (const a of [
      '10.1.2.3',
      '127.0.0.1',
      '169.254.169.254',
      '172.20.0.1',
      '192.168.1.1',
      '100.64.0.1',
      '0.0.0.0',
    ]) {
      assert.equal(isPrivateAddress(a), true, a);
    }
    for (const a of ['::1', '::', 'fd00::1', 'fe80::1', '::ffff:10.0.0.1', '::ffff:127.0.0.1']) {
      assert.equal(isPrivateAddress(a), true, a);
    }
    for (const a of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8']) {
      assert.equal(isPrivateAddress(a), false, a);
    }
  });

  it('in sandbox: https anywhere, plain http only to localhost', () => {
    assert.equal(checkWebhookUrl('http://localhost:4000/hooks', true), 'http://localhost:4000/hooks');
    assert.equal(checkWebhookUrl('http://127.0.0.1:4000/h', true), 'http://127.0.0.1:4000/h');
    assert.equal(checkWebhookUrl('https://partner.example/h#x', true), 'https://partner.example/h');
    assert.throws(() => checkWebhookUrl('http://partner.example/h', true), ApiError);
    assert.throws(() => checkWebhookUrl('http://10.0.0.5/h', true), ApiError);
  });

  it('outside sandbox: https only, and never a private address or credentials', () => {
    assert.equal(checkWebhookUrl('https://partner.example/h', false), 'https://partner.example/h');
    for (const url of [
      'http://localhost:4000/h',
      'http://partner.example/h',
      'https://localhost/h',
      'https://127.0.0.1/h',
      'https://10.0.0.5/h',
      'https://[::1]/h',
      'https://[fd00::1]/h',
      'https://169.254.169.254/latest',
      'https://user:pw@partner.example/h',
      'ftp://partner.example/h',
      'not a url',
    ]) {
      assert.throws(() => checkWebhookUrl(url, false), ApiError, url);
    }
  });

  it('refuses to connect to a private address outside sandbox, after DNS too', async () => {
    const request = { headers: {}, body: '{}', timeoutMs: 2000, allowPrivate: false };
    const literal = await sendWebhook({ ...request, url: 'http://127.0.0.1:9/h' });
    assert.deepEqual(literal, { ok: false, status: null, error: 'refused: private address' });
    const named = await sendWebhook({ ...request, url: 'http://localhost:9/h' });
    assert.equal(named.ok, false);
    assert.match(named.error ?? '', /private address/);
  });
});
