// The same sources build the same bytes, and so the same SRI hashes, in any folder: the package is copied to two
// temporary folders of different depth (its node_modules linked), built in each with scripts/build-cdn.js, and every
// file of dist/cdn compared. No file may name the folder it was built in.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = join(root, '../..');
const temp = mkdtempSync(join(tmpdir(), 'urcard-cdn-'));
after(() => rmSync(temp, { recursive: true, force: true }));

/** A copy of packages/checkout and packages/sdk under `base`, sharing the repository's installed node_modules. */
function copyRepo(base) {
  for (const pkg of ['checkout', 'sdk']) {
    const from = join(repo, 'packages', pkg);
    const to = join(base, 'packages', pkg);
    mkdirSync(to, { recursive: true });
    for (const entry of readdirSync(from)) {
      if (entry === 'node_modules' || entry === 'dist') continue;
      cpSync(join(from, entry), join(to, entry), { recursive: true });
    }
    symlinkSync(join(from, 'node_modules'), join(to, 'node_modules'), 'dir');
  }
  cpSync(join(repo, 'tsconfig.base.json'), join(base, 'tsconfig.base.json'));
  symlinkSync(join(repo, 'node_modules'), join(base, 'node_modules'), 'dir');
  return join(base, 'packages/checkout');
}

function files(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

test('build-cdn builds the same bytes in two folders, and none names its folder', { timeout: 120_000 }, () => {
  const a = copyRepo(join(temp, 'a'));
  const b = copyRepo(join(temp, 'deeper/folder/b'));
  for (const pkg of [a, b]) execFileSync(process.execPath, ['scripts/build-cdn.js'], { cwd: pkg, stdio: 'pipe' });
  const outA = join(a, 'dist/cdn');
  const outB = join(b, 'dist/cdn');
  assert.deepEqual(files(outA), files(outB));
  assert.ok(
    files(outA).some((file) => file.startsWith('chunks/')),
    'the bundle has chunks',
  );
  for (const file of files(outA)) {
    const bytes = readFileSync(join(outA, file));
    assert.ok(bytes.equals(readFileSync(join(outB, file))), `${file} differs between the two folders`);
    const text = bytes.toString('utf8');
    for (const path of [temp, repo, '/home/', '/tmp/', '/work/']) {
      assert.ok(!text.includes(path), `${file} names a build-machine path (${path})`);
    }
  }
});
