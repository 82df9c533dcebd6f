// The Node.js this server needs, checked by the CLI before it loads anything else: the store is node:sqlite, which
// Node ships without a flag from 22.13 on. An older Node would otherwise die on the import with a raw stack.

/** The oldest Node.js the server runs on; package.json's `engines.node` says `>=` this (a test ties them). */
export const MINIMUM_NODE = '22.13.0';

const parts = (version: string): number[] => version.replace(/^v/, '').split('.').map(Number);

/** Whether `version` (`22.12.0` or `v22.12.0`) is at least `minimum`. */
export function isAtLeast(version: string, minimum: string): boolean {
  const have = parts(version);
  const need = parts(minimum);
  for (let i = 0; i < need.length; i++) {
    const a = have[i] ?? 0;
    const b = need[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

/** What to tell someone running `version`, or null when it is recent enough. */
export function nodeVersionProblem(version: string): string | null {
  if (isAtLeast(version, MINIMUM_NODE)) return null;
  return (
    `urcard-server needs Node.js ${MINIMUM_NODE} or newer (its database is node:sqlite); this is Node.js ` +
    `${version.replace(/^v/, '')}. Install a current LTS release (24) and run it again.`
  );
}

/** Exits with a one-line explanation when the running Node.js is too old. */
export function exitOnOldNode(version: string = process.versions.node): void {
  const problem = nodeVersionProblem(version);
  if (problem === null) return;
  process.stderr.write(`${problem}\n`);
  process.exit(1);
}
