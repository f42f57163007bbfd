// Checks the package as npm would publish it: exports, types and files (publint), and that every
// entry's types resolve for ESM consumers (are-the-types-wrong on the packed tarball).
import { run } from './run.mjs';

run('publint', ['--strict']);
run('attw', ['--pack', '.', '--profile', 'esm-only', '--quiet']);
console.log('package checks passed');
