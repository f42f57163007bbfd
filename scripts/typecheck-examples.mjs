// Type-checks the examples against the packed package they install (node scripts/pack-examples.mjs
// after the build), so the types users get are the ones checked: React with tsc, Vue templates
// with vue-tsc (`strictTemplates`), SvelteKit with svelte-check. Next.js type-checks during
// `next build` (the framework examples' e2e test).
// Usage: node scripts/typecheck-examples.mjs
import { existsSync } from 'node:fs';
import { run } from './run.mjs';
import { PACKED_EXAMPLES } from './pack-examples.mjs';

const missing = PACKED_EXAMPLES.filter(
  (name) => !existsSync(`examples/${name}/node_modules/consent-elements/package.json`),
);
if (missing.length > 0) {
  console.error(
    `examples/{${missing}} lack the packed package: run npm run build, then node scripts/pack-examples.mjs`,
  );
  process.exit(1);
}

run('tsc', ['--noEmit', '-p', 'examples/react']);
run('vue-tsc', ['--noEmit', '-p', 'examples/vue']);
// svelte-kit sync writes the example's generated types (.svelte-kit/, ./$types) that it extends.
run('svelte-kit', ['sync'], { cwd: 'examples/sveltekit' });
run('svelte-check', [
  '--workspace',
  'examples/sveltekit',
  '--threshold',
  'warning',
  '--fail-on-warnings',
]);
