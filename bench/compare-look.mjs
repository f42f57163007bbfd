// node bench/compare-look.mjs: our notice and preferences beside vanilla-cookieconsent's, on the bench's
// host page (same text, same categories), at 375×740 and 1280×800, light and dark. Writes one
// side-by-side image per state, size and scheme to reports/look/ (ours on the left) for a person to
// look at; it asserts nothing. Run `npm run build` first (the page loads dist/cdn/).
//
// Dark: our elements follow the page's color-scheme, so the dark page declares `light dark` (in a
// dark OS); vanilla-cookieconsent has no OS mode and is switched with its `cc--darkmode` class.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import sharp from 'sharp';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { peerFile } from './measure-size.mjs';
import { LIBRARIES, loadPage } from './pages.mjs';
import { startServer } from './server.mjs';

process.chdir(resolve(import.meta.dirname, '..'));
const OUT = 'reports/look';
const CDN_FOLDER = 'dist/cdn';
const VIEWPORTS = [
  { width: 375, height: 740 },
  { width: 1280, height: 800 },
];
const SCHEMES = ['light', 'dark'];

/** How each library's page is made dark, and how its preferences are opened. */
const PEERS = {
  'consent-elements': {
    dark: (html) =>
      html.replace('<head>', '<head><meta name="color-scheme" content="light dark" />'),
    openPreferences: (page) =>
      page.locator('consent-cookie-notice').locator('[part~="customize"]').click(),
    preferencesShown: (page) =>
      page.locator('consent-cookie-notice').locator('[part~="close"]').waitFor(),
  },
  'vanilla-cookieconsent': {
    dark: (html) => html.replace('<html lang="en">', '<html lang="en" class="cc--darkmode">'),
    openPreferences: (page) => page.locator('#cc-main .cm__btn[data-role="show"]').click(),
    preferencesShown: (page) => page.locator('#cc-main .pm').waitFor(),
  },
};

function routes() {
  const files = {
    '/assets/cookieconsent.umd.js': peerFile('vanilla-cookieconsent', 'dist/cookieconsent.umd.js'),
    '/assets/cookieconsent.css': peerFile('vanilla-cookieconsent', 'dist/cookieconsent.css'),
  };
  for (const file of readdirSync(CDN_FOLDER, { recursive: true }))
    if (file.endsWith('.js')) files[`/assets/${file}`] = readFileSync(join(CDN_FOLDER, file));
  for (const library of LIBRARIES.filter(({ id }) => id in PEERS))
    for (const scheme of SCHEMES) {
      const html = loadPage(library);
      files[`/${library.id}-${scheme}.html`] =
        scheme === 'dark' ? PEERS[library.id].dark(html) : html;
    }
  return files;
}

/** Two screenshots side by side, with a gap, the first on the left. */
async function sideBySide(left, right, file) {
  const [a, b] = await Promise.all([sharp(left).metadata(), sharp(right).metadata()]);
  const gap = 24;
  await sharp({
    create: {
      width: a.width + gap + b.width,
      height: Math.max(a.height, b.height),
      channels: 3,
      background: '#888',
    },
  })
    .composite([
      { input: left, left: 0, top: 0 },
      { input: right, left: a.width + gap, top: 0 },
    ])
    .png()
    .toFile(file);
}

const server = await startServer(routes());
const browser = await chromium.launch(chromiumLaunchOptions());
mkdirSync(OUT, { recursive: true });
try {
  for (const viewport of VIEWPORTS)
    for (const scheme of SCHEMES) {
      const shots = {};
      for (const [id, peer] of Object.entries(PEERS)) {
        const context = await browser.newContext({ viewport, colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(server.url(`/${id}-${scheme}.html`));
        const accept = LIBRARIES.find((library) => library.id === id).accept;
        const acceptButton =
          accept.length === 1
            ? page.locator(accept[0])
            : page.locator(accept[0]).locator(accept.slice(1).join(' '));
        await acceptButton.waitFor();
        await page.waitForTimeout(600); // entrance transitions
        shots[`notice-${id}`] = await page.screenshot();
        await peer.openPreferences(page);
        await peer.preferencesShown(page);
        await page.waitForTimeout(600);
        shots[`preferences-${id}`] = await page.screenshot();
        await context.close();
      }
      for (const state of ['notice', 'preferences']) {
        const file = join(OUT, `${state}-${viewport.width}-${scheme}.png`);
        await sideBySide(
          shots[`${state}-consent-elements`],
          shots[`${state}-vanilla-cookieconsent`],
          file,
        );
        console.log(file);
      }
    }
} finally {
  await browser.close();
  await server.close();
}
