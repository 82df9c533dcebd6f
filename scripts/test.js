#!/usr/bin/env node
// Runs every test suite of the monorepo in turn, streams their output, and ends with one summary line.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

const suites = [
  { name: 'sdk', dir: 'packages/sdk' },
  { name: 'server', dir: 'packages/server' },
  { name: 'checkout', dir: 'packages/checkout' },
  { name: 'e2e', dir: 'e2e' },
];
const only = process.argv.slice(2);

// node:test's spec reporter ends with "ℹ pass N" / "ℹ fail N"; web-test-runner and others with "N passed, N failed".
function count(output) {
  const strip = stripVTControlCharacters(output);
  const pass = [...strip.matchAll(/^ℹ pass (\d+)$/gm)].at(-1);
  const fail = [...strip.matchAll(/^ℹ fail (\d+)$/gm)].at(-1);
  const wtr = [...strip.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  // A package may run both (the checkout: web-test-runner, then node:test for its build scripts): add them up.
  if (!(pass && fail) && !wtr) return null;
  return {
    passed: (pass && fail ? Number(pass[1]) : 0) + (wtr ? Number(wtr[1]) : 0),
    failed: (pass && fail ? Number(fail[1]) : 0) + (wtr ? Number(wtr[2]) : 0),
  };
}

function run({ name, dir }) {
  const cmd = ['pnpm', '--dir', dir, 'test'];
  return new Promise((resolve) => {
    console.log(`\n=== ${name}: ${cmd.join(' ')}`);
    const child = spawn(cmd[0], cmd.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
        (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
      });
    }
    child.on('close', (code) => resolve({ name, code, counts: count(output) }));
  });
}

let passed = 0;
let failed = 0;
const problems = [];
for (const suite of suites.filter((s) => only.length === 0 || only.includes(s.name))) {
  if (!existsSync(`${suite.dir}/package.json`)) {
    console.log(`\n=== ${suite.name}: no ${suite.dir}/package.json yet, nothing to run`);
    continue;
  }
  const result = await run(suite);
  if (result.counts) {
    passed += result.counts.passed;
    failed += result.counts.failed;
  }
  if (result.code !== 0) problems.push(`${suite.name} exited with ${result.code}`);
  else if (!result.counts) problems.push(`${suite.name} printed no test count`);
}
console.log('');
for (const p of problems) console.log(`problem: ${p}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(problems.length > 0 || failed > 0 ? 1 : 0);
