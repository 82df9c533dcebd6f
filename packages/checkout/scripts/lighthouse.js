#!/usr/bin/env node
// Lighthouse (mobile, the default) on examples/vanilla with the widget and on the same page without it
// (without-widget.html), served by scripts/demo-server.js on 127.0.0.1, each run RUNS times; prints the medians of
// the performance score and total blocking time for docs/widget.md. Needs a built bundle (pnpm build) and
// Lighthouse: LIGHTHOUSE=path/to/lighthouse, else `npx --yes lighthouse@12.2.3`. CHROME_PATH picks the browser.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startDemoServer } from '../../../scripts/demo-server.js';

const RUNS = Number(process.env.RUNS ?? 3);
const FLAGS = '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update';
const [command, ...prefix] = process.env.LIGHTHOUSE ? [process.env.LIGHTHOUSE] : ['npx', '--yes', 'lighthouse@12.2.3'];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const out = mkdtempSync(join(tmpdir(), 'urcard-lighthouse-'));
// The widget's first screen needs no API call: a closed port stands in for the renewal API.
const demo = await startDemoServer({ apiBase: 'http://127.0.0.1:9' });
try {
  const results = {};
  for (const [name, page] of [
    ['with the widget', 'index.html'],
    ['without it', 'without-widget.html'],
  ]) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const report = join(out, `${i}.json`);
      // Asynchronously: the demo server runs in this process and must answer Lighthouse's requests.
      await promisify(execFile)(
        command,
        [
          ...prefix,
          `${demo.url}/vanilla/${page}`,
          '--only-categories=performance',
          '--output=json',
          `--output-path=${report}`,
          `--chrome-flags=${FLAGS}`,
          '--quiet',
        ],
        { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } },
      );
      const { categories, audits } = JSON.parse(readFileSync(report, 'utf8'));
      runs.push({ score: categories.performance.score, tbt: audits['total-blocking-time'].numericValue });
    }
    results[name] = { score: median(runs.map((r) => r.score)), tbt: median(runs.map((r) => r.tbt)), runs };
    console.log(
      `${name}: performance ${Math.round(results[name].score * 100)}, TBT ${Math.round(results[name].tbt)} ms (median of ${RUNS}; runs: ${runs.map((r) => `${Math.round(r.score * 100)}/${Math.round(r.tbt)} ms`).join(', ')})`,
    );
  }
  const a = results['with the widget'];
  const b = results['without it'];
  console.log(
    `ratio with/without: performance ${(a.score / b.score).toFixed(2)}, TBT +${Math.round(a.tbt - b.tbt)} ms`,
  );
} finally {
  await demo.close();
  rmSync(out, { recursive: true, force: true });
}
