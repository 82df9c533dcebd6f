// Properties of the package as a whole: what it may import, what importing it does, and its fixtures.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  boundCardListSchema,
  cardSessionSchema,
  currentCardResponseSchema,
  customerSessionSchema,
  ERROR_CODES,
  errorBodySchema,
  healthSchema,
  orderSchema,
  planListSchema,
  quoteSchema,
} from './contract/index.ts';
import * as fixtures from './test-support/fixtures.ts';

const srcDir = fileURLToPath(new URL('.', import.meta.url));

function shippedFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : shippedFiles(path);
    return /\.ts$/.test(entry.name) && !/\.test(-d)?\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('the package', () => {
  const files = shippedFiles(srcDir);

  it('ships sources that import no Node built-in and touch no process', () => {
    assert.ok(files.length >= 10, `found ${files.length} files`);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      assert.doesNotMatch(text, /from ['"]node:|require\(|\bprocess\./, file);
      const imports = [...text.matchAll(/from ['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
      for (const spec of imports) assert.ok(spec.startsWith('.') || spec === 'zod/mini', `${file} imports ${spec}`);
    }
  });

  it('imports without side effects and without window, document or process', () => {
    const script = `
      const before = new Set(Object.getOwnPropertyNames(globalThis));
      const savedProcess = globalThis.process;
      const sdk = await import(${JSON.stringify(join(srcDir, 'index.ts'))});
      // zod keeps its config and registry on globalThis (shared between copies of zod); that is zod's, not ours.
      const added = Object.getOwnPropertyNames(globalThis).filter((k) => !before.has(k) && !k.startsWith('__zod_'));
      savedProcess.stdout.write(JSON.stringify({ added, exports: Object.keys(sdk).sort(), window: typeof window }));
    `;
    const out = execFileSync(process.execPath, ['--conditions=source', '--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    const result = JSON.parse(out) as { added: string[]; exports: string[]; window: string };
    assert.deepEqual(result.added, []);
    assert.equal(result.window, 'undefined');
    for (const name of [
      'createClient',
      'UrcardError',
      'isUrcardError',
      'routes',
      'ERROR_CODES',
      'luhnValid',
      'newIdempotencyKey',
    ]) {
      assert.ok(result.exports.includes(name), `exports ${name}`);
    }
  });

  it("test fixtures match the contract (so the other tests' answers are valid)", () => {
    cardSessionSchema.parse(fixtures.cardSession());
    currentCardResponseSchema.parse({ card: fixtures.card() });
    planListSchema.parse(fixtures.planList());
    quoteSchema.parse(fixtures.quote());
    for (const status of ['requires_payment', 'completed', 'failed'] as const)
      orderSchema.parse(fixtures.order(status));
    customerSessionSchema.parse(fixtures.customerSession());
    boundCardListSchema.parse(fixtures.boundCards());
    healthSchema.parse(fixtures.health());
    for (const code of ERROR_CODES) errorBodySchema.parse(fixtures.errorBody(code));
  });
});
