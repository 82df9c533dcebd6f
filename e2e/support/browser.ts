// Chromium through playwright-core: one browser per test file, a new context per test, and a page that records
// what the widget tells the page (its `urcard-*` events), console errors, page errors and CSP violations.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { ROOT } from './stack.ts';

export const RESULTS = join(ROOT, 'e2e/test-results');

/** The widget's events, in the order the checkout documents them. */
export const WIDGET_EVENTS = [
  'urcard-ready',
  'urcard-step-change',
  'urcard-card-verified',
  'urcard-plan-selected',
  'urcard-before-pay',
  'urcard-payment-succeeded',
  'urcard-renewal-complete',
  'urcard-renewal-failed',
  'urcard-error',
] as const;
export type WidgetEventType = (typeof WIDGET_EVENTS)[number];

export interface WidgetEvent {
  type: WidgetEventType;
  // biome-ignore lint/suspicious/noExplicitAny: event details are checked field by field in the tests.
  detail: any;
  /** The page's URL when it fired (a reload keeps the list). */
  url: string;
}

export interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
  /** The element it concerns, as `parent > element` with their parts: `div[part="balance-bar"] > span`. */
  target: string;
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  try {
    return await chromium.launch({
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
  } catch (error) {
    throw new Error(
      `Could not start Chromium at ${executablePath} (set CHROME_PATH to another Chromium or Chrome): ${(error as Error).message}`,
    );
  }
}

export interface OpenOptions {
  width?: number;
  height?: number;
  /** Console errors that this test expects (e.g. the browser's own line for a 401 answer). */
  allowConsole?: RegExp[];
  colorScheme?: 'light' | 'dark';
}

/** The browser's own console line for an HTTP error answer: expected whenever the API says no. */
export const httpStatusLine = (status: number) =>
  new RegExp(`Failed to load resource: the server responded with a status of ${status}`);

/** A page in its own context, watched for problems. Call `assertClean()` at the end of each test. */
export class TestPage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly events: WidgetEvent[] = [];
  readonly violations: Violation[] = [];
  readonly consoleErrors: string[] = [];
  readonly pageErrors: string[] = [];
  /** Every API request the page sent, as `POST /v1/orders`. */
  readonly apiCalls: string[] = [];
  #allow: RegExp[];

  private constructor(context: BrowserContext, page: Page, allow: RegExp[]) {
    this.context = context;
    this.page = page;
    this.#allow = allow;
  }

  static async open(browser: Browser, apiBase: string, options: OpenOptions = {}): Promise<TestPage> {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1024, height: options.height ?? 900 },
      colorScheme: options.colorScheme ?? 'light',
      locale: 'en-US',
      timezoneId: 'UTC',
      reducedMotion: 'reduce',
    });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const test = new TestPage(context, page, options.allowConsole ?? []);
    // Bindings survive reloads and navigations, so the lists cover the whole test.
    await page.exposeBinding('__urcardRecord', (source, kind: string, payload: string) => {
      const data = JSON.parse(payload);
      if (kind === 'event') test.events.push({ ...data, url: source.page.url() });
      else test.violations.push(data);
    });
    await page.addInitScript((types: readonly string[]) => {
      const record = (window as unknown as { __urcardRecord(kind: string, payload: string): void }).__urcardRecord;
      for (const type of types) {
        document.addEventListener(
          type,
          (event) => record('event', JSON.stringify({ type, detail: (event as CustomEvent).detail ?? null })),
          true,
        );
      }
      // Violations inside the widget's shadow roots reach the document too (the event is composed).
      const describe = (node: EventTarget | undefined) => {
        if (!(node instanceof Element)) return node instanceof Document ? 'document' : '';
        const part = node.getAttribute('part');
        return `${node.tagName.toLowerCase()}${part ? `[part="${part}"]` : ''}`;
      };
      document.addEventListener('securitypolicyviolation', (event) => {
        const target = event.composedPath()[0];
        const parent = target instanceof Element ? target.parentElement : null;
        record(
          'violation',
          JSON.stringify({
            directive: event.violatedDirective,
            blockedURI: event.blockedURI,
            sample: event.sample,
            target: parent ? `${describe(parent)} > ${describe(target)}` : describe(target),
          }),
        );
      });
    }, WIDGET_EVENTS);
    page.on('console', (message) => {
      if (message.type() === 'error') test.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => test.pageErrors.push(String(error.stack ?? error)));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === apiBase) test.apiCalls.push(`${request.method()} ${url.pathname}`);
    });
    return test;
  }

  /** Console errors this test did not announce. */
  get unexpectedConsoleErrors(): string[] {
    return this.consoleErrors.filter((text) => !this.#allow.some((pattern) => pattern.test(text)));
  }

  /** Allows one more kind of console error from here on. */
  allowConsole(pattern: RegExp): void {
    this.#allow.push(pattern);
  }

  /** Fails on page errors, unexpected console errors and CSP violations. */
  assertClean(): void {
    assert.deepEqual(this.pageErrors, [], 'no uncaught errors in the page');
    assert.deepEqual(this.unexpectedConsoleErrors, [], 'no unexpected console errors');
    assert.deepEqual(this.violations, [], 'no Content-Security-Policy violations');
  }

  eventsOf(type: WidgetEventType): WidgetEvent[] {
    return this.events.filter((event) => event.type === type);
  }

  /** Waits for the widget to fire `type` (optionally one that `match` accepts) and returns it. */
  async waitForEvent(
    type: WidgetEventType,
    match: (event: WidgetEvent) => boolean = () => true,
    timeout = 15_000,
  ): Promise<WidgetEvent> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = this.events.find((event) => event.type === type && match(event));
      if (found) return found;
      if (Date.now() > deadline) {
        const seen = this.events.map((event) => event.type).join(', ') || 'none';
        throw new Error(`Timed out after ${timeout} ms waiting for ${type}; events so far: ${seen}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

/** Saves a PNG of the page's viewport (or of `target` with a margin of the page around it) to e2e/test-results. */
export async function screenshot(page: Page, name: string, target?: Locator, margin = 12): Promise<string> {
  await mkdir(dirname(join(RESULTS, name)), { recursive: true });
  const path = join(RESULTS, `${name}.png`);
  // Let the last render settle, so the picture shows a finished state.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const options = { path, animations: 'disabled', caret: 'hide' } as const;
  if (!target) {
    await page.screenshot(options);
    return path;
  }
  // The box in page coordinates, widened by the margin and kept inside the page.
  const box = await target.evaluate((el, pad) => {
    const rect = el.getBoundingClientRect();
    const x = Math.max(0, rect.left + scrollX - pad);
    const y = Math.max(0, rect.top + scrollY - pad);
    const right = Math.min(document.documentElement.scrollWidth, rect.right + scrollX + pad);
    const bottom = Math.min(document.documentElement.scrollHeight, rect.bottom + scrollY + pad);
    return { x, y, width: right - x, height: bottom - y };
  }, margin);
  await page.screenshot({ ...options, fullPage: true, clip: box });
  return path;
}
