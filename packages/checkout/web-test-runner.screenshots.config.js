// `pnpm screenshots`: renders the widget in light and dark with the default tokens, for docs/widget.md.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import base from './web-test-runner.config.js';

const docsImages = fileURLToPath(new URL('../../docs/images/', import.meta.url));

export default {
  ...base,
  files: ['src/test-support/screenshots.run.ts', 'src/test-support/screenshots-states.run.ts'],
  plugins: [
    ...base.plugins,
    {
      name: 'urcard-save-screenshot',
      async executeCommand({ command, payload, session }) {
        if (command !== 'save-screenshot') return undefined;
        const page = session.browser.getPage(session.id);
        await page.screenshot({ path: join(docsImages, payload.name), clip: payload.clip });
        return true;
      },
    },
  ],
};
