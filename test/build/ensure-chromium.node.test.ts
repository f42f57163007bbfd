import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ensureChromium, INSTALL_HELP } from '../../scripts/ensure-chromium.mjs';

const BUNDLED = '/playwright/chromium';

/** A machine with the given files on disk; records every install attempt and log line. */
function machine(files: string[], { installWorks = true, installs = [BUNDLED] } = {}) {
  const disk = new Set(files);
  const record = { installs: 0, log: [] as string[] };
  const options = {
    bundled: BUNDLED,
    exists: (path: string) => disk.has(path),
    install: () => {
      record.installs++;
      if (installWorks) installs.forEach((file) => disk.add(file));
      return installWorks;
    },
    log: (line: string) => record.log.push(line),
  };
  return { options, record };
}

describe('finding a Chromium for the browser tests', () => {
  it('uses CHROMIUM_PATH (or Debian’s chromium) when it exists, without installing anything', () => {
    const { options, record } = machine(['/usr/bin/chromium', BUNDLED]);
    expect(ensureChromium({ ...options, configured: '/usr/bin/chromium' })).toBe(
      '/usr/bin/chromium',
    );
    expect(record.installs).toBe(0);
  });

  it('names a configured path that does not exist instead of silently using another browser', () => {
    const { options } = machine([BUNDLED]);
    expect(() => ensureChromium({ ...options, configured: '/opt/nowhere/chrome' })).toThrow(
      'CHROMIUM_PATH points at /opt/nowhere/chrome, which does not exist.',
    );
  });

  it('uses Playwright’s browser when it is already downloaded', () => {
    const { options, record } = machine([BUNDLED]);
    expect(ensureChromium({ ...options, configured: null })).toBe(BUNDLED);
    expect(record.installs).toBe(0);
  });

  it('says plainly that no browser was found, then installs Playwright’s', () => {
    const { options, record } = machine([]);
    expect(ensureChromium({ ...options, configured: null })).toBe(BUNDLED);
    expect(record.installs).toBe(1);
    expect(record.log.join('\n')).toMatch(/No Chromium found.*\n.*npx playwright install chromium/);
  });

  it('names the commands that install a browser when the download is impossible', () => {
    const { options } = machine([], { installWorks: false });
    expect(() => ensureChromium({ ...options, configured: null })).toThrow(
      `Could not download a browser. ${INSTALL_HELP}`,
    );
    expect(INSTALL_HELP).toContain('npx playwright install chromium');
    expect(INSTALL_HELP).toContain('sudo apt-get install -y chromium');
  });

  it('exits with status 1 and the reason on stderr when run as a script', () => {
    const run = spawnSync(process.execPath, ['scripts/ensure-chromium.mjs'], {
      env: { ...process.env, CHROMIUM_PATH: '/opt/nowhere/chrome' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      '✗ CHROMIUM_PATH points at /opt/nowhere/chrome, which does not exist.',
    );
    // It starts Node with Playwright loaded: slow on a machine busy with the browser suites.
  }, 30_000);
});
