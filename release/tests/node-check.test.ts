// `pnpm start` on a Node without node:sqlite: one sentence naming the Node it needs (scripts/node-check.js), both
// with a faked version and for real with the system's older Node.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { minimumNode, nodeProblem } from '../../scripts/node-check.js';
import { run } from './support/run.ts';
import { ROOT } from './support/workspace.ts';

const OLD_NODE = '/usr/bin/node';

describe("pnpm start's Node check", () => {
  it("reads the minimum from the server's engines", () => {
    assert.equal(minimumNode(), '22.13.0');
    assert.equal(minimumNode('>=24'), '24.0.0');
    assert.throws(() => minimumNode('^22.13.0'), /should be ">=x\.y"/);
  });

  it('accepts 22.13 and later, refuses what is older, naming both versions', () => {
    for (const version of ['22.13.0', 'v22.13.1', '22.20.0', '23.0.0', '24.11.1', process.versions.node]) {
      assert.equal(nodeProblem(version), null, version);
    }
    for (const version of ['22.12.0', 'v22.9.3', '20.20.2', '18.0.0']) {
      const problem = nodeProblem(version);
      assert.ok(problem, version);
      assert.match(problem, /^pnpm start needs Node\.js 22\.13\.0 or newer .*node:sqlite/);
      assert.ok(problem.includes(`this is Node.js ${version.replace(/^v/, '')}.`), problem);
    }
  });

  it(`stops before building on ${OLD_NODE} (an older Node), with that sentence and no stack`, async () => {
    const version = await run(OLD_NODE, ['--version'], { cwd: ROOT });
    assert.match(version.stdout, /^v(1\d|20|21|22\.(\d|1[0-2]))\./, `${OLD_NODE} should be older than 22.13`);
    const result = await run(OLD_NODE, [join(ROOT, 'scripts/start.js')], { cwd: ROOT, timeoutMs: 20_000 });
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '', 'nothing built, nothing started');
    assert.match(result.stderr, /^pnpm start needs Node\.js 22\.13\.0 or newer .*this is Node\.js 2\d\.\d+\.\d+\. /);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  });
});
