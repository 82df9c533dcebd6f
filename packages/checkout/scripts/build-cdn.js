#!/usr/bin/env node
// Builds the standalone bundle for <script type="module"> tags: dist/cdn/urcard-checkout.js registers the element,
// English included; other locales and Stripe's loader are separate chunks loaded on demand.
// Prints each file's size raw and gzipped; with --size, fails when a budget is exceeded: the initial download, what
// loads without the customer doing anything (prefetched when idle), or more than one copy of zod.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist/cdn');
/** Budget of the initial download (the entry and its static imports), gzip. */
const BUDGET_GZIP = 22 * 1024;
/** Budget of all that loads without the customer doing anything: the first download and what is prefetched when idle. */
const PREFETCH_BUDGET_GZIP = 40 * 1024;
/**
 * What the checkout prefetches once the page is idle (checkout.element.ts, card-step.element.ts): later steps. The done
 * step is fetched when the pay step is shown.
 */
const PREFETCHED = [
  'src/steps/plan-step.element.ts',
  'src/steps/pay-step.element.ts',
  'src/steps/card-summary.ts',
  'src/checkout/order-flow.ts',
  'src/i18n/en-rest.ts',
];

/**
 * The SDK client, with zod and the contract's schemas, loads lazily: src/checkout/create-client.ts is a dynamic entry
 * and the only module that imports the `@urcard/sdk` index. esbuild splits chunks by file, not by statement: a file
 * that the first download reaches through any import goes whole into it, so the widget's other modules import the
 * SDK's schema-free subpaths (`@urcard/sdk/enums`, `/errors`, `/luhn`, `/idempotency`). These are package exports, so
 * a partner's Vite or esbuild build gets the same split as this one (scripts/size-npm.js measures both).
 */
/**
 * esbuild minifies code, not the text inside `css` and `html` tagged templates. This collapses their indentation:
 * in `css`, whitespace around punctuation and comments go; in `html`, a run of whitespace that contains a line
 * break becomes one space (what the browser renders anyway: a break between two inline elements still separates
 * them). Spaces within a line are kept. The widget has no `<pre>`, `<textarea>` or `white-space: pre` content.
 */
export function minifyTemplates(source) {
  const n = source.length;
  const css = (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}');
  const html = (text) => text.replace(/\s*\n\s*/g, ' ');
  // From the backtick at `start`: the template, its text minified when `tag` is css or html, and the index after it.
  const template = (start, tag) => {
    let out = '`';
    let text = '';
    const flush = () => {
      out += tag === 'css' ? css(text) : tag === 'html' ? html(text) : text;
      text = '';
    };
    let i = start + 1;
    while (i < n) {
      const c = source[i];
      if (c === '\\') {
        text += source.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        flush();
        return [`${out}\``, i + 1];
      } else if (c === '$' && source[i + 1] === '{') {
        flush();
        const [expression, end] = code(i + 2, true);
        out += `\${${expression}}`;
        i = end + 1;
      } else {
        text += c;
        i++;
      }
    }
    throw new Error('unterminated template literal');
  };
  // Code from `start`, skipping comments and strings; inside `${}`, up to its closing brace (whose index it returns).
  const code = (start, inExpression) => {
    let out = '';
    let depth = 0;
    let i = start;
    while (i < n) {
      const c = source[i];
      if (c === '}' && inExpression && depth === 0) return [out, i];
      let end = i + 1;
      if (c === '/' && source[i + 1] === '/') end = source.includes('\n', i) ? source.indexOf('\n', i) : n;
      else if (c === '/' && source[i + 1] === '*') end = source.indexOf('*/', i + 2) + 2;
      else if (c === "'" || c === '"') {
        while (end < n && source[end] !== c) end += source[end] === '\\' ? 2 : 1;
        end++;
      } else if (c === '`') {
        const tag = /(?:^|[^\w$.])(css|html)$/.exec(out)?.[1];
        const [text, after] = template(i, tag);
        out += text;
        i = after;
        continue;
      } else if (c === '{') depth++;
      else if (c === '}') depth--;
      out += source.slice(i, end);
      i = end;
    }
    if (inExpression) throw new Error('unterminated expression in a template literal');
    return [out, n];
  };
  return code(0, false)[0];
}

/**
 * esbuild puts each file in a chunk per set of entry points that reach it, so the first download came in a dozen
 * files (the code the entry shares with the plan step, with the pay step, with the SDK…), each gzipped on its own:
 * ~2 KB more than one file. Every module loaded later (a dynamic import) is therefore made to import define.ts as
 * well, here only: it is loaded already when they are, and now every file of the first download has the same set
 * of entry points and goes into one chunk.
 */
const DEFINE = join(root, 'src/define.ts');
const lazyModules = new Set();

const widgetSources = {
  name: 'widget-sources',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\./, namespace: 'file' }, ({ path, kind, resolveDir }) => {
      if (kind === 'dynamic-import') lazyModules.add(join(resolveDir, path));
      return undefined;
    });
    pluginBuild.onLoad({ filter: /[\\/]checkout[\\/]src[\\/].*\.ts$/ }, ({ path }) => {
      let contents = minifyTemplates(readFileSync(path, 'utf8'));
      if (lazyModules.has(path)) contents += `\nimport ${JSON.stringify(relative(dirname(path), DEFINE))};\n`;
      return { contents, loader: 'ts' };
    });
  },
};

/**
 * Reproducible: esbuild's chunk hashes (and the metafile and source maps) carry the paths of the input files relative
 * to the working directory, and a path into pnpm's store depends on where the repository and its store are. Every
 * package file (lit, zod, the SDK…) is therefore loaded under a name of its own, `pkg:<name>@<version>/<file>`:
 * the same sources give the same bytes, names and SRI hashes in any folder (scripts/build-cdn.test.js).
 */
const PKG = 'pkg';
/** A package imported dynamically by our sources, as a module that also imports define.ts. */
const LAZY = 'lazy-package';
const ours = Symbol('canonical-resolve');
const packageRoots = new Map();
function packageOf(file) {
  let dir = dirname(file);
  while (!packageRoots.has(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const { name, version } = JSON.parse(readFileSync(manifest, 'utf8'));
      if (name) {
        packageRoots.set(dir, { dir, id: `${name}@${version ?? '0.0.0'}` });
        break;
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json with a name above ${file}`);
    dir = parent;
  }
  return packageRoots.get(dir);
}
const LOADERS = { '.ts': 'ts', '.js': 'js', '.mjs': 'js', '.cjs': 'js', '.json': 'json' };

const canonicalPackages = {
  name: 'canonical-packages',
  setup(pluginBuild) {
    const canonical = async ({ path, kind, resolveDir, importer, namespace, pluginData }) => {
      if (pluginData === ours) return undefined;
      // A package our sources load lazily (Stripe's loader) comes through a module that imports define.ts too, as
      // our lazy modules do (widgetSources): else esbuild's runtime helpers, which every entry reaches, went into a
      // chunk of their own, one more file in the first download.
      if (kind === 'dynamic-import' && namespace === 'file') return { path, namespace: LAZY, pluginData: resolveDir };
      const resolved = await pluginBuild.resolve(path, { kind, resolveDir, importer, pluginData: ours });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      if (resolved.external) return resolved;
      const { dir, id } = packageOf(resolved.path);
      return {
        path: `${id}/${relative(dir, resolved.path).split(sep).join('/')}`,
        namespace: PKG,
        sideEffects: resolved.sideEffects,
        pluginData: resolved.path,
      };
    };
    // Bare imports from our sources, and every import from a package file.
    pluginBuild.onResolve({ filter: /^[^./]/, namespace: 'file' }, canonical);
    pluginBuild.onResolve({ filter: /.*/, namespace: PKG }, canonical);
    pluginBuild.onResolve({ filter: /^[^./]/, namespace: LAZY }, canonical);
    pluginBuild.onLoad({ filter: /.*/, namespace: LAZY }, ({ path, pluginData: resolveDir }) => ({
      contents: `import ${JSON.stringify(relative(resolveDir, DEFINE))};\nexport * from ${JSON.stringify(path)};\n`,
      loader: 'js',
      resolveDir,
    }));
    // A package's own source map (lit's point at its TypeScript) would be followed from where the store is, and
    // bring that path along: the bundle's maps show the package files as published instead (sourcesContent).
    pluginBuild.onLoad({ filter: /.*/, namespace: PKG }, ({ pluginData: file }) => ({
      contents: readFileSync(file, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/gm, ''),
      loader: LOADERS[extname(file)] ?? 'js',
      resolveDir: dirname(file),
    }));
  },
};

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
  plugins: [widgetSources, canonicalPackages],
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
    if (bytesInOutput === 0) continue;
    const name = path.startsWith(`${PKG}:`) ? /^pkg:((?:@[^/]+\/)?[^@/]+)@/.exec(path)?.[1] : '@urcard/checkout';
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
  `initial download (${[...initialFiles].map((f) => basename(f)).join(' + ')}): ${kb(initial.raw)} raw, ${kb(initial.gzip)} gzip (budget ${kb(BUDGET_GZIP)})`,
);
// Everything fetched without the customer doing anything: the first download, then the prefetched modules' chunks.
const prefetchFiles = new Set(initialFiles);
const visitAll = (file) => {
  if (prefetchFiles.has(file)) return;
  prefetchFiles.add(file);
  for (const imported of outputs[file].imports) if (imported.kind === 'import-statement') visitAll(imported.path);
};
for (const [file, output] of Object.entries(outputs)) if (PREFETCHED.includes(output.entryPoint)) visitAll(file);
const gzipOf = (file) => rows.find((r) => `dist/cdn/${r.file}` === file).gzip;
const prefetched = [...prefetchFiles].reduce((total, file) => total + gzipOf(file), 0);
// One copy of zod: its core in one chunk at most.
const zodCopies = Object.values(outputs).filter((output) =>
  Object.keys(output.inputs).some((path) => /^pkg:zod@[^/]+\/v4\/core\/core\.js$/.test(path)),
).length;
console.log(
  `without the customer doing anything (first download + prefetched when idle, ${prefetchFiles.size} files): ${kb(prefetched)} gzip (budget ${kb(PREFETCH_BUDGET_GZIP)}); copies of zod: ${zodCopies}`,
);
// What went where, for size work (esbuild's analyzer reads it too).
writeFileSync(join(outdir, 'meta.json'), JSON.stringify(result.metafile));
// For docs/widget.md (scripts/docs.js).
const sizes = {
  files: rows,
  initial: { files: [...initialFiles].map((f) => basename(f)), ...initial },
  prefetched: { files: prefetchFiles.size, gzip: prefetched },
  zodCopies,
  packages,
  budget: BUDGET_GZIP,
  prefetchBudget: PREFETCH_BUDGET_GZIP,
};
// Every build of the bundle gets its Subresource Integrity hashes (printed, and dist/cdn/integrity.json).
await import('./integrity.js');
if (process.argv.includes('--size')) {
  // The same page built from the npm package with Vite and with esbuild (dist/ must be built: `pnpm size` does).
  const { measureNpm, NPM_BUDGETS } = await import('./size-npm.js');
  sizes.npm = await measureNpm();
  const problems = [];
  if (initial.gzip > BUDGET_GZIP)
    problems.push(`the initial download is ${kb(initial.gzip)} gzip, over ${kb(BUDGET_GZIP)}`);
  if (prefetched > PREFETCH_BUDGET_GZIP)
    problems.push(`prefetching brings ${kb(prefetched)} gzip, over ${kb(PREFETCH_BUDGET_GZIP)}`);
  if (zodCopies > 1) problems.push(`zod is bundled ${zodCopies} times`);
  for (const [tool, r] of Object.entries(sizes.npm)) {
    console.log(
      `npm + ${tool}: initial ${kb(r.initial)} gzip in ${r.files} file(s) (budget ${kb(NPM_BUDGETS[tool])}), later ${kb(r.later)}, copies of zod: ${r.zodCopies}`,
    );
    if (r.initial > NPM_BUDGETS[tool])
      problems.push(`npm + ${tool}: ${kb(r.initial)} gzip, over ${kb(NPM_BUDGETS[tool])}`);
    if (r.zodCopies > 1 || r.zodInitial) problems.push(`npm + ${tool}: zod twice, or in the first download`);
  }
  writeFileSync(join(outdir, 'sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
  if (problems.length > 0) {
    console.error(`Over budget: ${problems.join('; ')}`);
    process.exit(1);
  }
} else {
  writeFileSync(join(outdir, 'sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
}
