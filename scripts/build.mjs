// npm run build: custom-elements.json and the framework types made from it, the library (dist/*.js +
// dist/types), the CDN modules (dist/cdn/consent-elements.js with the chunks it loads on demand in
// dist/cdn/chunks/, dist/cdn/consent-audit.js, dist/cdn/locales/<lang>.js).
import { rmSync } from 'node:fs';
import { build } from 'vite';
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
// One build per language: each CDN language module is a single self-contained file.
for (const lang of builtInLanguages())
  await build({ mode: `cdn-locale:${lang}`, logLevel: 'warn' });
run('tsc', ['-p', 'tsconfig.build.json']);
console.log(
  'built custom-elements.json, dist/ (library, types, framework types, cdn/consent-elements.js, cdn/chunks/, cdn/consent-audit.js, cdn/locales/)',
);
