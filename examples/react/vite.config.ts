import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The library's source, so the example builds without publishing the package. */
const src = (path: string) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));

export default defineConfig({
  // Relative asset URLs: the build can be served from any folder.
  base: './',
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^consent-elements$/, replacement: src('index.ts') },
      { find: /^consent-elements\/react$/, replacement: src('react/index.ts') },
      { find: /^consent-elements\/define$/, replacement: src('define.ts') },
    ],
  },
  build: { target: 'es2022' },
});
