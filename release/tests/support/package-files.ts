// What is inside an installed package (the tarball's contents, as npm unpacked them).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Every file under `dir`, as paths relative to it. */
export function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : listFiles(path, base);
    return [relative(base, path)];
  });
}

export function readJson<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

interface SourceMap {
  sources?: string[];
  sourceRoot?: string;
  sourcesContent?: (string | null)[];
}

/**
 * Each `sources` entry of each source map (`.js.map`, `.d.ts.map`) that a debugger could not show: neither a file
 * of the package nor carried in the map itself (`sourcesContent`, as esbuild's bundle maps do).
 */
export function unresolvedSources(dir: string): string[] {
  const maps = listFiles(dir).filter((file) => file.endsWith('.map'));
  if (maps.length === 0) return ['(no source maps at all)'];
  return maps.flatMap((map) => {
    const { sources = [], sourceRoot = '', sourcesContent = [] } = readJson<SourceMap>(join(dir, map));
    return sources.flatMap((source, index) => {
      if (typeof sourcesContent[index] === 'string') return [];
      const file = resolve(dir, dirname(map), sourceRoot, source);
      return file.startsWith(`${dir}/`) && existsSync(file) ? [] : [`${map} -> ${relative(dir, file)}`];
    });
  });
}

/** Every `path` and `module` string in a custom elements manifest. */
export function manifestPaths(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(manifestPaths);
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) =>
    (key === 'path' || key === 'module') && typeof value === 'string' ? [value] : manifestPaths(value),
  );
}

/** Every key named `key` anywhere in a JSON value (e.g. export conditions named `source`). */
export function keysNamed(node: unknown, key: string): number {
  if (Array.isArray(node)) return node.reduce((n: number, item) => n + keysNamed(item, key), 0);
  if (node === null || typeof node !== 'object') return 0;
  return Object.entries(node).reduce((n, [k, v]) => n + (k === key ? 1 : 0) + keysNamed(v, key), 0);
}
