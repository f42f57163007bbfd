// Where the tests find Chromium: CHROMIUM_PATH, else Debian's package, else Playwright's own browser.
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep headless Chromium quiet on a machine without network or sandbox. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The executable to launch, or undefined to let Playwright use its own download. */
export function chromiumExecutable() {
  const override = process.env.CHROMIUM_PATH;
  if (override) return override;
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}

/** Launch options for Playwright's `chromium.launch`. */
export function chromiumLaunchOptions() {
  return { executablePath: chromiumExecutable(), args: chromiumArgs };
}
