import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Webhook } from 'standardwebhooks';
import type { FreshDatabase } from '../test-support/databases.ts';
import { freshDatabase, rawSql } from '../test-support/databases.ts';
import type { TestServer } from '../test-support/harness.ts';
import { CARDS, SK, startTestServer, until } from '../test-support/harness.ts';
import { WebhookReceiver } from '../test-support/webhook-receiver.ts';
import { SANDBOX_ENCRYPTION_KEY } from '../webhooks/secret-box.ts';

const OLD_KEY = randomBytes(32).toString('base64');
const NEW_KEY = randomBytes(32).toString('base64');

describe('webhook secrets encrypted at rest (URCARD_ENCRYPTION_KEY)', () => {
  let dir: string;
  let database: FreshDatabase;
  let receiver: WebhookReceiver;
  let server: TestServer | undefined;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'urcard-webhook-secrets-'));
    database = await freshDatabase(dir);
    receiver = await new WebhookReceiver().start();
  });
  after(async () => {
    await server?.stop();
    await receiver.stop();
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  });

  /** (Re)starts the server on the same database with `encryptionKey`. */
  const restart = async (encryptionKey?: string) => {
    await server?.stop();
    server = await startTestServer({ ...database.settings, ...(encryptionKey ? { encryptionKey } : {}) }, dir);
    return server;
  };
  const row = async (id: string) =>
    (
      await rawSql(database.settings, 'SELECT secret, previous_secret FROM webhook_endpoints WHERE id = ?', [id])
    )[0] as {
      secret: string;
      previous_secret: string | null;
    };
  const createEndpoint = async (name: string) =>
    server!.api.ok('createWebhookEndpoint', {
      key: SK,
      body: { url: receiver.urlFor(name), enabledEvents: ['order.created'] },
    });
  /** An order, and its order.created webhook at `name`, checked with the official Standard Webhooks verifier. */
  const deliveredAndVerified = async (name: string, secret: string) => {
    const { order } = await server!.api.order(CARDS.active);
    await until(`order.created of ${order.id} at ${name}`, async () =>
      receiver.at(name).some((m) => m.body.includes(order.id)),
    );
    const message = receiver.at(name).find((m) => m.body.includes(order.id))!;
    const event = new Webhook(secret).verify(message.body, message.headers as Record<string, string>) as {
      type: string;
    };
    assert.equal(event.type, 'order.created');
    return message;
  };
  const sealedWith = (value: string | null) => value?.split(':')[2];

  it('the row holds no secret, in the sandbox without a key too; deliveries verify with standardwebhooks', async () => {
    await restart();
    const endpoint = await createEndpoint('sandbox');
    const stored = await row(endpoint.id);
    assert.match(stored.secret, /^whenc:v1:[0-9a-f]{8}:/);
    assert.ok(!stored.secret.includes(endpoint.secret.slice('whsec_'.length)), 'not the secret');
    assert.ok(!stored.secret.includes('whsec_'));
    await deliveredAndVerified('sandbox', endpoint.secret);

    // Rotated: both stored sealed, and for the overlap the old secret verifies too.
    const rotated = await server!.api.ok('rotateWebhookSecret', { key: SK, params: { endpointId: endpoint.id } });
    const after = await row(endpoint.id);
    for (const value of [after.secret, after.previous_secret!]) {
      assert.match(value, /^whenc:v1:/);
      assert.ok(!value.includes(rotated.secret.slice(6)) && !value.includes(endpoint.secret.slice(6)));
    }
    const message = await deliveredAndVerified('sandbox', rotated.secret);
    new Webhook(endpoint.secret).verify(message.body, message.headers as Record<string, string>);
  });

  it('a secret stored in clear before encryption is sealed at the next start, and keeps verifying', async () => {
    const endpoint = await createEndpoint('legacy');
    await rawSql(database.settings, 'UPDATE webhook_endpoints SET secret = ? WHERE id = ?', [
      endpoint.secret,
      endpoint.id,
    ]);
    assert.equal((await row(endpoint.id)).secret, endpoint.secret, 'planted in clear');
    await restart();
    const stored = await row(endpoint.id);
    assert.match(stored.secret, /^whenc:v1:/);
    assert.ok(!stored.secret.includes(endpoint.secret.slice(6)));
    assert.ok(server!.logs.some((l) => l.msg === 'webhook secrets sealed with the current encryption key'));
    await deliveredAndVerified('legacy', endpoint.secret);
  });

  it('key rotation: `new,old,…` opens what the old keys sealed and seals it again with the new; then `new` alone', async () => {
    await restart(OLD_KEY);
    const unreadable = server!.logs.find((l) => String(l.msg).includes('a key URCARD_ENCRYPTION_KEY does not list'));
    assert.ok(unreadable, 'the sandbox-key rows are named, and the server starts all the same');
    assert.equal((unreadable.endpointIds as string[]).length, 2);
    const endpoint = await createEndpoint('rotation');
    const sealedOld = await row(endpoint.id);
    await deliveredAndVerified('rotation', endpoint.secret);

    await restart(`${NEW_KEY},${OLD_KEY},${SANDBOX_ENCRYPTION_KEY.toString('base64')}`);
    const sealedNew = await row(endpoint.id);
    assert.notEqual(sealedWith(sealedNew.secret), sealedWith(sealedOld.secret), 'sealed again with the new key');
    await deliveredAndVerified('rotation', endpoint.secret);

    await restart(NEW_KEY);
    assert.deepEqual(await row(endpoint.id), sealedNew, 'nothing left to seal');
    await deliveredAndVerified('rotation', endpoint.secret);
    // Every endpoint of the database moved to the new key, the ones made under the sandbox key too.
    const all = await rawSql(database.settings, 'SELECT secret, previous_secret FROM webhook_endpoints');
    assert.ok(all.length >= 3);
    const keyIds = new Set(
      all.flatMap((r) => [r.secret, r.previous_secret].filter(Boolean).map((v) => sealedWith(v as string))),
    );
    assert.deepEqual([...keyIds], [sealedWith(sealedNew.secret)]);
  });
});
