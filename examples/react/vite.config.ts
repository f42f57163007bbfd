import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `consent-elements` is the packed package in ./node_modules (node scripts/pack-examples.mjs), as a
// site installs it; react, react-dom and lit are the repository root's, found by walking up.
export default defineConfig({
  // Relative asset URLs: the build can be served from any folder.
  base: './',
  plugins: [react()],
  build: { target: 'es2022' },
  // `npm run example:react` from the repository root: a fixed port, and a dependency cache of its
  // own so the React and Vue examples can run at the same time (a shared cache makes one of them
  // fail with "504 (Outdated Optimize Dep)" when the other re-optimises).
  server: { port: 5173, strictPort: true },
  // The dev server's pre-bundled dependencies are keyed by the lockfile, which a fresh pack does
  // not change: re-bundle on every start so the package just packed is the one served.
  optimizeDeps: { force: true },
  cacheDir: fileURLToPath(new URL('../../node_modules/.vite/example-react', import.meta.url)),
});
