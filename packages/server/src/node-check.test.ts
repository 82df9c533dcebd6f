import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isAtLeast, MINIMUM_NODE, nodeVersionProblem } from './node-check.ts';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  engines: { node: string };
};

describe('the Node.js check', () => {
  it('is what package.json promises in engines', () => {
    assert.equal(pkg.engines.node, `>=${MINIMUM_NODE.replace(/\.0$/, '')}`);
  });

  it('compares versions part by part', () => {
    assert.equal(isAtLeast('22.13.0', '22.13.0'), true);
    assert.equal(isAtLeast('v22.13.1', '22.13.0'), true);
    assert.equal(isAtLeast('23.0.0', '22.13.0'), true);
    assert.equal(isAtLeast('24.11.1', '22.13.0'), true);
    assert.equal(isAtLeast('22.12.0', '22.13.0'), false);
    assert.equal(isAtLeast('22.9.0', '22.13.0'), false);
    assert.equal(isAtLeast('20.20.2', '22.13.0'), false);
  });

  it('names the Node it needs, and the one it got, on a Node without node:sqlite', () => {
    assert.equal(nodeVersionProblem(process.versions.node), null);
    const problem = nodeVersionProblem('v22.12.0');
    assert.match(problem ?? '', /needs Node\.js 22\.13\.0 or newer .*node:sqlite.*this is Node\.js 22\.12\.0\./);
  });

  it('stops the CLI with that sentence before anything else loads (a faked process.versions.node)', () => {
    const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
    const fake = "Object.defineProperty(process.versions, 'node', { value: '22.12.0' });";
    const result = spawnSync(
      process.execPath,
      ['--conditions=source', '--import', `data:text/javascript,${encodeURIComponent(fake)}`, cli, '--help'],
      { encoding: 'utf8', timeout: 20_000 },
    );
    assert.equal(result.status, 1, result.stderr);
    assert.equal(result.stdout, '');
    assert.match(
      result.stderr,
      /^urcard-server needs Node\.js 22\.13\.0 or newer .*this is Node\.js 22\.12\.0\. [^\n]*\n$/,
    );
  });
});
