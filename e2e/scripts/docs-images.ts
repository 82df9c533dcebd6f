// Copies the best screenshots of the last end-to-end run into docs/images/ for the docs.
//   pnpm --filter @urcard/e2e docs:images
// runs the two suites that take them, then this. With `pngquant` on the PATH (apt-get install pngquant) the
// copies are quantised to a few dozen KB each; without it they are copied as they are. The zh-CN picture needs
// a CJK font on the machine (apt-get install fonts-wqy-microhei), or its characters come out as boxes.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { RESULTS } from '../support/browser.ts';
import { ROOT } from '../support/stack.ts';

/** docs/images/NAME <- e2e/test-results/SOURCE */
export const DOCS_IMAGES: Record<string, string> = {
  'travel-site.png': 'steps/page-card-light-1024.png',
  'travel-site-renewed-dark.png': 'steps/page-done-dark-1024.png',
  'step-card.png': 'steps/card-verified-light-375.png',
  'step-plan.png': 'steps/plan-light-375.png',
  'step-pay.png': 'steps/pay-light-375.png',
  'step-done.png': 'steps/done-light-375.png',
  'theme-dark.png': 'steps/plan-dark-375.png',
  'zh-CN-dark.png': 'zh-CN-dark/4-done.png',
};

function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const out = join(ROOT, 'docs/images');
await mkdir(out, { recursive: true });
const quantise = has('pngquant');
if (!quantise) console.warn('pngquant is not installed: copying the screenshots without shrinking them');
for (const [name, source] of Object.entries(DOCS_IMAGES)) {
  const from = join(RESULTS, source);
  const to = join(out, name);
  await stat(from).catch(() => {
    throw new Error(`${source} is missing: run the end-to-end tests first (pnpm --filter @urcard/e2e docs:images)`);
  });
  if (quantise) execFileSync('pngquant', ['--force', '--skip-if-larger', '--quality=70-95', '--output', to, from]);
  else await copyFile(from, to);
  const { size } = await stat(to).catch(async () => {
    // pngquant skips a file it cannot shrink: keep the original then.
    await copyFile(from, to);
    return stat(to);
  });
  console.log(`docs/images/${name}  ${(size / 1024).toFixed(0)} KB  <- ${source}`);
}
