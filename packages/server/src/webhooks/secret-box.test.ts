import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { ConfigError, encryptionKeys, resolveConfig } from '../config.ts';
import { parseEncryptionKeys, SecretBox } from './secret-box.ts';

const SECRET = 'whsec_c2VjcmV0LXNpZ25pbmcta2V5LW9mLTMyLWJ5dGVzISE=';

describe('SecretBox (AES-256-GCM)', () => {
  const [a, b] = [randomBytes(32), randomBytes(32)];

  it('seals a secret into something else each time, and opens it again', () => {
    const box = new SecretBox([a]);
    const one = box.seal(SECRET, 'we_1');
    const two = box.seal(SECRET, 'we_1');
    assert.match(one, /^whenc:v1:[0-9a-f]{8}:[A-Za-z0-9_-]+$/);
    assert.notEqual(one, two, 'a fresh IV each time');
    assert.ok(!one.includes('whsec_') && !one.includes(SECRET.slice(6)));
    assert.equal(box.open(one, 'we_1'), SECRET);
    assert.equal(box.needsReseal(one), false);
  });

  it('refuses a value moved to another endpoint, tampered with, or sealed with a key it does not hold', () => {
    const box = new SecretBox([a]);
    const sealed = box.seal(SECRET, 'we_1');
    assert.throws(() => box.open(sealed, 'we_2'));
    const flipped = sealed.slice(0, -2) + (sealed.at(-2) === 'A' ? 'B' : 'A') + sealed.at(-1);
    assert.throws(() => box.open(flipped, 'we_1'));
    assert.throws(() => new SecretBox([b]).open(sealed, 'we_1'), /does not list/);
  });

  it('rotation: opens with every key of the list, seals with the first, says what to seal again', () => {
    const old = new SecretBox([a]).seal(SECRET, 'we_1');
    const rotated = new SecretBox([b, a]);
    assert.equal(rotated.open(old, 'we_1'), SECRET);
    assert.equal(rotated.needsReseal(old), true);
    assert.equal(rotated.needsReseal(rotated.seal(SECRET, 'we_1')), false);
    assert.equal(rotated.needsReseal(SECRET), true, 'a secret in clear');
    assert.equal(rotated.open(SECRET, 'we_1'), SECRET, 'a row from before encryption reads as it is');
  });
});

describe('URCARD_ENCRYPTION_KEY', () => {
  const key = randomBytes(32).toString('base64');

  it('takes one key or a comma-separated list, each 32 bytes of base64', () => {
    assert.equal(parseEncryptionKeys(key).length, 1);
    assert.equal(parseEncryptionKeys(`${key}, ${randomBytes(32).toString('base64')}`).length, 2);
    assert.throws(
      () => resolveConfig({}, { URCARD_ENCRYPTION_KEY: randomBytes(16).toString('base64') }),
      (e: unknown) => e instanceof ConfigError && /^URCARD_ENCRYPTION_KEY must be 32 bytes in base64/.test(e.message),
    );
    assert.throws(
      () => resolveConfig({}, { URCARD_ENCRYPTION_KEY: `${key},not base64!` }),
      (e: unknown) => e instanceof ConfigError && /^key 2 of URCARD_ENCRYPTION_KEY must be 32 bytes/.test(e.message),
    );
  });

  it('is required outside sandbox mode, with a one-line error; the sandbox has a fixed key without it', () => {
    const stripe = resolveConfig({}, { STRIPE_SECRET_KEY: 'sk_test_x' });
    assert.throws(
      () => encryptionKeys(stripe),
      (e: unknown) =>
        e instanceof ConfigError &&
        e.message ===
          'URCARD_ENCRYPTION_KEY is required outside sandbox mode: 32 random bytes in base64 (openssl rand -base64 32)',
    );
    const sandbox = encryptionKeys(resolveConfig({}, {}));
    assert.deepEqual(sandbox, encryptionKeys(resolveConfig({}, {})), 'the same on every start and instance');
    assert.deepEqual(encryptionKeys(resolveConfig({}, { URCARD_ENCRYPTION_KEY: key })), [Buffer.from(key, 'base64')]);
  });
});
