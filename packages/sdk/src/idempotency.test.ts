import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newIdempotencyKey } from './idempotency.ts';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newIdempotencyKey', () => {
  it('makes distinct UUID v4 keys', () => {
    const keys = Array.from({ length: 1_000 }, newIdempotencyKey);
    for (const key of keys) assert.match(key, UUID_V4);
    assert.equal(new Set(keys).size, keys.length);
  });

  it('works without crypto.randomUUID (browsers outside secure contexts)', () => {
    Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      assert.equal(globalThis.crypto.randomUUID, undefined);
      const keys = Array.from({ length: 200 }, newIdempotencyKey);
      for (const key of keys) assert.match(key, UUID_V4);
      assert.equal(new Set(keys).size, keys.length);
    } finally {
      delete (globalThis.crypto as { randomUUID?: unknown }).randomUUID;
    }
    assert.equal(typeof globalThis.crypto.randomUUID, 'function');
  });
});
