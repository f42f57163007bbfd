// npm test: every check a change must pass, in the order that fails fastest.
import { ensureChromiumOrExit } from './ensure-chromium.mjs';
import { run } from './run.mjs';

const step = (title) => console.log(`\n▶ ${title}`);

step(
  'Generate custom-elements.json and the framework types made from it (Storybook and tsc read them)',
);
run('cem', ['analyze', '--litelement', '--quiet']);
run('node', ['scripts/framework-types.mjs']);
step('Type-check');
run('tsc', ['--noEmit']);
step('Lint (ESLint, Prettier, lit-analyzer on the templates)');
run('eslint', ['.']);
run('prettier', ['--check', '--log-level', 'warn', '.']);
// lit-analyzer's CSS data predates `color-scheme` and `forced-color-adjust`, hence no-invalid-css off
// (in package.json's lint:templates); bindings, attributes and events are checked strictly.
run('npm', ['run', '--silent', 'lint:templates']);
step('Build (library, CDN module, custom-elements.json)');
run('node', ['scripts/build.mjs']);
step('The examples: install the packed package, type-check them against it');
run('node', ['scripts/pack-examples.mjs']);
run('node', ['scripts/typecheck-examples.mjs']);
step('Package checks (publint, are-the-types-wrong)');
run('node', ['scripts/check-package.mjs']);
step('Size budgets');
// Also saves the rows to reports/size.json, which the BENCHMARKS.md size-rows test (node project) reads.
run('node', ['scripts/size.mjs']);
step('Browser');
console.log(`Chromium: ${ensureChromiumOrExit()}`);
step('Tests (node, browser, e2e, storybook)');
run('vitest', ['run']);
