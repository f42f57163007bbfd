import { basename, dirname, resolve } from 'node:path';
import {
  defineConfig,
  type BuildEnvironmentOptions,
  type Plugin,
  type Rolldown,
  type UserConfig,
  runnerImport,
} from 'vite';
import { compileHint } from './scripts/compile-hint.mjs';
import { builtInLanguages, LOCALES_DIR } from './scripts/languages.mjs';
import { minifyLitTemplates } from './scripts/minify-templates.mjs';
import { versionDefine } from './scripts/version.mjs';
import type { CopyTable } from './src/copy/en.js';
import { pickPart, type LanguagePart } from './src/copy/parts.js';

/**
 * The builds that share this file:
 * - the library (default mode): one ES module per public entry, Lit left external for the host's bundler;
 * - `--mode cdn`: the module `dist/cdn/consent-elements.js`, Lit bundled and minified, plus the chunks it
 *   imports by relative URL from `dist/cdn/chunks/` (each dynamic `import()` in src/ becomes one);
 * - `--mode cdn-audit`: `dist/cdn/consent-audit.js`, the audit overlay, built the same way on its own;
 * - `--mode cdn-locale:<lang>`: `dist/cdn/locales/<lang>.js`, the strings of a language's first paint;
 *   `--mode cdn-locale:<lang>/<part>`: `dist/cdn/locales/<lang>/<part>.js`, those of an on-demand
 *   part (src/copy/parts.ts). Each a self-contained module whose default export is its strings.
 * Languages are discovered from the tables in src/copy/locales/ (scripts/languages.mjs).
 * `.d.ts` files come from `tsc -p tsconfig.build.json` (see scripts/build.mjs).
 */

/** Marks an entry as a language module made from a table file (see `languageModules`). */
const LANGUAGE_MODULE = '?language-module';

/**
 * The entry of a language module for `lang`: its table file, marked; with `strings`, the CDN
 * module of those strings only (the first paint, or one on-demand part: see src/copy/parts.ts).
 */
const languageEntry = (lang: string, strings?: LanguageStrings): string =>
  `${LOCALES_DIR}/${lang}.ts${LANGUAGE_MODULE}${strings ? `=${strings}` : ''}`;

/** What a CDN language module carries: the first paint's strings, or one on-demand part's. */
type LanguageStrings = 'first-paint' | LanguagePart;

/**
 * Turns a table file (`src/copy/locales/de.ts`, pure data) into a language module, so table files
 * need nothing but their data. For npm (`consent-elements/locales/de`), the whole table, registered
 * on import and exported; for the CDN folder, the strings of one part only, picked from the table
 * here at build time (a bundler cannot drop the unused entries of an object), exported as plain
 * data that the CDN entry's locale loader registers once it has imported them.
 */
function languageModules(): Plugin {
  return {
    name: 'consent-elements:language-modules',
    enforce: 'pre',
    resolveId: (id) => (id.includes(LANGUAGE_MODULE) ? id : undefined),
    async load(id) {
      const marker = id.indexOf(LANGUAGE_MODULE);
      if (marker < 0) return undefined;
      const table = id.slice(0, marker);
      const strings = id.slice(marker + LANGUAGE_MODULE.length + 1) as LanguageStrings | '';
      if (!strings) {
        const lang = JSON.stringify(basename(table, '.ts'));
        const registry = JSON.stringify(resolve('src/copy/registry.ts'));
        return [
          `import table from ${JSON.stringify(table)};`,
          `import { storeLocale } from ${registry};`,
          `storeLocale(${lang}, table);`,
          'export default table;',
        ].join('\n');
      }
      const { module } = await runnerImport<{ default: CopyTable }>(resolve(table), {
        configFile: false,
        logLevel: 'warn',
      });
      // Data only: the CDN entry's loader registers what it imported, in its own registry. A module
      // that reached the registry itself would carry that code in every file.
      const part = strings === 'first-paint' ? undefined : strings;
      return `export default ${JSON.stringify(pickPart(module.default, part))};`;
    },
  };
}

/**
 * What the builds share: ES2022 ES modules named after their entry, Lit template text minified,
 * `VERSION` from package.json.
 */
function esModules(
  entry: Record<string, string>,
  build: Omit<BuildEnvironmentOptions, 'lib'>,
): UserConfig {
  return {
    plugins: [languageModules(), minifyLitTemplates()],
    define: versionDefine,
    build: {
      target: 'es2022',
      ...build,
      lib: { entry, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    },
  };
}

/**
 * Comments kept in minified files: licences only. Annotations (`@__PURE__`) have done their work
 * once the file is minified, and JSDoc is for sources.
 */
const SHIPPED_COMMENTS = { legal: true, annotation: false, jsdoc: false };

/**
 * `chunks/<name>-<hash>.js`, named after the module the chunk starts from; an element's `define`
 * module by its folder (`chunks/opt-out-toggle-<hash>.js`), so the network panel says what loaded.
 */
function cdnChunkFileName({ name, facadeModuleId }: Rolldown.PreRenderedChunk): string {
  const readable =
    name === 'define' && facadeModuleId ? basename(dirname(facadeModuleId)) : '[name]';
  return `chunks/${readable}-[hash].js`;
}

/**
 * One minified CDN module in `dist/cdn/`, Lit bundled. Self-contained unless `chunks` is set: then
 * each dynamic `import()` becomes a file in `dist/cdn/chunks/`, fetched by a relative import (so it
 * works from any folder and under `script-src 'self'`) only when the code runs.
 */
const cdnModule = (
  name: string,
  entry: string,
  { emptyOutDir = false, chunks = false } = {},
): UserConfig =>
  esModules(
    { [name]: entry },
    {
      outDir: 'dist/cdn',
      emptyOutDir,
      minify: 'oxc',
      rolldownOptions: {
        // The code the entry needs stays in the entry (one request for a page that loads nothing on
        // demand); chunks import what they share with it from the entry itself, as
        // `../consent-elements.js`: a page loads the entry by that name (no query string), or a chunk
        // would evaluate a second copy.
        ...(chunks ? { preserveEntrySignatures: 'allow-extension' as const } : {}),
        output: {
          // One group for every module the entry imports statically (`$initial`), so they all stay
          // in the entry: left to its heuristics, rolldown moved the store, Lit and the shared
          // element code into chunks of their own when more elements were autoloaded (four more
          // files for a page to fetch at once, 1.6 KB gzip more than one).
          codeSplitting: chunks && { groups: [{ name: 'entry', tags: ['$initial'] }] },
          ...(chunks ? { chunkFileNames: cdnChunkFileName } : {}),
          minify: true,
          comments: SHIPPED_COMMENTS,
        },
      },
    },
  );

const cdnEntry = cdnModule('consent-elements', 'src/cdn.ts', { emptyOutDir: true, chunks: true });
const cdn: UserConfig = {
  ...cdnEntry,
  // V8's compile hint first (see scripts/compile-hint.mjs): most of the entry runs on load.
  plugins: [...(cdnEntry.plugins ?? []), compileHint()],
  // The languages it may load from `./locales/` beside it (see src/cdn.ts).
  define: { ...versionDefine, __CONSENT_LANGUAGES__: JSON.stringify(builtInLanguages()) },
};
/** Its own build, so the audit overlay adds nothing to `consent-elements.js`. */
const cdnAudit = cdnModule('consent-audit', 'src/audit/index.ts');

/**
 * One language module beside the CDN entry, its strings only, nothing shared to fetch:
 * `locales/de.js` (`de`, the first paint) or `locales/de/preferences.js` (`de/preferences`).
 */
function cdnLanguage(module: string): UserConfig {
  const [lang, part] = module.split('/') as [string, LanguagePart | undefined];
  return cdnModule(`locales/${module}`, languageEntry(lang, part ?? 'first-paint'));
}

/** The entries React may only run on the client (hooks, wrappers): they are client modules. */
const CLIENT_ENTRIES = new Set(['react', 'react/wrappers']);

/**
 * `"use client"` first in the React entries, so a Server Components tree (Next.js App Router) can
 * import them and treats them as client modules. A banner, not a directive in the source: the
 * bundler would drop a module-level directive.
 */
const clientDirective = (chunk: { name: string; isEntry: boolean }): string =>
  chunk.isEntry && CLIENT_ENTRIES.has(chunk.name) ? "'use client';" : '';

const library = esModules(
  {
    ...Object.fromEntries(
      builtInLanguages().map((lang) => [`locales/${lang}`, languageEntry(lang)]),
    ),
    index: 'src/index.ts',
    store: 'src/store/index.ts',
    define: 'src/define.ts',
    'define/cookie-notice': 'src/components/cookie-notice/define.ts',
    'define/opt-out-toggle': 'src/components/opt-out-toggle/define.ts',
    'define/policy-banner': 'src/components/policy-banner/define.ts',
    'define/embed': 'src/components/embed/define.ts',
    integrations: 'src/integrations/index.ts',
    server: 'src/server/index.ts',
    react: 'src/react/index.ts',
    'react/wrappers': 'src/react/wrappers.ts',
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
      output: { chunkFileNames: 'chunks/[name]-[hash].js', banner: clientDirective },
    },
  },
);

const CDN_LANGUAGE_MODE = 'cdn-locale:';

export default defineConfig(({ mode }) =>
  mode === 'cdn'
    ? cdn
    : mode === 'cdn-audit'
      ? cdnAudit
      : mode.startsWith(CDN_LANGUAGE_MODE)
        ? cdnLanguage(mode.slice(CDN_LANGUAGE_MODE.length))
        : library,
);
