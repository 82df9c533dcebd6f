#!/usr/bin/env node
// Builds the standalone bundle for <script type="module"> tags: dist/cdn/urcard-checkout.js registers the element,
// English included; other locales and Stripe's loader are separate chunks loaded on demand.
// Prints each file's size raw and gzipped; with --size, fails when the initial bundle is over budget.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist/cdn');
/** The issue's budget for the initial bundle (our goal is under 24 KB). */
const BUDGET_GZIP = 30 * 1024;
const GOAL_GZIP = 24 * 1024;

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { 'urcard-checkout': 'src/define.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: 'linked',
  // The SDK from its TypeScript sources, like the tests.
  conditions: ['source'],
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'eof',
  metafile: true,
  tsconfig: 'tsconfig.build.json',
  logLevel: 'warning',
});

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = Object.keys(result.metafile.outputs)
  .filter((file) => file.endsWith('.js'))
  .map((file) => {
    const bytes = readFileSync(join(root, file));
    return { file: file.replace(/^dist\/cdn\//, ''), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  })
  .sort((a, b) =>
    a.file === 'urcard-checkout.js' ? -1 : b.file === 'urcard-checkout.js' ? 1 : a.file.localeCompare(b.file),
  );

const width = Math.max(...rows.map((r) => r.file.length));
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}`);
for (const row of rows)
  console.log(`${row.file.padEnd(width)}  ${kb(row.raw).padStart(9)}  ${kb(row.gzip).padStart(9)}`);

// The initial download: the entry and every chunk it imports statically (esbuild moves shared code into chunks).
const outputs = result.metafile.outputs;
const initialFiles = new Set();
const visit = (file) => {
  if (initialFiles.has(file)) return;
  initialFiles.add(file);
  for (const imported of outputs[file].imports) if (imported.kind === 'import-statement') visit(imported.path);
};
visit('dist/cdn/urcard-checkout.js');
const initial = { raw: 0, gzip: 0 };
for (const file of initialFiles) {
  const row = rows.find((r) => `dist/cdn/${r.file}` === file);
  initial.raw += row.raw;
  initial.gzip += row.gzip;
}
// What the initial download is made of, largest first.
const packages = {};
for (const file of initialFiles) {
  for (const [path, { bytesInOutput }] of Object.entries(outputs[file].inputs)) {
    const name =
      path.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/)?.[1] ??
      (path.startsWith('../sdk/') ? '@urcard/sdk' : path.startsWith('src/') ? '@urcard/checkout' : path);
    packages[name] = (packages[name] ?? 0) + bytesInOutput;
  }
}
console.log(
  `\ninitial bundle by package (minified, before gzip): ${Object.entries(packages)
    .sort((a, b) => b[1] - a[1])
    .map(([name, bytes]) => `${name} ${kb(bytes)}`)
    .join(', ')}`,
);
console.log(
  `initial download (${[...initialFiles].map((f) => basename(f)).join(' + ')}): ${kb(initial.raw)} raw, ${kb(initial.gzip)} gzip (budget ${kb(BUDGET_GZIP)}, goal ${kb(GOAL_GZIP)})`,
);
// For docs/widget.md (scripts/docs.js).
writeFileSync(
  join(outdir, 'sizes.json'),
  `${JSON.stringify({ files: rows, initial: { files: [...initialFiles].map((f) => basename(f)), ...initial }, packages, budget: BUDGET_GZIP, goal: GOAL_GZIP }, null, 2)}\n`,
);
if (process.argv.includes('--size') && initial.gzip > BUDGET_GZIP) {
  console.error(`The initial download is ${kb(initial.gzip)} gzip, over the ${kb(BUDGET_GZIP)} budget`);
  process.exit(1);
}
