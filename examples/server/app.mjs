// A server-rendered page that honours consent before any JavaScript runs:
// - the analytics tag is only written into the HTML when the visitor granted `analytics`;
// - with JavaScript, the consent elements (the CDN module) ask and record in the browser; without
//   it, "Accept all" / "Reject all" still work (a form POST that sets the cookie);
// - every page response re-issues a valid decision as an HTTP cookie, so Safari's 7-day cap on
//   cookies written by script does not make the notice come back every week.
import { readFile } from 'node:fs/promises';
import {
  clearConsentSetCookie,
  consentFromRequest,
  consentSetCookie,
  createConsentRecord,
  renewConsentSetCookie,
} from 'consent-elements/server';

/** The same config the page declares in `<script type="application/json" data-consent-config>`. */
export const config = {
  categories: [
    { id: 'necessary', label: 'Strictly necessary', required: true },
    { id: 'analytics', label: 'Analytics', cookies: ['_ga', '_ga_*'] },
    { id: 'marketing', label: 'Marketing' },
  ],
  policy: { version: '2026-03', url: '/privacy' },
};

/** The analytics tag: written into the page only for a visitor who granted analytics. */
const ANALYTICS_TAG = '<script src="/analytics.js" defer data-analytics></script>';

/** Files the page loads besides the CDN module: the shared site style and the live update. */
const STATIC_FILES = {
  '/site.css': { file: new URL('../shared/site.css', import.meta.url), type: 'text/css' },
  '/live.js': { file: new URL('./live.js', import.meta.url), type: 'text/javascript' },
};

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One line per category: `analytics: granted`. The browser keeps it current (live.js). */
const categoryItems = (categories) =>
  Object.entries(categories)
    .map(([id, on]) => `<li>${escapeHtml(id)}: ${on ? 'granted' : 'denied'}</li>`)
    .join('');

function page(consent) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Acme Store · server-side consent</title>
    <link rel="stylesheet" href="/site.css" />
    <script type="application/json" data-consent-config>${JSON.stringify(config).replace(/</g, '\\u003c')}</script>
    ${consent.isGranted('analytics') ? ANALYTICS_TAG : ''}
  </head>
  <body>
    <header class="site-header">
      <h1>Acme Store</h1>
      <nav aria-label="Main"><a href="/">Shop</a><a href="#privacy">Privacy</a></nav>
    </header>
    <main>
      <div class="hero">
        <h2>Autumn collection</h2>
        <p>Knitwear, boots and everything in between. Rendered on the server for your choice.</p>
      </div>
      <section id="privacy" aria-labelledby="privacy-title">
        <h2 id="privacy-title">Your consent, as the server sees it</h2>
        <p data-decided="${consent.state.decided}">${consent.state.decided ? 'You decided.' : 'No decision yet.'}</p>
        <ul data-categories>${categoryItems(consent.state.categories)}</ul>
      </section>
    </main>
    <footer class="site-footer">
      <span>© Acme Store</span>
      <a href="#privacy">Privacy policy</a>
      <a href="#cookie-settings" data-consent-settings>Cookie settings</a>
    </footer>
    <consent-cookie-notice></consent-cookie-notice>
    <noscript>${
      consent.state.needsNotice
        ? `<form method="post" action="/consent">
      <button name="decision" value="accept-all">Accept all</button>
      <button name="decision" value="reject-all">Reject all</button>
    </form>`
        : `<form method="post" action="/consent"><button name="decision" value="reset">Change my choice</button></form>`
    }</noscript>
    <script type="module" src="/consent-elements.js"></script>
    <script type="module" src="/live.js"></script>
  </body>
</html>`;
}

async function formBody(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

/**
 * The request handler (node:http). `secure`: add `Secure` to the cookie (false for plain-http
 * development). `cdnModule`: the file served as `/consent-elements.js` (the package's
 * `dist/cdn/consent-elements.js`).
 */
export function createHandler({ secure = true, cdnModule } = {}) {
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const consent = consentFromRequest(req, { config });
    if (req.method === 'POST' && url.pathname === '/consent') {
      const decision = (await formBody(req)).get('decision');
      const cookie =
        decision === 'accept-all' || decision === 'reject-all'
          ? consentSetCookie(createConsentRecord(decision, { config, previous: consent.record }), {
              config,
              secure,
            })
          : clearConsentSetCookie({ config, secure });
      res.writeHead(303, { location: '/', 'set-cookie': cookie }).end();
      return;
    }
    if (url.pathname === '/') {
      const renewed = renewConsentSetCookie(consent, { secure });
      res
        .writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          ...(renewed && { 'set-cookie': renewed }),
        })
        .end(page(consent));
      return;
    }
    if (url.pathname === '/consent-elements.js' && cdnModule) {
      res
        .writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' })
        .end(await readFile(cdnModule));
      return;
    }
    const asset = STATIC_FILES[url.pathname];
    if (asset) {
      res
        .writeHead(200, { 'content-type': `${asset.type}; charset=utf-8` })
        .end(await readFile(asset.file));
      return;
    }
    if (url.pathname === '/analytics.js') {
      // Stands in for a real analytics tag: it only ever reaches visitors who granted analytics.
      res
        .writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' })
        .end('window.analyticsStarted = true;');
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  };
}
