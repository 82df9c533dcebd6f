// The harness itself: it refuses to run against unbuilt examples with a message that says what to do, and it
// starts the real servers: the API answers, and the demo server fills in the API's address.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assertBuilt, BUILT, ROOT, startStack } from '../support/stack.ts';

describe('harness', () => {
  it('says to run `pnpm -r build` when a built file is missing', () => {
    assert.doesNotThrow(() => assertBuilt(), 'everything is built for this run');
    const files = { ...BUILT, 'React example': join(ROOT, 'examples/react/dist/nowhere.html') };
    assert.throws(
      () => assertBuilt(files),
      (error: Error) =>
        error.message.includes('- React example: examples/react/dist/nowhere.html') &&
        error.message.includes('Run `pnpm -r build` at the repository root first.'),
    );
  });

  it('starts the reference server with a fresh database and the demo server pointing at it', async () => {
    const stack = await startStack();
    try {
      assert.match(stack.api.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${stack.api.url}/v1/health`);
      assert.equal(health.status, 200, 'the API answers');
      const page = await (await fetch(`${stack.demoUrl}/vanilla/`)).text();
      assert.ok(page.includes(`api-base="${stack.api.url}"`), 'the page is given this API');
      assert.ok(!page.includes('__URCARD_API_BASE__'));
      const bundle = await fetch(`${stack.demoUrl}/cdn/urcard-checkout.js`);
      assert.equal(bundle.status, 200);
      assert.match(bundle.headers.get('content-type') ?? '', /javascript/);
    } finally {
      await stack.stop();
    }
  });
});
