// The page's language, loaded on demand by the built CDN module: a page fetches its own language
// file only, and its first painted notice already speaks that language (no English first). The
// strings of a part loaded on demand come with the part, in that language too.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CopyTable } from '../../src/copy/index.js';
import { en } from '../../src/copy/index.js';
import { LANGUAGE_PARTS } from '../../src/copy/parts.js';
import { pageRegistry } from '../../src/core/registry.js';
import { CDN_MODULE, watchForProblems } from './support/browser.js';
import { cdnFiles } from './support/cdn-folder.js';
import { hostPage } from './support/host-page.js';
import { ROOT } from './support/server.js';
import { useSessionPage } from './support/session.js';
import { returningVisitorCookie } from './support/visitor.js';
import { isoInDays } from '../support/iso-date.js';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const CDN_LOCALES = '/dist/cdn/locales';

/** Italian once its table exists, else French: a second language besides German. */
const SECOND = existsSync(resolve(ROOT, `.${CDN_LOCALES}/it.js`)) ? 'it' : 'fr';

const tableOf = async (lang: string): Promise<CopyTable> =>
  ((await import(`../../src/copy/locales/${lang}.ts`)) as { default: CopyTable }).default;

const session = useSessionPage();
/** Every script the page requested, by path. */
let scripts: string[];

beforeEach(async () => {
  scripts = [];
  session.page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await recordFirstPaintedText(
    'consent-cookie-notice',
    '[part~="base"] [part~="accept"]',
    'accept',
  );
});

/**
 * Records, in `window[name]`, the text of the first `selector` (in a shadow root of a `host`) in the
 * first frame it is visible, before that frame paints.
 */
const recordFirstPaintedText = (host: string, selector: string, name: string) =>
  session.page.addInitScript(
    ([host, selector, name]) => {
      const look = () => {
        const node = document.querySelector(host)?.shadowRoot?.querySelector(selector);
        if (node?.checkVisibility())
          (window as unknown as Record<string, unknown>)[name] = node.textContent?.trim();
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    },
    [host, selector, name],
  );

/** The text `recordFirstPaintedText` recorded in `window[name]`, once there. */
async function firstPainted(name: string): Promise<string> {
  const text = await session.page.waitForFunction(
    (name) => (window as unknown as Record<string, string | undefined>)[name],
    name,
    { timeout: 20_000 },
  );
  return (await text.jsonValue()) as string;
}

/** Opens a page in `lang` (with `headers`, `config`), returns the Accept text as first painted. */
async function firstPaintedAccept(
  lang: string,
  headers: Record<string, string> = {},
  config: object = {},
) {
  const url = session.server.serve(
    `/page-${lang}-${Object.keys(headers).length}-${Object.keys(config).length}.html`,
    hostPage(config, '<consent-cookie-notice></consent-cookie-notice>', lang),
    { headers },
  );
  await session.page.goto(url);
  return firstPainted('accept');
}

describe('languages loaded by the CDN module', () => {
  for (const [name, headers] of [
    ['', {}],
    [' under a strict CSP', { 'content-security-policy': STRICT_CSP }],
  ] as const) {
    for (const lang of ['de', SECOND]) {
      it(`a "${lang}" page${name} fetches the entry and "${lang}" only, and first paints in it`, async () => {
        const problems = await watchForProblems(session.page);
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

  // Routes stay for the file's later tests: each missing file here is one no other test loads.
  it('a page whose language file is missing shows English and says why', async () => {
    session.server.route(`${CDN_LOCALES}/fr.js`, (_request, response) => {
      response.writeHead(404).end();
    });
    const warnings: string[] = [];
    session.page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    expect(await firstPaintedAccept('fr')).toBe(en['notice.accept']);
    expect(warnings.join('\n')).toContain('"fr" language module could not be loaded');
  });
});

describe('the strings of a part loaded on demand, built beside each language', () => {
  it('a German page that opens the preferences fetches their German strings, and the dialog first paints in German', async () => {
    const problems = await watchForProblems(session.page);
    const table = await tableOf('de');
    await recordFirstPaintedText('consent-cookie-notice', '[part~="preferences-title"]', 'title');
    expect(await firstPaintedAccept('de')).toBe(table['notice.accept']);
    expect(scripts).toEqual([CDN_MODULE, `${CDN_LOCALES}/de.js`]);
    await session.page.getByRole('button', { name: table['notice.customize'] }).click();
    expect(await firstPainted('title')).toBe(table['notice.categories']);
    expect(scripts).toContain(`${CDN_LOCALES}/de/preferences.js`);
    expect(problems.errors).toEqual([]);
  });

  it('a German page with a toggle fetches its German strings beside its chunk, and the toggle first paints in German', async () => {
    // The toggle's view is served only once its strings were asked for: fetched after the view
    // had run, they would never be, and the toggle would never paint.
    const chunk = cdnFiles().find((file) => /^chunks\/opt-out-toggle-view-[\w-]+\.js$/.test(file));
    expect(chunk).toBeDefined();
    let stringsAsked = () => {};
    const asked = new Promise<void>((resolve) => (stringsAsked = resolve));
    session.server.route(`${CDN_LOCALES}/de/toggle.js`, (_request, response) => {
      stringsAsked();
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(readFileSync(resolve(ROOT, `.${CDN_LOCALES}/de/toggle.js`)));
    });
    session.server.route(`/dist/cdn/${chunk}`, (_request, response) => {
      void asked.then(() => {
        response.writeHead(200, { 'content-type': 'text/javascript' });
        response.end(readFileSync(resolve(ROOT, `dist/cdn/${chunk}`)));
      });
    });
    await recordFirstPaintedText('consent-opt-out-toggle', '[part~="label"]', 'label');
    const url = session.server.serve(
      '/page-de-toggle.html',
      hostPage({}, '<consent-opt-out-toggle category="analytics"></consent-opt-out-toggle>', 'de'),
    );
    await session.page.goto(url);
    expect(await firstPainted('label')).toBe('Keine Statistik-Cookies zulassen');
    expect(scripts).toEqual(
      expect.arrayContaining([`${CDN_LOCALES}/de.js`, `${CDN_LOCALES}/de/toggle.js`]),
    );
    expect(scripts.filter((path) => path.startsWith(CDN_LOCALES))).toHaveLength(2);
  });

  it("a German page with a policy notice fetches the banner's view and German, and the banner first paints in German", async () => {
    // The German language module is served only once the banner's view was asked for: a banner
    // that drew when its view arrived, without waiting for its language, would paint English first.
    // Once the view was asked for, both routes serve the files as they are (for later tests too).
    const chunk = cdnFiles().find((file) => /^chunks\/policy-banner-view-[\w-]+\.js$/.test(file));
    expect(chunk).toBeDefined();
    let viewAsked = () => {};
    const asked = new Promise<void>((resolve) => (viewAsked = resolve));
    session.server.route(`/dist/cdn/${chunk}`, (_request, response) => {
      viewAsked();
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(readFileSync(resolve(ROOT, `dist/cdn/${chunk}`)));
    });
    session.server.route(`${CDN_LOCALES}/de.js`, (_request, response) => {
      void asked.then(() => {
        response.writeHead(200, { 'content-type': 'text/javascript' });
        response.end(readFileSync(resolve(ROOT, `.${CDN_LOCALES}/de.js`)));
      });
    });
    await recordFirstPaintedText('consent-policy-banner', '[part~="acknowledge"]', 'gotIt');
    await session.context.addCookies([
      { name: 'consent', value: returningVisitorCookie('1'), url: session.server.origin },
    ]);
    const config = { policy: { version: '2', url: '/privacy', effectiveDate: isoInDays(10) } };
    const url = session.server.serve(
      '/page-de-banner.html',
      hostPage(config, '<consent-policy-banner></consent-policy-banner>', 'de'),
    );
    await session.page.goto(url);
    expect(await firstPainted('gotIt')).toBe('Verstanden');
    expect(scripts).toEqual(expect.arrayContaining([`/dist/cdn/${chunk}`, `${CDN_LOCALES}/de.js`]));
    expect(scripts.filter((path) => path.startsWith(CDN_LOCALES))).toEqual([
      `${CDN_LOCALES}/de.js`,
    ]);
  });

  it(`a part whose strings are missing shows them in English and says why; the rest stays in "${SECOND}"`, async () => {
    session.server.route(`${CDN_LOCALES}/${SECOND}/preferences.js`, (_request, response) => {
      response.writeHead(404).end();
    });
    const warnings: string[] = [];
    session.page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    const table = await tableOf(SECOND);
    await recordFirstPaintedText('consent-cookie-notice', '[part~="preferences-title"]', 'title');
    expect(await firstPaintedAccept(SECOND)).toBe(table['notice.accept']);
    await session.page.getByRole('button', { name: table['notice.customize'] }).click();
    expect(await firstPainted('title')).toBe(en['notice.categories']);
    expect(await session.page.getByRole('button', { name: table['notice.save'] }).count()).toBe(0);
    expect(warnings.join('\n')).toContain(
      `"${SECOND}/preferences" language module could not be loaded`,
    );
  });

  it('every built language module with its parts brings the whole table of its source, as data only', async () => {
    const languages = readdirSync(resolve(ROOT, 'src/copy/locales')).map((file) =>
      file.replace(/\.ts$/, ''),
    );
    expect(languages.length).toBeGreaterThan(20);
    const folder = resolve(ROOT, `.${CDN_LOCALES}`);
    const strings = async (module: string) =>
      ((await import(pathToFileURL(`${folder}/${module}.js`).href)) as { default: object }).default;
    for (const lang of languages) {
      const modules = [lang, ...LANGUAGE_PARTS.map((part) => `${lang}/${part}`)];
      const brought = Object.assign({}, ...(await Promise.all(modules.map(strings))));
      expect(brought, lang).toEqual(await tableOf(lang));
    }
    // The entry's loader registers them: importing a module touches nothing on the page.
    expect(pageRegistry().locales).toBeUndefined();
  });
});
