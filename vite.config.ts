import { defineConfig, type BuildEnvironmentOptions, type UserConfig } from 'vite';
import { minifyLitTemplates } from './scripts/minify-templates.mjs';
import { versionDefine } from './scripts/version.mjs';

/**
 * Two builds share this file:
 * - the library (default mode): one ES module per public entry, Lit left external for the host's bundler;
 * - `--mode cdn`: the single self-contained module `dist/cdn/consent-elements.js`, Lit bundled and minified.
 * `.d.ts` files come from `tsc -p tsconfig.build.json` (see scripts/build.mjs).
 */

/**
 * What both builds share: ES2022 ES modules named after their entry, Lit template text minified,
 * `VERSION` from package.json.
 */
function esModules(
  entry: Record<string, string>,
  build: Omit<BuildEnvironmentOptions, 'lib'>,
): UserConfig {
  return {
    plugins: [minifyLitTemplates()],
    define: versionDefine,
    build: {
      target: 'es2022',
      ...build,
      lib: { entry, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    },
  };
}

const cdn = esModules(
  { 'consent-elements': 'src/cdn.ts' },
  {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    minify: 'oxc',
    rolldownOptions: { output: { codeSplitting: false, minify: true } },
  },
);

const library = esModules(
  {
    index: 'src/index.ts',
    store: 'src/store/index.ts',
    define: 'src/define.ts',
    'define/cookie-notice': 'src/components/cookie-notice/define.ts',
    'define/opt-out-toggle': 'src/components/opt-out-toggle/define.ts',
    'define/policy-banner': 'src/components/policy-banner/define.ts',
    integrations: 'src/integrations/index.ts',
    server: 'src/server/index.ts',
    react: 'src/react/index.ts',
  },
  {
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    rolldownOptions: {
      // Lit, React and @lit/react are the host's to provide.
      external: [/^lit($|\/)/, /^@lit\//, /^react($|\/)/, /^react-dom($|\/)/],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
);

export default defineConfig(({ mode }) => (mode === 'cdn' ? cdn : library));
