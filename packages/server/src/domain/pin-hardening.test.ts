import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CARDS, PIN, startTestServer } from '../test-support/harness.ts';
import { lockoutMs } from './card-access.ts';
import { testCardId } from './test-cards.ts';

describe('PIN hardening', () => {
  it('makes each lock in a row longer: 15 min, 1 h, 4 h, 16 h, then a day', () => {
    const minutes = [0, 1, 2, 3, 4, 5].map((n) => lockoutMs(15 * 60_000, n) / 60_000);
    assert.deepEqual(minutes, [15, 60, 240, 960, 1440, 1440]);
  });

  it('locks a second time for longer, over HTTP', async () => {
    const server = await startTestServer({ lockoutMs: 1500, maxPinAttempts: 3 });
    try {
      const wrong = () => server.api.call('verifyCard', { body: { cardNumber: CARDS.active, pin: '0000' } });
      await wrong();
      await wrong();
      const first = await server.api.fails('verifyCard', 'card_locked', {
        body: { cardNumber: CARDS.active, pin: '0000' },
      });
      assert.equal(first.error.retryAfterSeconds, 2);
      await new Promise((r) => setTimeout(r, 1600));
      await wrong();
      await wrong();
      const second = await server.api.fails('verifyCard', 'card_locked', {
        body: { cardNumber: CARDS.active, pin: '0000' },
      });
      assert.equal(second.error.retryAfterSeconds, 6, '4 times the first lock');
    } finally {
      await server.stop();
    }
  });

  it('rehashes a PIN at the new scrypt cost when it is verified, so every card costs what an unknown one costs', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'urcard-rehash-'));
    try {
      const before = await startTestServer({ scryptCost: 1024 }, dir);
      await before.stop();
      const after = await startTestServer({ scryptCost: 2048 }, dir);
      try {
        const id = testCardId(CARDS.active);
        assert.match((await after.services.store.getCard(id))!.pinHash, /^scrypt\$1024\$/);
        await after.api.verify(CARDS.active, PIN);
        assert.match((await after.services.store.getCard(id))!.pinHash, /^scrypt\$2048\$/);
        await after.api.verify(CARDS.active, PIN);
      } finally {
        await after.stop();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
