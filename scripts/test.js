#!/usr/bin/env node
// Runs every test suite of the monorepo in turn, streams their output, and ends with one summary line.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { startPostgres } from './lib/postgres.js';

// The server suite runs once per store engine; PostgreSQL is a private cluster this script starts (or the server
// named by URCARD_TEST_DATABASE_URL).
const suites = [
  { name: 'sdk', dir: 'packages/sdk' },
  { name: 'server', dir: 'packages/server', env: { URCARD_TEST_ENGINE: 'sqlite' } },
  { name: 'server-postgres', dir: 'packages/server', env: { URCARD_TEST_ENGINE: 'postgres' }, postgres: true },
  { name: 'checkout', dir: 'packages/checkout' },
  { name: 'e2e', dir: 'e2e' },
  { name: 'release', dir: 'release' },
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

function run({ name, dir, env = {} }) {
  const cmd = ['pnpm', '--dir', dir, 'test'];
  return new Promise((resolve) => {
    const shown = Object.entries(env).map(([k, v]) => `${k}=${v} `);
    console.log(`\n=== ${name}: ${shown.join('')}${cmd.join(' ')}`);
    const child = spawn(cmd[0], cmd.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
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
const chosen = suites.filter((s) => only.length === 0 || only.includes(s.name));
let postgres = null;
if (chosen.some((s) => s.postgres) && !process.env.URCARD_TEST_DATABASE_URL) {
  try {
    postgres = await startPostgres();
    process.env.URCARD_TEST_DATABASE_URL = postgres.url;
    console.log(`PostgreSQL for the tests: ${postgres.url}`);
  } catch (error) {
    problems.push(`could not start PostgreSQL for server-postgres: ${error.message}`);
  }
}
process.on('exit', () => postgres?.stop());
for (const suite of chosen) {
  if (suite.postgres && !process.env.URCARD_TEST_DATABASE_URL) continue;
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
