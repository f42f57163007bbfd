// Makes sure the browser tests have a Chromium: CHROMIUM_PATH, Debian's /usr/bin/chromium, or Playwright's
// own download. When none is there, says so plainly and provisions Playwright's.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright';
import { chromiumExecutable } from './chromium.mjs';

export const INSTALL_HELP =
  'Install one with:\n\n' +
  '    npx playwright install chromium      (any OS)\n' +
  '    sudo apt-get install -y chromium     (Debian/Ubuntu; found at /usr/bin/chromium)\n\n' +
  'or point CHROMIUM_PATH at an installed Chromium or Chrome.';

const installPlaywrightChromium = () =>
  spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' }).status === 0;

/**
 * Returns the Chromium to test with, installing Playwright's when there is none. Throws an Error whose
 * message says what to do when no browser can be had. The parameters exist for the tests.
 */
export function ensureChromium({
  configured = chromiumExecutable(),
  bundled = chromium.executablePath(),
  exists = existsSync,
  install = installPlaywrightChromium,
  log = console.log,
} = {}) {
  if (configured) {
    if (exists(configured)) return configured;
    throw new Error(`CHROMIUM_PATH points at ${configured}, which does not exist.`);
  }
  if (exists(bundled)) return bundled;

  log('No Chromium found (no CHROMIUM_PATH, no /usr/bin/chromium, no Playwright browser).');
  log("Installing Playwright's Chromium: npx playwright install chromium");
  if (install() && exists(bundled)) return bundled;
  throw new Error(`Could not download a browser. ${INSTALL_HELP}`);
}

/** For scripts: the browser's path, or the reason on stderr and exit code 1. */
export function ensureChromiumOrExit() {
  try {
    return ensureChromium();
  } catch (error) {
    console.error(`\n✗ ${error.message}`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  console.log(`Chromium: ${ensureChromiumOrExit()}`);
