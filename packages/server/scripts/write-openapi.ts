// Writes the OpenAPI document generated from the contract to the file named first (for `redocly lint` in CI).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { openApiDocument } from '../src/openapi/document.ts';

const out = process.argv[2] ?? 'node_modules/.cache/urcard-openapi.json';
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(openApiDocument(), null, 2)}\n`);
console.log(`wrote ${out}`);
