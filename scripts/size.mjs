// npm run size: minified, gzip and brotli bytes of what browsers download, against the budgets.
// Each entry is bundled on its own (Lit included where it is imported) so the figure is what a site ships.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { build } from 'vite';
import { cdnGraph, CDN_ENTRY, CDN_FOLDER, chunkName } from './cdn-graph.mjs';
import { builtInLanguages } from './languages.mjs';
import { minifyLitTemplates } from './minify-templates.mjs';
import { writeMeasuredRows } from './size-rows.mjs';
import { versionDefine } from './version.mjs';

const CDN = `${CDN_FOLDER}/${CDN_ENTRY}`;
const CORE = 'CDN core: three elements + store + Lit';
const SHIPPED = `${CDN} as shipped (core + the integrations it keeps)`;
/** The entry and every file it imports statically, read from the build's chunk graph. */
const ENGLISH_PAGE = 'English page: all it downloads from the CDN folder (entry + static imports)';
/** The same page for a returning visitor who must see a policy change: the banner's view too. */
const ENGLISH_PAGE_POLICY_NOTICE =
  "English page, returning visitor during a policy notice: + the banner's view chunk (+ its imports)";
/** The chunk the policy banner fetches once it has a change to announce. */
const BANNER_VIEW_CHUNK = 'policy-banner-view';
/** The row of one chunk the CDN entry loads on demand: what that chunk adds to the page. */
const ON_DEMAND_ROW = 'CDN chunk on demand: ';
const CDN_LOCALES = 'dist/cdn/locales';
/** The row of one CDN language module (a language's first paint); each has the same budget. */
const LANGUAGE_ROW = 'language module: ';
/** The row of one on-demand part's strings in one language (`locales/de/preferences.js`). */
const LANGUAGE_PART_ROW = 'language part: ';
const STORE = 'consent-elements/store';
const AUDIT_CDN = 'dist/cdn/consent-audit.js';
const AUDIT_SHIPPED = `${AUDIT_CDN} as shipped (overlay + store + Lit)`;
const AUDIT_ALONE = 'audit overlay alone (store and Lit left out)';
const DEFINE = 'consent-elements/define (three elements + store + Lit)';
const INTEGRATIONS = 'consent-elements/integrations (all, + store)';
/** The row of one element on its own, with the store and Lit. */
const elementRow = (tag) => `${tag} alone + store + Lit`;
/** The row of one integration module on its own, the store left out. */
const integrationRow = (name) => `integration alone: ${name}`;

/**
 * Modules the elements load with a dynamic `import()`, only when needed: left out of every entry's
 * row (a page downloads them later, if ever) and measured alone, without Lit and the elements'
 * shared modules, which the core has already loaded (what they add when they load).
 */
const ON_DEMAND = {
  "loaded on demand: the notice's preferences dialog":
    'src/components/cookie-notice/preferences-dialog.ts',
  // The CDN entry autoloads it; `.` exports its class, so the core row leaves it out here too.
  'loaded on demand: <consent-embed>': 'src/components/embed/embed.ts',
  // The words of config warnings: the store imports them only when the config has a problem.
  'loaded on demand: config messages': 'src/core/config-messages.ts',
};
const onDemandFiles = Object.values(ON_DEMAND).map((file) => resolve(file));
/** Whether a (resolved) import is one of the on-demand modules. */
const isOnDemand = (id) => onDemandFiles.includes(id);
/** Whether an import of an on-demand module is already in the core: Lit, or `components/shared/`. */
const inCore = (id) => /^lit($|\/)|^@lit\/|\/components\/shared\//.test(id);

/**
 * Budgets in gzip bytes. A change that breaks one fails `npm test`.
 * They hold the figures measured so far (a ratchet: lower them whenever a change shrinks a row).
 * The product targets are lower (issue "Every EU language built in"): an English page at most
 * 16.0 KB from the CDN folder, the CDN core at most 15.0 KB.
 * Consent per service added 0.8 KB to the store (the config, record, codec and state rules) and
 * 0.3 KB to the entry (the toggle, the script gate and the receipts taking services); the
 * English `embed.*` strings, built into the entry with the rest of English, 0.1 KB.
 * Consent Mode's connection (the `update`s), a chunk fetched when it is connected, took 0.13 KB off
 * the entry. Loading the strings of the on-demand parts per language (src/copy/parts.ts, the locale
 * loader) added 0.3 KB to the entry; the language modules lost 0.4-0.6 KB each.
 */
// The words of config problems left the store for a chunk loaded on demand (issue 12/13): the
// store, the core, every element and the integrations dropped by 0.3-0.45 KB; their budgets follow.
// The config defaults written out once, and the rule walker as plain functions, took 0.09 KB off
// every row that carries the store.
// The switch's styles left the shared base styles for the toggle's and the preferences dialog's
// chunk (only they draw a switch): -0.29 KB for every page, +0.4 KB in each of those two chunks.
// The notice and the banner adopt their own styles only once they show something (a decided
// visitor's notice, a banner outside a policy change build no style sheet of their own): +0.07 KB.
// The CDN entry registers the opt-out toggle's class on import (DESIGN.md's contract), its view a
// chunk: +0.41 KB on every page. The npm define entry, and so the core row, imports the view with
// the class (a toggle draws in its first update): the split costs those rows 0.85-0.9 KB.
// The store by design (one grammar in the codec, one holder of the record, reports in one queue,
// the storage wording its own problems, a date's form written once): -0.08 KB store, -0.1 KB core.
// Languages on demand (src/copy/locale-loader.ts) left the npm path, which never loads one: -0.45 KB
// for the core, define and element rows. The CDN language modules became plain data that the
// entry's loader registers: -0.18 to -0.21 KB in each of them. With the loader made by the entry
// (no configure() to reset it) the entry ends 0.03 KB above where it was.
// The entry that registers the toggle hands its view over (opt-out-toggle/view-source.ts), so no npm
// row carries the CDN's `import()` of it: -0.42 KB on define, the core and the toggle alone; the
// CDN entry pays 0.11 KB for the hand-over and the warning of a toggle registered without a view.
// What a flip of the preferences makes of their switches (a category's sets its services) moved
// from the notice into the preferences dialog's module: -0.07 KB on every page with the notice,
// +0.08 KB in the chunk that only a visitor who opens the preferences downloads. So did the
// switches' first values (the grants when the preferences opened): -0.06 KB, +0.11 KB.
// The policy banner's view (template, styles, the date's wording) is a module handed over by the
// entry that registers the tag, as the toggle's (one shared view source): the CDN entry fetches it
// only when a banner has a policy change to announce: -0.29 KB on the English page (21.48 → 21.19),
// a 0.97 KB chunk on the page views that show the banner (22.16 KB then). The npm rows carry the
// hand-over: +0.06 KB on define and the core, +0.36 KB on the banner alone (the shared view
// source and the missing-view report, which the toggle's rows had already).
// The notice's first layer is open from its template (less script time at load): +0.01 KB. The
// entry's first line, V8's compile hint (vite.config.ts), is 0.02 KB of the shipped file.
// One wait for an element's view and language in the shared base (the toggle and the banner say
// only when they need their view): +0.02 KB on the npm rows, the same on the CDN entry.
// The store reads the page's host only to check a configured cookie.domain, and clears a timer only
// when it holds one (less work at start): +0.02 KB on every row with the store.
// "Partly allowed" beside its category's switch, not on a line of its own (flipping a service no
// longer grows the preferences dialog and moves the switch just flipped): +0.03 KB in their chunk.
// The first layer hidden while the preferences show over it, a rule in their styles: +0.02 KB there.
const SHIPPED_BUDGET = 21.25 * 1024;

export const budgets = {
  [CORE]: 19.97 * 1024,
  [SHIPPED]: SHIPPED_BUDGET,
  // The same file as the row above while the entry imports no chunk statically.
  [ENGLISH_PAGE]: SHIPPED_BUDGET,
  // The few page views where a banner has a policy change to announce (a first visit never has).
  [ENGLISH_PAGE_POLICY_NOTICE]: 22.22 * 1024,
  // Fetched only by a page whose config has a problem.
  [`${ON_DEMAND_ROW}config-messages`]: 1.25 * 1024,
  [`${ON_DEMAND_ROW}script-gate`]: 1.03 * 1024,
  [`${ON_DEMAND_ROW}consent-log`]: 0.6 * 1024,
  [`${ON_DEMAND_ROW}opt-out-toggle-view`]: 1.72 * 1024,
  [`${ON_DEMAND_ROW}${BANNER_VIEW_CHUNK}`]: 0.97 * 1024,
  [`${ON_DEMAND_ROW}google-consent-updates`]: 0.6 * 1024,
  [`${ON_DEMAND_ROW}preferences-dialog`]: 2.43 * 1024,
  // Issue 16's target, met: the embed element alone is at most 2.5 KB gzip beyond the CDN core.
  [`${ON_DEMAND_ROW}embed`]: 2.5 * 1024,
  [STORE]: 6.41 * 1024,
  [DEFINE]: 19.63 * 1024,
  [elementRow('consent-cookie-notice')]: 16.93 * 1024,
  [elementRow('consent-opt-out-toggle')]: 15.95 * 1024,
  [elementRow('consent-policy-banner')]: 15.92 * 1024,
  // Consent Mode's set-up and updates are two modules (the CDN entry loads the updates on demand):
  // handing the connection from one to the other costs npm users 20 bytes.
  [INTEGRATIONS]: 9.09 * 1024,
  [integrationRow('google-consent-mode')]: 1.22 * 1024,
  [integrationRow('script-gate')]: 2.14 * 1024,
  [integrationRow('on-consent')]: 0.27 * 1024,
  [integrationRow('consent-log')]: 0.65 * 1024,
  [integrationRow('mixpanel')]: 0.4 * 1024,
  [integrationRow('posthog')]: 0.4 * 1024,
  // Downloaded only by a visitor who opens the preferences; the budget keeps it from growing unnoticed.
  [Object.keys(ON_DEMAND)[0]]: 1.7 * 1024,
  // Downloaded only when the config has a problem to word.
  [Object.keys(ON_DEMAND)[2]]: 1.25 * 1024,
  // The embed's module with what it imports beyond Lit and the shared element code (the copy and
  // services helpers, which the CDN core already has): the chunk row above is what a page pays.
  [Object.keys(ON_DEMAND)[1]]: 2.75 * 1024,
  // A development tool, never in a production page; the budget keeps it from growing unnoticed.
  // The file is self-contained (no chunks): it carries the config messages inline, with the loader
  // that would fetch them elsewhere (+0.75 KB when they moved out of the store).
  [AUDIT_SHIPPED]: 17.73 * 1024,
  [AUDIT_ALONE]: 5.63 * 1024,
};

/**
 * Each language module beside the CDN entry: the strings of a language's first paint (the notice's
 * first layer, the policy banner). The strings of the parts loaded on demand travel in modules of
 * their own (`locales/<lang>/<part>.js`), fetched with the part.
 */
const LANGUAGE_BUDGET = 0.73 * 1024;
/** Each part's strings in any language (Greek and Bulgarian, two bytes a letter, the largest). */
const LANGUAGE_PART_BUDGETS = {
  preferences: 0.51 * 1024,
  toggle: 0.61 * 1024,
  embed: 0.32 * 1024,
};

/** The budget of a row, if it has one. */
export const budgetFor = (name) => {
  if (name.startsWith(LANGUAGE_ROW)) return LANGUAGE_BUDGET;
  // `language part: dist/cdn/locales/de/preferences.js` → `preferences`.
  if (name.startsWith(LANGUAGE_PART_ROW)) return LANGUAGE_PART_BUDGETS[basename(name, '.js')];
  return budgets[name];
};

/** Entries bundled alone, as a site would ship them: a file, or `{ code }` for a module made here. */
const entries = {
  [CORE]: {
    code: `import '${resolve('src/define.ts')}';\nexport * from '${resolve('src/index.ts')}';\n`,
  },
  [STORE]: 'src/store/index.ts',
  [DEFINE]: 'src/define.ts',
  [elementRow('consent-cookie-notice')]: 'src/components/cookie-notice/define.ts',
  [elementRow('consent-opt-out-toggle')]: 'src/components/opt-out-toggle/define.ts',
  [elementRow('consent-policy-banner')]: 'src/components/policy-banner/define.ts',
  [INTEGRATIONS]: 'src/integrations/index.ts',
  'consent-elements/audit (overlay + store + Lit)': 'src/audit/index.ts',
};

/** Each integration module on its own, the store left out: what one integration adds to a page. */
const integrationModules = [
  'google-consent-mode',
  'script-gate',
  'on-consent',
  'consent-log',
  'mixpanel',
  'posthog',
];

/**
 * Bundles one entry into a single fully minified ES module, in memory, and returns its code.
 * Imports matching `external` are left out. Shared with the benchmark so every figure is made alike.
 */
export async function bundle(entry, { external = [] } = {}) {
  if (typeof entry === 'object') {
    // A module made here: written where npm keeps caches, never into the source tree.
    mkdirSync('node_modules/.cache/size', { recursive: true });
    writeFileSync('node_modules/.cache/size/entry.js', entry.code);
    entry = 'node_modules/.cache/size/entry.js';
  }
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [minifyLitTemplates()],
    define: versionDefine,
    build: {
      write: false,
      // Vite keeps whitespace in ES library builds unless the output minifier is asked directly.
      minify: 'oxc',
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: 'entry' },
      // Licences only, as in the CDN files (vite.config.ts): no `@__PURE__` left after minifying.
      rolldownOptions: {
        external,
        output: {
          codeSplitting: false,
          minify: true,
          comments: { legal: true, annotation: false, jsdoc: false },
        },
      },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  return Buffer.from(chunks.find((c) => c.type === 'chunk').code);
}

export function measure(code) {
  return {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Files of the CDN folder as a browser downloads them: each compressed on its own, summed. */
function measureFiles(files) {
  const total = { min: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const size = measure(readFileSync(`${CDN_FOLDER}/${file}`));
    for (const key of Object.keys(total)) total[key] += size[key];
  }
  return total;
}

export async function measureAll() {
  for (const file of [CDN, AUDIT_CDN]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first.`);
  }
  const { initial, onDemand } = cdnGraph();
  // The audit overlay is a module of its own: no file the entry may load carries any of it.
  for (const file of [...initial, ...Object.keys(onDemand)]) {
    if (readFileSync(`${CDN_FOLDER}/${file}`).includes('consent-audit'))
      throw new Error(`${CDN_FOLDER}/${file} contains the audit overlay.`);
  }
  const rows = {
    [ENGLISH_PAGE]: measureFiles(initial),
    [SHIPPED]: measure(readFileSync(CDN)),
    [AUDIT_SHIPPED]: measure(readFileSync(AUDIT_CDN)),
  };
  for (const [chunk, added] of Object.entries(onDemand))
    rows[`${ON_DEMAND_ROW}${chunkName(chunk)}`] = measureFiles(added);
  const bannerView = Object.keys(onDemand).find((chunk) => chunkName(chunk) === BANNER_VIEW_CHUNK);
  if (!bannerView) throw new Error(`the CDN build has no ${BANNER_VIEW_CHUNK} chunk.`);
  rows[ENGLISH_PAGE_POLICY_NOTICE] = measureFiles([...initial, ...onDemand[bannerView]]);
  // Every language module in the folder, and one per table in src/copy/locales/ (a stale build
  // fails), each followed by its parts' modules.
  const built = readdirSync(CDN_LOCALES)
    .filter((file) => file.endsWith('.js'))
    .map((file) => file.slice(0, -'.js'.length));
  const missing = builtInLanguages().filter((lang) => !built.includes(lang));
  if (missing.length) throw new Error(`${CDN_LOCALES} lacks ${missing}: run npm run build first.`);
  for (const lang of built.sort()) {
    rows[`${LANGUAGE_ROW}${CDN_LOCALES}/${lang}.js`] = measure(
      readFileSync(`${CDN_LOCALES}/${lang}.js`),
    );
    const parts = existsSync(`${CDN_LOCALES}/${lang}`) ? readdirSync(`${CDN_LOCALES}/${lang}`) : [];
    if (parts.length === 0) throw new Error(`${CDN_LOCALES}/${lang}/ lacks the parts' modules.`);
    for (const part of parts.sort()) {
      const file = `${CDN_LOCALES}/${lang}/${part}`;
      rows[`${LANGUAGE_PART_ROW}${file}`] = measure(readFileSync(file));
    }
  }
  for (const [name, entry] of Object.entries(entries))
    rows[name] = measure(await bundle(entry, { external: isOnDemand }));
  for (const [name, file] of Object.entries(ON_DEMAND))
    rows[name] = measure(await bundle(file, { external: inCore }));
  rows[AUDIT_ALONE] = measure(
    await bundle('src/audit/index.ts', { external: [/\/store\//, /^lit($|\/)/, /^@lit\//] }),
  );
  for (const name of integrationModules) {
    const file = `src/integrations/${name}.ts`;
    if (existsSync(file))
      rows[integrationRow(name)] = measure(await bundle(file, { external: [/\/store\//] }));
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measureAll();
  // For the size-rows test in `npm test`, which compares BENCHMARKS.md with these rows.
  writeMeasuredRows(rows, CDN);
  const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
  let failed = 0;
  console.log(
    `${'bundle'.padEnd(68)} ${'min'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}  budget (gzip)`,
  );
  for (const [name, size] of Object.entries(rows)) {
    const budget = budgetFor(name);
    const over = budget !== undefined && size.gzip > budget;
    if (over) failed++;
    const verdict =
      budget === undefined ? '' : over ? `> ${kb(budget)} OVER BUDGET` : `≤ ${kb(budget)} ok`;
    console.log(
      `${name.padEnd(68)} ${kb(size.min).padStart(10)} ${kb(size.gzip).padStart(10)} ${kb(size.brotli).padStart(10)}  ${verdict}`,
    );
  }
  if (failed) {
    console.error(`\n✗ ${failed} size budget(s) exceeded.`);
    process.exit(1);
  }
}
