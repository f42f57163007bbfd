// Builds the project the way a release does (scripts/build.mjs) and checks that the CDN module exists.
// The library is being written while this harness runs against it, so a failing build must end the
// benchmark with a message that says what failed, not with a stack trace from deep inside a measure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CDN_MODULE = 'dist/cdn/consent-elements.js';

export class BenchSetupError extends Error {}

/** Runs `node scripts/build.mjs`; returns its duration in ms or throws BenchSetupError. */
export function buildProject() {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.status !== 0 || !existsSync(CDN_MODULE)) {
    const tail = output.split('\n').slice(-25).join('\n');
    throw new BenchSetupError(
      `npm run build failed (exit ${result.status}), so there is no ${CDN_MODULE} to measure.\n` +
        `Fix the build (run \`npm run build\` to see it in full), then rerun \`npm run bench\`.\n` +
        `Last lines of the build output:\n${tail}`,
    );
  }
  return performance.now() - started;
}

/** For `--no-build`: use the dist/ already there, but say so clearly when it is missing. */
export function requireBuiltModule() {
  if (!existsSync(CDN_MODULE)) {
    throw new BenchSetupError(
      `${CDN_MODULE} is missing: run \`npm run build\` first, or drop --no-build.`,
    );
  }
}
