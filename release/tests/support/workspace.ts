// The maintainer's side of a release, on a copy of the workspace (the real one is never changed): a changeset for
// every package, `changeset version` (versions, CHANGELOG.md, workspace ranges), `pnpm -r build` (which compiles the
// new versions in), then `pnpm -r publish` to the rehearsal registry.
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Registry } from './registry.ts';
import { childEnv, mustRun } from './run.ts';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const PACKAGES = {
  '@urcard/sdk': 'sdk',
  '@urcard/checkout': 'checkout',
  '@urcard/react': 'react',
  '@urcard/server': 'server',
} as const;
export type PackageName = keyof typeof PACKAGES;
export const PACKAGE_NAMES = Object.keys(PACKAGES) as PackageName[];

/**
 * An npm configuration of its own: the rehearsal registry, never ~/.npmrc, npm's cache in the rehearsal's folder.
 * The `npm_config_*` variables that `pnpm test` hands its scripts (its registry among them) are left out: they
 * would win over any .npmrc.
 */
export function npmEnv(tmp: string, registry: Registry): NodeJS.ProcessEnv {
  const userconfig = join(tmp, 'user.npmrc');
  writeFileSync(userconfig, '');
  const inherited = Object.entries(childEnv()).filter(([key]) => !/^npm_/i.test(key));
  return {
    ...Object.fromEntries(inherited),
    npm_config_registry: registry.url,
    npm_config_userconfig: userconfig,
    npm_config_cache: join(tmp, 'npm-cache'),
    npm_config_update_notifier: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  };
}

/** Copies what a release needs: root manifests, changesets, the packages' sources (dist is rebuilt), their links. */
function copyWorkspace(ws: string): void {
  mkdirSync(ws, { recursive: true });
  for (const file of ['package.json', 'tsconfig.base.json', '.pnpmfile.cjs']) cpSync(join(ROOT, file), join(ws, file));
  cpSync(join(ROOT, '.changeset'), join(ws, '.changeset'), { recursive: true });
  writeFileSync(join(ws, 'pnpm-workspace.yaml'), 'packages:\n  - packages/*\n');
  for (const dir of Object.values(PACKAGES)) {
    const from = join(ROOT, 'packages', dir);
    cpSync(from, join(ws, 'packages', dir), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (source) => !/^dist(\/|$)|\.tsbuildinfo$/.test(relative(from, source)),
    });
  }
  // The packages' node_modules are pnpm's relative links, copied as links: `@urcard/sdk -> ../../../sdk` now names
  // the copy (whose version pnpm writes in place of workspace:*), `lit -> ../../../node_modules/.pnpm/…` the store.
  symlinkSync(join(ROOT, 'node_modules'), join(ws, 'node_modules'));
}

export const REHEARSAL_NOTE = 'Release rehearsal: published to a local registry and installed from it.';

/** Versions, changelogs, build and publish; returns the version each package was published at. */
export async function release(tmp: string, registry: Registry): Promise<Record<PackageName, string>> {
  const ws = join(tmp, 'workspace');
  copyWorkspace(ws);
  const frontmatter = PACKAGE_NAMES.map((name) => `"${name}": patch`).join('\n');
  writeFileSync(join(ws, '.changeset/release-rehearsal.md'), `---\n${frontmatter}\n---\n\n${REHEARSAL_NOTE}\n`);
  const env = npmEnv(tmp, registry);
  const changeset = join(ROOT, 'node_modules/@changesets/cli/bin.js');
  await mustRun(process.execPath, [changeset, 'version'], { cwd: ws, env });
  await mustRun('pnpm', ['-r', 'build'], { cwd: ws, env });
  writeFileSync(join(ws, '.npmrc'), registry.npmrc);
  await mustRun('pnpm', ['-r', 'publish', '--no-git-checks', '--registry', registry.url], { cwd: ws, env });
  const versions = {} as Record<PackageName, string>;
  for (const [name, dir] of Object.entries(PACKAGES) as [PackageName, string][]) {
    versions[name] = JSON.parse(readFileSync(join(ws, 'packages', dir, 'package.json'), 'utf8')).version;
  }
  return versions;
}
