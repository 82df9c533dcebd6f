#!/usr/bin/env node
// Writes src/version.ts from package.json, first step of `pnpm build`: `changeset version` moves package.json, the
// build moves the element's version with it (UrcardCheckout.version, the ready event, the guarded define).
// With --check it writes nothing and fails when src/version.ts is stale.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const target = new URL('src/version.ts', root);
const text = `// Generated from package.json by scripts/version.js at build time; do not edit by hand.
/** The package version, compared by the guarded define when a page loads the widget twice. */
export const VERSION = '${version}';
`;
const current = readFileSync(target, 'utf8');
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error(`src/version.ts is not ${version} (package.json): run \`pnpm --filter @urcard/checkout build\``);
    process.exit(1);
  }
} else if (current !== text) writeFileSync(target, text);
