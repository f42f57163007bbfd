import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  // `npm run example:sveltekit`: a fixed port beside the React (5173) and Vue (5174) examples, and
  // a dependency cache of its own.
  server: { port: 5175, strictPort: true },
  // The dev server's pre-bundled dependencies are keyed by the lockfile, which a fresh pack does
  // not change: re-bundle on every start so the package just packed is the one served.
  optimizeDeps: { force: true },
  cacheDir: fileURLToPath(new URL('../../node_modules/.vite/example-sveltekit', import.meta.url)),
});
