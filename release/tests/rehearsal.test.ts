// The release, rehearsed end to end: every package versioned with changesets and published to a local registry
// (support/workspace.ts), then installed from it with plain npm into a new folder (support/consumer.ts) and used
// there as a stranger would. Nothing here reads the workspace's dist/: only what the registry handed out.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { type Consumer, installConsumer } from './support/consumer.ts';
import { keysNamed, listFiles, manifestPaths, readJson, unresolvedSources } from './support/package-files.ts';
import { type Registry, startRegistry } from './support/registry.ts';
import { run } from './support/run.ts';
import { type RunningServer, startInstalledServer } from './support/server.ts';
import { serveStatic } from './support/static.ts';
import { PACKAGE_NAMES, PACKAGES, type PackageName, REHEARSAL_NOTE, ROOT, release } from './support/workspace.ts';

interface Manifest {
  name: string;
  version: string;
  license: string;
  repository: { type: string; url: string; directory: string };
  homepage: string;
  keywords: string[];
  exports: unknown;
  engines?: { node: string };
  customElements?: string;
  dependencies?: Record<string, string>;
}

const APP = join(ROOT, 'release/app');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

let tmp: string;
let registry: Registry | undefined;
let versions: Record<PackageName, string>;
let consumer: Consumer;
let server: RunningServer | undefined;

before(
  async () => {
    tmp = mkdtempSync(join(tmpdir(), 'urcard-release-'));
    registry = await startRegistry(tmp);
    versions = await release(tmp, registry);
    consumer = await installConsumer(tmp, registry, versions);
    cpSync(APP, consumer.dir, { recursive: true });
    server = await startInstalledServer(consumer);
  },
  { timeout: 400_000 },
);

after(async () => {
  await server?.stop();
  await registry?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const manifest = (name: PackageName) => readJson<Manifest>(join(consumer.installed(name), 'package.json'));

describe('the published packages', () => {
  it('were versioned by changesets (a version above the workspace one, published, installed)', () => {
    for (const name of PACKAGE_NAMES) {
      const workspace = readJson<Manifest>(join(ROOT, 'packages', PACKAGES[name], 'package.json')).version;
      assert.notEqual(versions[name], workspace, name);
      assert.equal(manifest(name).version, versions[name], name);
    }
  });

  it('carry a LICENSE, a README, the CHANGELOG changesets wrote, and where they come from', () => {
    for (const name of PACKAGE_NAMES) {
      const dir = consumer.installed(name);
      const files = listFiles(dir);
      for (const file of ['LICENSE', 'README.md', 'CHANGELOG.md']) assert.ok(files.includes(file), `${name}: ${file}`);
      assert.match(readFileSync(join(dir, 'LICENSE'), 'utf8'), /^MIT License/, name);
      const changelog = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
      assert.ok(changelog.startsWith(`# ${name}\n\n## ${versions[name]}\n`), `${name}: ${changelog.slice(0, 80)}`);
      assert.ok(changelog.includes(REHEARSAL_NOTE), name);
      const pkg = manifest(name);
      assert.equal(pkg.license, 'MIT');
      assert.deepEqual(pkg.repository, {
        type: 'git',
        url: 'git+https://github.com/urcard/urcard-checkout.git',
        directory: `packages/${PACKAGES[name]}`,
      });
      assert.match(pkg.homepage, /^https:\/\/github\.com\/urcard\/urcard-checkout\//);
      assert.ok(pkg.keywords.length >= 3, name);
    }
  });

  it('ship no tests, no test fakes and no workspace-only export condition or range', () => {
    for (const name of PACKAGE_NAMES) {
      const pkg = manifest(name);
      const strays = listFiles(consumer.installed(name)).filter((file) =>
        /\.test(-d)?\.|test-support|fake-|(^|\/)bench\//.test(file),
      );
      assert.deepEqual(strays, [], name);
      assert.equal(keysNamed(pkg.exports, 'source'), 0, `${name}: ${JSON.stringify(pkg.exports)}`);
      for (const [dep, range] of Object.entries(pkg.dependencies ?? {})) assert.doesNotMatch(range, /workspace:/, dep);
    }
  });

  it('have source maps whose every source is in the tarball', () => {
    for (const name of PACKAGE_NAMES) assert.deepEqual(unresolvedSources(consumer.installed(name)), [], name);
  });

  it('@urcard/checkout: the customElements field names its manifest, and every path in it exists', () => {
    const dir = consumer.installed('@urcard/checkout');
    const field = manifest('@urcard/checkout').customElements;
    assert.ok(field && existsSync(join(dir, field)), `customElements: ${field}`);
    const paths = manifestPaths(readJson(join(dir, field)));
    assert.ok(paths.length >= 5, `${paths.length} paths`);
    assert.deepEqual(
      paths.filter((path) => !existsSync(join(dir, path))),
      [],
    );
  });

  it('@urcard/server: engines say the Node that has node:sqlite unflagged', () => {
    assert.equal(manifest('@urcard/server').engines?.node, '>=22.13');
  });
});

describe('a stranger using them', () => {
  it('runs `npx urcard-server --help`', async () => {
    const result = await run('npx', ['--no-install', 'urcard-server', '--help'], {
      cwd: consumer.dir,
      env: consumer.env,
    });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^Usage: urcard-server \[options\]/);
    assert.match(result.stdout, /--payments, URCARD_PAYMENTS/);
  });

  it('renews a test card with the installed SDK against the installed server', async () => {
    assert.ok(server);
    const result = await run(process.execPath, ['renew.js', server.url], { cwd: consumer.dir, env: consumer.env });
    assert.equal(result.code, 0, result.stderr);
    const renewal = JSON.parse(result.stdout) as {
      health: { ok: boolean; version: string; payments: string };
      before: string;
      status: string;
      receipt: { newExpiresAt: string; receiptNumber: string } | null;
    };
    assert.deepEqual(renewal.health, { ok: true, version: versions['@urcard/server'], payments: 'sandbox' });
    assert.equal(renewal.status, 'completed');
    assert.ok(renewal.receipt, 'a receipt');
    assert.ok(Date.parse(renewal.receipt.newExpiresAt) > Date.parse(renewal.before), JSON.stringify(renewal));
  });

  it('renders the widget in Chromium from a Vite build of a page that imports @urcard/checkout', async () => {
    assert.ok(server);
    await consumer.npm(['exec', '--no-install', '--', 'vite', 'build', '--logLevel', 'warn']);
    const site = await serveStatic(join(consumer.dir, 'dist'));
    const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${site.url}/?api=${encodeURIComponent(server.url)}`);
      const widget = page.locator('urcard-checkout');
      await widget.locator('#card-number').fill('8986010000000000026', { timeout: 15_000 });
      await widget.locator('#pin').fill('1234');
      await widget.locator('urcard-card-step form button[type="submit"]').click();
      await widget.locator('[part~="card-summary"]').waitFor({ timeout: 15_000 });
      assert.match((await widget.locator('[part~="card-summary"]').textContent()) ?? '', /0026/);
      assert.equal(
        await page.evaluate(() => (window as { urcardVersion?: string }).urcardVersion),
        versions['@urcard/checkout'],
      );
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      await site.close();
    }
  });

  it('loads them under `node --conditions=source` (an app with a source condition of its own)', async () => {
    const script = "await import('@urcard/sdk'); await import('@urcard/sdk/contract'); await import('@urcard/server');";
    const result = await run(process.execPath, ['--conditions=source', '--input-type=module', '-e', script], {
      cwd: consumer.dir,
      env: consumer.env,
    });
    assert.equal(result.code, 0, result.stderr);
  });

  for (const config of ['tsconfig.bundler.json', 'tsconfig.nodenext.json', 'tsconfig.source.json']) {
    it(`type-checks a React 19 app using @urcard/react (${config})`, async () => {
      const result = await run('npx', ['--no-install', 'tsc', '-p', config], { cwd: consumer.dir, env: consumer.env });
      assert.equal(result.code, 0, `${result.stdout}\n${result.stderr}`);
    });
  }

  it('finds nothing to report with publint and @arethetypeswrong/cli in the tarballs the registry serves', async () => {
    const packs = join(tmp, 'tarballs');
    mkdirSync(packs);
    const specs = PACKAGE_NAMES.map((name) => `${name}@${versions[name]}`);
    await consumer.npm(['pack', ...specs, '--pack-destination', packs]);
    const tarballs = readdirSync(packs).filter((file) => file.endsWith('.tgz'));
    assert.equal(tarballs.length, PACKAGE_NAMES.length);
    const bin = (name: string) => join(ROOT, 'release/node_modules/.bin', name);
    for (const tarball of tarballs) {
      const publint = await run(bin('publint'), ['run', join(packs, tarball), '--strict'], { cwd: packs });
      assert.equal(publint.code, 0, `${tarball}\n${publint.stdout}${publint.stderr}`);
      assert.doesNotMatch(publint.stdout, /Suggestion|Warning|Error/i, `${tarball}\n${publint.stdout}`);
      const attw = await run(bin('attw'), [join(packs, tarball), '--profile', 'esm-only', '--format', 'ascii'], {
        cwd: packs,
      });
      assert.equal(attw.code, 0, `${tarball}\n${attw.stdout}${attw.stderr}`);
    }
  });

  it('on Node 20 (/usr/bin/node), the installed CLI says which Node it needs instead of a stack', async () => {
    const old = '/usr/bin/node';
    const version = await run(old, ['--version'], { cwd: consumer.dir });
    assert.match(version.stdout, /^v(1\d|20|21|22\.(\d|1[0-2]))\./, `${old} should be older than 22.13`);
    const cli = join(consumer.installed('@urcard/server'), 'dist/cli.js');
    const result = await run(old, [cli, '--help'], { cwd: consumer.dir });
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^urcard-server needs Node\.js 22\.13\.0 or newer .*this is Node\.js 20\./);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  });
});
