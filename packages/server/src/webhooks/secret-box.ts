import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Webhook signing secrets at rest: AES-256-GCM (node:crypto) under `URCARD_ENCRYPTION_KEY`, bound to the endpoint
 * they belong to (its id is the additional authenticated data, so a sealed value moved to another row does not
 * open). Stored as `whenc:v1:<key id>:<base64url of iv (12 bytes) | tag (16 bytes) | ciphertext>`; the key id is the
 * first 8 hex digits of the key's SHA-256, so a value names the key it was sealed with.
 *
 * Rotation: `URCARD_ENCRYPTION_KEY=new,old` opens with any key of the list and seals with the first; values
 * sealed with another key (or stored in clear before encryption existed) are sealed again at start.
 */
export class SecretBox {
  readonly #keys: { id: string; key: Buffer }[];

  constructor(keys: readonly Buffer[]) {
    if (keys.length === 0) throw new Error('SecretBox needs at least one key');
    this.#keys = keys.map((key) => ({ id: keyId(key), key }));
  }

  seal(plain: string, context: string): string {
    const { id, key } = this.#keys[0]!;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${SEALED_PREFIX}${id}:${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url')}`;
  }

  /** The secret of a stored value: a sealed one opened with its key, a value from before encryption as it is. */
  open(stored: string, context: string): string {
    if (!stored.startsWith(SEALED_PREFIX)) return stored;
    const [id, payload = ''] = stored.slice(SEALED_PREFIX.length).split(':');
    const entry = this.#keys.find((k) => k.id === id);
    if (!entry) throw new Error(`A webhook secret is sealed with key ${id}, which URCARD_ENCRYPTION_KEY does not list`);
    const bytes = Buffer.from(payload, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', entry.key, bytes.subarray(0, 12));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  }

  /** True when a stored value is in clear or sealed with a key other than the first. */
  needsReseal(stored: string): boolean {
    return !stored.startsWith(`${SEALED_PREFIX}${this.#keys[0]!.id}:`);
  }
}

const SEALED_PREFIX = 'whenc:v1:';

const keyId = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 8);

/**
 * The sandbox's key when URCARD_ENCRYPTION_KEY is not set: derived from a fixed string, the same for every
 * instance and every start (not a secret: the sandbox holds no real secrets). Outside the sandbox the setting is
 * required.
 */
export const SANDBOX_ENCRYPTION_KEY = createHash('sha256').update('urcard-sandbox-webhook-secret-key').digest();

/**
 * The keys of `URCARD_ENCRYPTION_KEY`: one or more comma-separated base64 values of 32 bytes each, the first the
 * one that seals. Throws a one-line message naming what is wrong.
 */
export function parseEncryptionKeys(raw: string): Buffer[] {
  const parts = raw.split(',').map((p) => p.trim());
  return parts.map((part, i) => {
    const key = /^[A-Za-z0-9+/]+={0,2}$/.test(part) ? Buffer.from(part, 'base64') : Buffer.alloc(0);
    if (key.length !== 32) {
      const which = parts.length > 1 ? `key ${i + 1} of URCARD_ENCRYPTION_KEY` : 'URCARD_ENCRYPTION_KEY';
      throw new Error(`${which} must be 32 bytes in base64 (openssl rand -base64 32); got ${key.length} bytes`);
    }
    return key;
  });
}
