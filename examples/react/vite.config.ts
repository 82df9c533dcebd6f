import react from '@vitejs/plugin-react';
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

// Served under /react/ (the demo server's mount, and `vite dev`): the router's basename is this base.
export default defineConfig({
  base: '/react/',
  plugins: [react(), apiBaseInDev()],
  build: { target: 'es2023' },
});
