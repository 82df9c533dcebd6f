#!/usr/bin/env node
// Prints the Subresource Integrity hash of the standalone bundle (for `<script integrity="…">`, PCI DSS 6.4.3)
// and writes dist/cdn/integrity.json with the hash of every file of the bundle, entry and chunks.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const cdn = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
const ENTRY = 'urcard-checkout.js';

/** `sha384-…` of a file's bytes, as browsers check it. */
export function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

function* scripts(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* scripts(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

const hashes = {};
for (const path of [...scripts(cdn)].sort()) hashes[relative(cdn, path)] = sri(readFileSync(path));
if (!hashes[ENTRY]) {
  console.error(`No ${ENTRY} in ${cdn}: build the standalone bundle first`);
  process.exit(1);
}
writeFileSync(join(cdn, 'integrity.json'), `${JSON.stringify(hashes, null, 2)}\n`);
console.log(`integrity of dist/cdn/${ENTRY}: ${hashes[ENTRY]}`);
console.log(`<script type="module" src="…/${ENTRY}" integrity="${hashes[ENTRY]}" crossorigin="anonymous"></script>`);
console.log(`(every file of the bundle: dist/cdn/integrity.json)`);
