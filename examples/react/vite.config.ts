import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { versionDefine } from '../../scripts/version.mjs';
import react from '@vitejs/plugin-react';

/** The library's source, so the example builds without publishing the package. */
const src = (path: string) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));

export default defineConfig({
  // Relative asset URLs: the build can be served from any folder.
  base: './',
  // The library's VERSION, as its own build injects it from package.json.
  define: versionDefine,
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^consent-elements$/, replacement: src('index.ts') },
      { find: /^consent-elements\/react$/, replacement: src('react/index.ts') },
      { find: /^consent-elements\/react\/wrappers$/, replacement: src('react/wrappers.ts') },
      { find: /^consent-elements\/define$/, replacement: src('define.ts') },
    ],
  },
  build: { target: 'es2022' },
  // `npm run example:react` from the repository root: a fixed port, and a dependency cache of its
  // own so the React and Vue examples can run at the same time (a shared cache makes one of them
  // fail with "504 (Outdated Optimize Dep)" when the other re-optimises).
  server: { port: 5173, strictPort: true },
  cacheDir: fileURLToPath(new URL('../../node_modules/.vite/example-react', import.meta.url)),
});
