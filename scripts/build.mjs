// npm run build: the library (dist/*.js + dist/types), the CDN modules (dist/cdn/consent-elements.js,
// dist/cdn/consent-audit.js) and custom-elements.json.
import { rmSync } from 'node:fs';
import { build } from 'vite';
import { run } from './run.mjs';

rmSync('dist', { recursive: true, force: true });
await build({ logLevel: 'warn' });
await build({ mode: 'cdn', logLevel: 'warn' });
await build({ mode: 'cdn-audit', logLevel: 'warn' });
run('tsc', ['-p', 'tsconfig.build.json']);
run('cem', ['analyze', '--litelement', '--quiet']);
console.log(
  'built dist/ (library, types, cdn/consent-elements.js, cdn/consent-audit.js) and custom-elements.json',
);
