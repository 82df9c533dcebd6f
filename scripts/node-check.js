// The Node.js `pnpm start` needs, checked before it builds or starts anything: the reference server's database is
// node:sqlite, which Node ships without a flag from 22.13 on (packages/server/src/node-check.ts checks the same for
// the CLI). The minimum is read from the server's package.json `engines.node` (">=22.13").
import { readFileSync } from 'node:fs';

const serverPackage = new URL('../packages/server/package.json', import.meta.url);

/** `>=22.13` → `22.13.0`. */
export function minimumNode(engines = JSON.parse(readFileSync(serverPackage, 'utf8')).engines.node) {
  const match = /^>=\s*(\d+(?:\.\d+){0,2})$/.exec(engines);
  if (!match) throw new Error(`engines.node should be ">=x.y", not ${JSON.stringify(engines)}`);
  return [...match[1].split('.'), '0', '0'].slice(0, 3).join('.');
}

/** What to tell someone running `version` (e.g. `20.20.2`), or null when it is recent enough. */
export function nodeProblem(version, minimum = minimumNode()) {
  const have = version.replace(/^v/, '').split('.').map(Number);
  const need = minimum.split('.').map(Number);
  const index = need.findIndex((part, i) => (have[i] ?? 0) !== part);
  if (index === -1 || (have[index] ?? 0) > need[index]) return null;
  return (
    `pnpm start needs Node.js ${minimum} or newer (the reference server's database is node:sqlite); this is ` +
    `Node.js ${version.replace(/^v/, '')}. Install Node 24 (.node-version) and run it again.`
  );
}
