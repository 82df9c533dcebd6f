import vue from '@vitejs/plugin-vue';
import { defineConfig, type Plugin } from 'vite';

/** Under `vite` (dev), fills the API base the demo server would (URCARD_API_BASE, or the reference server's default). */
function apiBaseInDev(): Plugin {
  const apiBase = process.env.URCARD_API_BASE ?? 'http://127.0.0.1:8787';
  return {
    name: 'urcard-api-base',
    apply: 'serve',
    transformIndexHtml: (html) => html.replaceAll('__URCARD_API_BASE__', apiBase),
  };
}

export default defineConfig({
  base: './',
  plugins: [
    // <urcard-*> tags are custom elements, not Vue components: Vue leaves them to the browser.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('urcard-') } } }),
    apiBaseInDev(),
  ],
  build: { target: 'es2023' },
});
