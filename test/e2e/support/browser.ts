import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';

/** The built CDN module the end-to-end pages load; `npm test` builds it before the tests run. */
export const CDN_MODULE = '/dist/cdn/consent-elements.js';

/** Fails early, with the fix, when the pages' CDN module has not been built. */
export function assertCdnBuilt(): void {
  if (!existsSync(resolve(import.meta.dirname, '../../..', `.${CDN_MODULE}`))) {
    throw new Error(`${CDN_MODULE} is missing: run "npm run build" before the e2e tests.`);
  }
}

/** Launches Chromium for the end-to-end tests, with extra command-line `args` if given. */
export async function launchBrowser(args: string[] = []): Promise<Browser> {
  const options = chromiumLaunchOptions();
  return chromium.launch({ ...options, args: [...options.args, ...args] });
}

/**
 * Collects what a page reports that a visitor never should see: uncaught errors, console errors and
 * CSP violations. Awaited, so the hooks are in place before the test's first navigation.
 */
export async function watchForProblems(
  page: Page,
): Promise<{ errors: string[]; violations: string[] }> {
  const errors: string[] = [];
  const violations: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.exposeFunction('__reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportViolation(text: string): void }).__reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return { errors, violations };
}
