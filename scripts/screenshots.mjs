// npm run screenshots: the images the README and the docs show, from the built CDN module on a
// plain page, in real Chromium: the notice (box layout) and the preferences dialog at 1280×800,
// the notice on a 375×740 phone, each light and dark (the page declares `color-scheme: light dark`
// and the browser prefers the scheme). Written to docs/screenshots/.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './chromium.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'docs/screenshots');
const CONFIG = {
  policy: { version: '2026-12', url: '/privacy' },
  support: { email: 'privacy@example.com' },
};

/** A small site page: enough content behind the overlay to show how it sits on a page. */
export const demoPage = (body) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Example site</title>
    <style>
      :root { color-scheme: light dark; font: 16px/1.6 system-ui, sans-serif; }
      body { margin: 0; background: light-dark(#f6f6f4, #121212); color: light-dark(#222, #ddd); }
      header { padding: 1rem 2rem; border-bottom: 1px solid light-dark(#ddd, #333); font-weight: 700; }
      main { max-width: 44rem; margin: 2rem auto; padding: 0 1.5rem; }
      .block { height: 0.9rem; margin: 0.7rem 0; border-radius: 4px; background: light-dark(#e2e2de, #2a2a2a); }
      .short { width: 60%; }
    </style>
    <script type="application/json" data-consent-config>${JSON.stringify(CONFIG)}</script>
    <script type="module" src="/dist/cdn/consent-elements.js"></script>
  </head>
  <body>
    <header>Example site</header>
    <main>
      <h1>Welcome</h1>
      ${'<div class="block"></div>'.repeat(5)}<div class="block short"></div>
      ${'<div class="block"></div>'.repeat(4)}<div class="block short"></div>
    </main>
    ${body}
  </body>
</html>`;

const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.map': 'application/json' };

/** Serves `pages` (path → HTML) and the repository's dist/ on 127.0.0.1; resolves to its origin. */
export function serve(pages) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (pages[path]) {
      response.writeHead(200, { 'content-type': 'text/html' }).end(pages[path]);
      return;
    }
    const file = normalize(join(ROOT, path));
    if (!file.startsWith(join(ROOT, 'dist'))) return response.writeHead(404).end();
    try {
      const body = readFileSync(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() }),
    ),
  );
}

const SHOTS = [
  { name: 'notice', width: 1280, height: 800 },
  { name: 'preferences', width: 1280, height: 800, open: 'customize' },
  { name: 'notice-phone', width: 375, height: 740 },
];

async function main() {
  mkdirSync(OUT, { recursive: true });
  const site = await serve({ '/': demoPage('<consent-cookie-notice></consent-cookie-notice>') });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const shot of SHOTS) {
      for (const scheme of ['light', 'dark']) {
        const page = await browser.newPage({
          viewport: { width: shot.width, height: shot.height },
          colorScheme: scheme,
        });
        await page.goto(site.origin);
        await page.locator('consent-cookie-notice [part~="accept"]').waitFor();
        if (shot.open) {
          await page.locator('consent-cookie-notice [part~="customize"]').click();
          await page.locator('consent-cookie-notice [part~="close"]').waitFor();
        }
        const path = join(OUT, `${shot.name}-${scheme}.png`);
        await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
        console.log(`wrote ${path.slice(ROOT.length)}`);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    site.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
