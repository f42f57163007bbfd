// npm run build: custom-elements.json and the framework types made from it, the library (dist/*.js +
// dist/types), the CDN modules (dist/cdn/consent-elements.js with the chunks it loads on demand in
// dist/cdn/chunks/, dist/cdn/consent-audit.js, dist/cdn/locales/<lang>.js and
// dist/cdn/locales/<lang>/<part>.js).
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, runnerImport } from 'vite';
import { builtInLanguages } from './languages.mjs';
import { run } from './run.mjs';

rmSync('dist', { recursive: true, force: true });
// The manifest first: the framework types (src/frameworks/, dist/vscode.html-custom-data.json) are
// generated from it, and tsc emits them with the rest of the types.
run('cem', ['analyze', '--litelement', '--quiet']);
run('node', ['scripts/framework-types.mjs']);
await build({ logLevel: 'warn' });
await build({ mode: 'cdn', logLevel: 'warn' });
await build({ mode: 'cdn-audit', logLevel: 'warn' });
// One build per language module, so each is a single self-contained file: per language, the
// first paint's strings (`locales/de.js`) and each on-demand part's (`locales/de/preferences.js`).
const { module: parts } = await runnerImport(resolve('src/copy/parts.ts'), { configFile: false });
for (const lang of builtInLanguages()) {
  for (const module of [lang, ...parts.LANGUAGE_PARTS.map((part) => `${lang}/${part}`)])
    await build({ mode: `cdn-locale:${module}`, logLevel: 'warn' });
}
run('tsc', ['-p', 'tsconfig.build.json']);
console.log(
  'built custom-elements.json, dist/ (library, types, framework types, cdn/consent-elements.js, cdn/chunks/, cdn/consent-audit.js, cdn/locales/)',
);
