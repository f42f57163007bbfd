// Runs a project binary (node_modules/.bin first on PATH) and stops the calling script when it fails.
import { spawnSync } from 'node:child_process';
import { delimiter, resolve } from 'node:path';

const localBin = resolve('node_modules', '.bin');

export function run(command, args, options = {}) {
  const env = {
    ...process.env,
    PATH: `${localBin}${delimiter}${process.env.PATH}`,
    ...options.env,
  };
  const result = spawnSync(command, args, { stdio: 'inherit', ...options, env });
  if (result.status !== 0) {
    console.error(
      `\n✗ ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`,
    );
    process.exit(result.status || 1);
  }
}
