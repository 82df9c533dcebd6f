// The stranger's side: a new folder outside the workspace, plain npm, the packages from the rehearsal registry, and
// what a partner app would add (Vite, React 19, TypeScript) from the npm registry through the rehearsal registry.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Registry } from './registry.ts';
import { mustRun } from './run.ts';
import { npmEnv, PACKAGE_NAMES, type PackageName } from './workspace.ts';

/** A partner app's own dependencies, exact so that the rehearsal does not change under us. */
const APP_DEPENDENCIES = [
  'react@19.3.1',
  'react-dom@19.3.1',
  '@types/react@19.3.0',
  '@types/react-dom@19.3.0',
  'typescript@7.0.2',
  'vite@8.3.8',
];

export interface Consumer {
  dir: string;
  env: NodeJS.ProcessEnv;
  /** npm, in the app's folder, with the app's .npmrc. */
  npm(args: string[]): ReturnType<typeof mustRun>;
  /** A file of the app. */
  write(path: string, text: string): string;
  /** A published package, installed. */
  installed(name: PackageName): string;
}

export async function installConsumer(tmp: string, registry: Registry, versions: Record<PackageName, string>) {
  const dir = join(tmp, 'app');
  mkdirSync(dir, { recursive: true });
  const env = npmEnv(tmp, registry);
  const write = (path: string, text: string) => {
    const file = join(dir, path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
    return file;
  };
  write('package.json', `${JSON.stringify({ name: 'stranger-app', private: true, type: 'module' }, null, 2)}\n`);
  write('.npmrc', `registry=${registry.url}\n`);
  const consumer: Consumer = {
    dir,
    env,
    npm: (args) => mustRun('npm', args, { cwd: dir, env }),
    write,
    installed: (name) => join(dir, 'node_modules', name),
  };
  const ours = PACKAGE_NAMES.map((name) => `${name}@${versions[name]}`);
  await consumer.npm(['install', '--save-exact', '--no-audit', '--no-fund', ...ours, ...APP_DEPENDENCIES]);
  return consumer;
}
