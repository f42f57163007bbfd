// npm run build: the library (dist/*.js + dist/types), the CDN modules (dist/cdn/consent-elements.js
// with the chunks it loads on demand in dist/cdn/chunks/, dist/cdn/consent-audit.js,
// dist/cdn/locales/<lang>.js) and custom-elements.json.
import { rmSync } from 'node:fs';
import { build } from 'vite';
import { builtInLanguages } from './languages.mjs';
import { run } from './run.mjs';

rmSync('dist', { recursive: true, force: true });
await build({ logLevel: 'warn' });
await build({ mode: 'cdn', logLevel: 'warn' });
await build({ mode: 'cdn-audit', logLevel: 'warn' });
// One build per language: each CDN language module is a single self-contained file.
for (const lang of builtInLanguages())
  await build({ mode: `cdn-locale:${lang}`, logLevel: 'warn' });
run('tsc', ['-p', 'tsconfig.build.json']);
run('cem', ['analyze', '--litelement', '--quiet']);
console.log(
  'built dist/ (library, types, cdn/consent-elements.js, cdn/chunks/, cdn/consent-audit.js, cdn/locales/) and custom-elements.json',
);
