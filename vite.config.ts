import { defineConfig, type BuildEnvironmentOptions, type UserConfig } from 'vite';
import { minifyLitTemplates } from './scripts/minify-templates.mjs';
import { versionDefine } from './scripts/version.mjs';

/**
 * Two builds share this file:
 * - the library (default mode): one ES module per public entry, Lit left external for the host's bundler;
 * - `--mode cdn`: the single self-contained module `dist/cdn/consent-elements.js`, Lit bundled and minified;
 * - `--mode cdn-audit`: `dist/cdn/consent-audit.js`, the audit overlay, built the same way on its own.
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

/** One self-contained, minified CDN module in `dist/cdn/`, Lit bundled. */
const cdnModule = (name: string, entry: string, emptyOutDir: boolean): UserConfig =>
  esModules(
    { [name]: entry },
    {
      outDir: 'dist/cdn',
      emptyOutDir,
      minify: 'oxc',
      rolldownOptions: { output: { codeSplitting: false, minify: true } },
    },
  );

const cdn = cdnModule('consent-elements', 'src/cdn.ts', true);
/** Its own build, so the audit overlay adds nothing to `consent-elements.js`. */
const cdnAudit = cdnModule('consent-audit', 'src/audit/index.ts', false);

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
    audit: 'src/audit/index.ts',
    testing: 'src/testing/index.ts',
  },
  {
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    rolldownOptions: {
      // Lit, React and @lit/react are the host's to provide; Playwright the test suite's.
      external: [
        /^lit($|\/)/,
        /^@lit\//,
        /^react($|\/)/,
        /^react-dom($|\/)/,
        /^@playwright\//,
        /^playwright($|\/)/,
      ],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
);

export default defineConfig(({ mode }) =>
  mode === 'cdn' ? cdn : mode === 'cdn-audit' ? cdnAudit : library,
);
