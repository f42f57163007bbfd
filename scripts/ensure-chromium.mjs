// Makes sure the browser tests have a Chromium: CHROMIUM_PATH, Debian's /usr/bin/chromium, or Playwright's
// own download. When none is there, says so plainly and provisions Playwright's.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright';
import { chromiumExecutable } from './chromium.mjs';

export function ensureChromium() {
  const configured = chromiumExecutable();
  if (configured) {
    if (existsSync(configured)) return configured;
    fail(`CHROMIUM_PATH points at ${configured}, which does not exist.`);
  }
  const bundled = chromium.executablePath();
  if (existsSync(bundled)) return bundled;

  console.log('No Chromium found (no CHROMIUM_PATH, no /usr/bin/chromium, no Playwright browser).');
  console.log("Installing Playwright's Chromium: npx playwright install chromium");
  const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  if (install.status === 0 && existsSync(bundled)) return bundled;
  fail(
    'Could not download a browser. Install one with:\n\n' +
      '    npx playwright install chromium      (any OS)\n' +
      '    sudo apt-get install -y chromium     (Debian/Ubuntu; found at /usr/bin/chromium)\n\n' +
      'or point CHROMIUM_PATH at an installed Chromium or Chrome.',
  );
}

function fail(message) {
  console.error(`\n✗ ${message}`);
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`Chromium: ${ensureChromium()}`);
