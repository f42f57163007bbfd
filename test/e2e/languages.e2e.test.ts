// The page's language, loaded on demand by the built CDN module: a page fetches its own language
// file only, and its first painted notice already speaks that language (no English first).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright';
import type { CopyTable } from '../../src/copy/index.js';
import { en } from '../../src/copy/index.js';
import { CDN_MODULE, watchForProblems } from './support/browser.js';
import { hostPage } from './support/host-page.js';
import type { TestServer } from './support/server.js';
import { ROOT } from './support/server.js';
import { useBrowserSession } from './support/session.js';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const CDN_LOCALES = '/dist/cdn/locales';

/** Italian once its table exists, else French: a second language besides German. */
const SECOND = existsSync(resolve(ROOT, `.${CDN_LOCALES}/it.js`)) ? 'it' : 'fr';

const tableOf = async (lang: string): Promise<CopyTable> =>
  ((await import(`../../src/copy/locales/${lang}.ts`)) as { default: CopyTable }).default;

const session = useBrowserSession();
let server: TestServer;
let context: BrowserContext;
let page: Page;
/** Every script the page requested, by path. */
let scripts: string[];

beforeEach(async () => {
  ({ server, context } = session);
  page = await context.newPage();
  scripts = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  // Records the Accept button's text in the first frame it is visible, before that frame paints.
  await page.addInitScript(() => {
    const probe = window as unknown as { firstAcceptText?: string };
    const look = () => {
      const notice = document.querySelector('consent-cookie-notice');
      const button = notice?.shadowRoot?.querySelector('[part~="base"] [part~="accept"]');
      if (button?.checkVisibility()) probe.firstAcceptText = button.textContent?.trim();
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
});

/** Opens a page in `lang` (with `headers`, `config`), returns the Accept text as first painted. */
async function firstPaintedAccept(
  lang: string,
  headers: Record<string, string> = {},
  config: object = {},
) {
  const url = server.serve(
    `/page-${lang}-${Object.keys(headers).length}-${Object.keys(config).length}.html`,
    hostPage(config, '<consent-cookie-notice></consent-cookie-notice>', lang),
    { headers },
  );
  await page.goto(url);
  const text = await page.waitForFunction(
    () => (window as unknown as { firstAcceptText?: string }).firstAcceptText,
    undefined,
    { timeout: 20_000 },
  );
  return text.jsonValue();
}

describe('languages loaded by the CDN module', () => {
  for (const [name, headers] of [
    ['', {}],
    [' under a strict CSP', { 'content-security-policy': STRICT_CSP }],
  ] as const) {
    for (const lang of ['de', SECOND]) {
      it(`a "${lang}" page${name} fetches the entry and "${lang}" only, and first paints in it`, async () => {
        const problems = await watchForProblems(page);
        const table = await tableOf(lang);
        expect(await firstPaintedAccept(lang, headers)).toBe(table['notice.accept']);
        expect(scripts).toEqual([CDN_MODULE, `${CDN_LOCALES}/${lang}.js`]);
        expect(problems.errors).toEqual([]);
        expect(problems.violations).toEqual([]);
      });
    }
  }

  it(`a config locale ("${SECOND}") on an English page is what it loads and first paints`, async () => {
    const table = await tableOf(SECOND);
    expect(await firstPaintedAccept('en', {}, { locale: SECOND })).toBe(table['notice.accept']);
    expect(scripts).toEqual([CDN_MODULE, `${CDN_LOCALES}/${SECOND}.js`]);
  });

  it('an English page fetches no language file', async () => {
    expect(await firstPaintedAccept('en')).toBe(en['notice.accept']);
    expect(scripts).toEqual([CDN_MODULE]);
  });

  it('a page whose language file is missing shows English and says why', async () => {
    server.route(`${CDN_LOCALES}/de.js`, (_request, response) => {
      response.writeHead(404).end();
    });
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    expect(await firstPaintedAccept('de')).toBe(en['notice.accept']);
    expect(warnings.join('\n')).toContain('"de" language module could not be loaded');
  });
});
