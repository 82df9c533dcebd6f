// The browser build must stay small (issue 2: zod/mini, ~7 KB gzip for zod). This bundles the public entry the
// way a partner's bundler would and holds it to a budget, so a stray `import { z }` (which defeats
// tree-shaking and drags in all of zod's locales) or a Node built-in fails here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BUDGET_GZIP_BYTES = 20_000;

describe('browser bundle', () => {
  it(`createClient + the contract fit in ${BUDGET_GZIP_BYTES / 1000} KB gzip, without Node built-ins`, async () => {
    const result = await build({
      stdin: {
        contents: "export { createClient, isUrcardError, routes } from './index.ts';",
        resolveDir: fileURLToPath(new URL('.', import.meta.url)),
        loader: 'ts',
      },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    const gzip = gzipSync(code, { level: 9 }).length;
    // Files that made it into the output (metafile.inputs also lists what tree-shaking dropped).
    const output = Object.values(result.metafile.outputs)[0];
    const inputs = Object.entries(output?.inputs ?? {})
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path);
    assert.ok(!inputs.some((path) => path.includes('/zod/v4/locales/')), 'no zod locales bundled');
    assert.ok(!inputs.some((path) => path.startsWith('node:')), 'no Node built-ins');
    assert.ok(gzip < BUDGET_GZIP_BYTES, `bundle is ${gzip} bytes gzip`);
    console.log(`# browser bundle: ${code.length} bytes minified, ${gzip} bytes gzip`);
  });
});
