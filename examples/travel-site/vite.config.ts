import { defineConfig, type Plugin } from 'vite';

/**
 * The built page keeps `__URCARD_API_BASE__` for the demo server to fill in. Under `vite` (dev) this fills it
 * from URCARD_API_BASE, or the reference server's default address.
 */
function apiBaseInDev(): Plugin {
  const apiBase = process.env.URCARD_API_BASE ?? 'http://127.0.0.1:8787';
  return {
    name: 'urcard-api-base',
    apply: 'serve',
    transformIndexHtml: (html) => html.replaceAll('__URCARD_API_BASE__', apiBase),
  };
}

export default defineConfig({
  // Relative URLs: the built page works under any path (the demo serves it at /travel-site/).
  base: './',
  plugins: [apiBaseInDev()],
  build: { target: 'es2023' },
});
