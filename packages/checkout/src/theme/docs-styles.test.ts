import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { UrcardCheckout } from '../checkout/checkout.element.ts';
import '../define.ts';

// The repository root, as the test runner's dev server serves files outside packages/checkout.
const ROOT = '/__wds-outside-root__/2';
const text = async (path: string) => {
  const response = await fetch(`${ROOT}/${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
};
/** The ```css blocks of a Markdown page, from `from` up to the next `## ` heading. */
async function cssOf(page: string, from: string): Promise<string> {
  const markdown = await text(page);
  const start = markdown.indexOf(from);
  if (start < 0) throw new Error(`${page} has no "${from}"`);
  const end = markdown.indexOf('\n## ', start + from.length);
  const section = markdown.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```css\n([\s\S]*?)```/g)].map((m) => m[1]).join('\n');
}

const SOURCES = {
  'docs/getting-started.md': () => cssOf('docs/getting-started.md', '## 4. Make it yours'),
  'docs/widget.md (Theming)': () => cssOf('docs/widget.md', '## Theming'),
  'examples/vanilla/styles.css': () => text('examples/vanilla/styles.css'),
};

const primary = (el: UrcardCheckout) =>
  getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).getPropertyValue('--_primary').trim();

afterEach(async () => {
  await emulateMedia({ colorScheme: 'light' });
});

describe('the theming CSS the docs and examples show', () => {
  for (const [source, load] of Object.entries(SOURCES)) {
    it(`${source}: its dark-scheme selectors match theme="dark" and theme="auto" in a dark OS`, async () => {
      const css = await load();
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        wrapper.innerHTML = `<urcard-checkout api-base="http://127.0.0.1:9" publishable-key="pk_test_demo"></urcard-checkout>`;
        const el = wrapper.firstElementChild as UrcardCheckout;
        await el.updateComplete;
        const at = async (theme: string, os: 'light' | 'dark') => {
          el.setAttribute('theme', theme);
          await emulateMedia({ colorScheme: os });
          await el.updateComplete;
          return primary(el);
        };
        const light = await at('light', 'light');
        expect(await at('light', 'dark'), 'theme=light in a dark OS').to.equal(light);
        expect(await at('auto', 'light'), 'theme=auto in a light OS').to.equal(light);
        const dark = await at('dark', 'light');
        expect(dark, 'theme=dark has its own primary').to.not.equal(light);
        expect(await at('auto', 'dark'), 'theme=auto in a dark OS').to.equal(dark);
        await expect(el).to.be.accessible();
      } finally {
        style.remove();
      }
    });
  }
});
