#!/usr/bin/env node
// What a partner who installs @urcard/checkout from npm downloads: scripts/size-page (an HTML page that imports
// `@urcard/checkout/define.js`, as examples/vanilla does) built with Vite and with plain esbuild, resolved through the
// package's own exports (dist/, so run `tsc -p tsconfig.build.json` first; `pnpm size` does). Prints the initial
// download (entry and its static imports), what loads later, and the copies of zod; with --size, fails over budget.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const page = join(root, 'scripts/size-page');
/** Budgets of the initial download, gzip: a bundler's own chunking costs a little more than our CDN build's. */
export const NPM_BUDGETS = { vite: 23 * 1024, esbuild: 26 * 1024 };

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** From chunks `{ name, code, imports, entry, modules }`: the initial download and the copies of zod. */
function summarise(chunks) {
  const byName = new Map(chunks.map((c) => [c.name, c]));
  const initial = new Set();
  const visit = (name) => {
    if (initial.has(name) || !byName.has(name)) return;
    initial.add(name);
    for (const imported of byName.get(name).imports) visit(imported);
  };
  for (const chunk of chunks) if (chunk.entry) visit(chunk.name);
  const sum = (names) => names.reduce((total, name) => total + gzip(byName.get(name).code), 0);
  const later = chunks.map((c) => c.name).filter((name) => !initial.has(name));
  // One copy of zod: its core (zod/v4/core/core.js) in at most one chunk.
  const zodCopies = chunks.filter((c) => c.modules.some((id) => /zod[\\/]v4[\\/]core[\\/]core\.js$/.test(id))).length;
  const zodInitial = [...initial].some((name) => byName.get(name).modules.some((id) => /[\\/]zod[\\/]/.test(id)));
  return { initial: sum([...initial]), files: initial.size, later: sum(later), zodCopies, zodInitial };
}

async function viteBuild() {
  // Vite is a dependency of examples/travel-site; the checkout does not need its own.
  const require = createRequire(join(root, '../../examples/travel-site/package.json'));
  const { build } = await import(pathToFileURL(require.resolve('vite')).href);
  const result = await build({
    root: page,
    configFile: false,
    logLevel: 'silent',
    build: { write: false, modulePreload: false },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  return output
    .filter((item) => item.type === 'chunk')
    .map((chunk) => ({
      name: chunk.fileName,
      code: chunk.code,
      imports: chunk.imports,
      entry: chunk.isEntry,
      modules: chunk.moduleIds,
    }));
}

async function esbuildBuild() {
  const result = await esbuild({
    absWorkingDir: page,
    entryPoints: ['main.js'],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'warning',
  });
  const { outputs } = result.metafile;
  const code = new Map(result.outputFiles.map((file) => [file.path.slice(page.length + 1), file.contents]));
  return Object.entries(outputs)
    .filter(([name]) => name.endsWith('.js'))
    .map(([name, output]) => ({
      name,
      code: code.get(name),
      imports: output.imports.filter((i) => i.kind === 'import-statement').map((i) => i.path),
      entry: output.entryPoint === 'main.js',
      modules: Object.keys(output.inputs),
    }));
}

export async function measureNpm() {
  return { vite: summarise(await viteBuild()), esbuild: summarise(await esbuildBuild()) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = await measureNpm();
  let failed = false;
  for (const [tool, r] of Object.entries(results)) {
    console.log(
      `npm + ${tool}: initial ${kb(r.initial)} gzip in ${r.files} file(s) (budget ${kb(NPM_BUDGETS[tool])}), later ${kb(r.later)}, zod copies ${r.zodCopies}${r.zodInitial ? ', zod in the initial download' : ''}`,
    );
    if (r.initial > NPM_BUDGETS[tool] || r.zodCopies > 1 || r.zodInitial) failed = true;
  }
  if (process.argv.includes('--size') && failed) {
    console.error('The npm package is over its budget (or carries zod twice, or in its first download)');
    process.exit(1);
  }
}
