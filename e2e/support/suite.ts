import { after, before } from 'node:test';
import type { ServerOptions } from '@urcard/server';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { type Stack, startStack } from './stack.ts';

/**
 * A stack that `start` makes and one Chromium for the enclosing `describe`, started before its tests and stopped
 * after them. Read `stack` and `browser` inside the tests.
 */
export function perSuite<S extends { stop(): Promise<void> }>(
  start: () => Promise<S>,
): { readonly stack: S; readonly browser: Browser } {
  let stack: S | undefined;
  let browser: Browser | undefined;
  before(async () => {
    stack = await start();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await stack?.stop();
  });
  return {
    get stack() {
      if (!stack) throw new Error('the stack starts in before(): read it inside a test');
      return stack;
    },
    get browser() {
      if (!browser) throw new Error('the browser starts in before(): read it inside a test');
      return browser;
    },
  };
}

/** One stack (server + demo pages) and one Chromium for the enclosing `describe` (see perSuite). */
export function stackPerSuite(options: ServerOptions = {}): { readonly stack: Stack; readonly browser: Browser } {
  return perSuite(() => startStack(options));
}
