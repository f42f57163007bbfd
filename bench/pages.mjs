// The host pages. Every library is measured on the same page (same markup, same text, same size);
// only the lines a site adds to install that library differ. Each install is what the library's own
// docs tell a site to write, configured minimally but realistically: one "necessary" and one
// "analytics" category (or service), a consent notice on first visit with Accept and Reject.

/** Where the accept button lives. A list: the first selector runs on `document`, each next one in the
 *  previous match's open shadow root (our element renders its buttons in shadow DOM). */
export const LIBRARIES = [
  {
    id: 'consent-elements',
    label: 'consent-elements (CDN module)',
    accept: ['consent-cookie-notice', '[part~="accept"]'],
  },
  {
    id: 'vanilla-cookieconsent',
    label: 'vanilla-cookieconsent 3.1.0',
    accept: ['#cc-main .cm__btn[data-role="all"]'],
  },
  {
    id: 'klaro',
    label: 'klaro 0.7.22',
    accept: ['#klaro .cookie-notice .cm-btn-success'],
  },
  {
    id: 'lit-floor',
    label: 'Lit alone (floor: minimal notice)',
    accept: ['floor-notice', '[part~="accept"]'],
  },
];

/**
 * The policy banner, loaded by a returning visitor who decided under the previous policy version
 * while the site announces the next one (in force in ten days): the banner shows on arrival. Not a
 * peer comparison (the others have no such banner): it measures our banner's layout shift.
 * `cookies` is filled in by the bench (the consent cookie comes from our codec).
 */
export const POLICY_BANNER = {
  id: 'policy-banner',
  label: 'consent-elements policy banner (returning visitor)',
  accept: ['consent-policy-banner', '[part~="acknowledge"]'],
  previousPolicyVersion: '2026-01',
};

/** The consent record of that returning visitor (decided a minute ago, analytics refused). */
export function returningVisitorRecord() {
  const decidedAt = Date.now() - 60_000;
  return {
    id: 'returning',
    decidedAt,
    updatedAt: decidedAt,
    choices: { analytics: false },
    policyVersion: POLICY_BANNER.previousPolicyVersion,
    source: 'notice',
  };
}

const inTenDays = () => new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);

const ourConfig = {
  categories: [
    { id: 'necessary', label: 'Strictly necessary', required: true },
    { id: 'analytics', label: 'Analytics', description: 'How visitors use the site.' },
  ],
  policy: { version: '2026-01', url: '/privacy' },
  support: { email: 'privacy@example.com' },
};

const vccConfig = {
  // vanilla-cookieconsent hides itself when navigator.webdriver is true (as it is under Playwright);
  // a real visitor's browser is not a bot, so show the notice as it would for them.
  hideFromBots: false,
  categories: { necessary: { readOnly: true, enabled: true }, analytics: {} },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'We use cookies',
          description: 'We use cookies to measure how the site is used.',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Manage',
        },
        preferencesModal: {
          title: 'Cookie preferences',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save preferences',
          closeIconLabel: 'Close',
          sections: [
            { title: 'Strictly necessary', linkedCategory: 'necessary' },
            {
              title: 'Analytics',
              description: 'How visitors use the site.',
              linkedCategory: 'analytics',
            },
          ],
        },
      },
    },
  },
};

const klaroConfig = {
  version: 1,
  elementID: 'klaro',
  storageMethod: 'cookie',
  cookieName: 'klaro',
  mustConsent: false,
  acceptAll: true,
  hideDeclineAll: false,
  lang: 'en',
  translations: {
    zz: { privacyPolicyUrl: '/privacy' },
    en: { consentNotice: { description: 'We use cookies to measure how the site is used.' } },
  },
  services: [
    {
      name: 'analytics',
      title: 'Analytics',
      purposes: ['analytics'],
      cookies: ['_ga'],
      required: false,
      default: false,
    },
  ],
};

/** What each library adds to <head> and to <body>. */
const installs = {
  'consent-elements': {
    head: `<script type="application/json" data-consent-config>${JSON.stringify(ourConfig)}</script>
    <script type="module" src="/assets/consent-elements.js"></script>`,
    // First thing in <body>, where a notice is often placed: the element must take no room in the
    // flow, so this placement also checks that showing it shifts nothing.
    bodyStart: `<consent-cookie-notice></consent-cookie-notice>`,
    bodyEnd: '',
  },
  'vanilla-cookieconsent': {
    // vanilla-cookieconsent's quick start: the stylesheet in <head>, the UMD script, then run().
    head: `<link rel="stylesheet" href="/assets/cookieconsent.css" />
    <script defer src="/assets/cookieconsent.umd.js"></script>
    <script type="module">CookieConsent.run(${JSON.stringify(vccConfig)});</script>`,
    bodyStart: '',
    bodyEnd: '',
  },
  klaro: {
    // klaro's quick start: a global klaroConfig, then klaro.js (CSS included) with defer.
    head: `<script>window.klaroConfig = ${JSON.stringify(klaroConfig)};</script>
    <script defer src="/assets/klaro.js"></script>`,
    bodyStart: '',
    bodyEnd: '',
  },
  'policy-banner': {
    head: `<script type="application/json" data-consent-config>${JSON.stringify({
      ...ourConfig,
      policy: { ...ourConfig.policy, version: '2026-02', effectiveDate: inTenDays() },
    })}</script>
    <script type="module" src="/assets/consent-elements.js"></script>`,
    // First in <body> like the notice, with the default placement (fixed at the bottom).
    bodyStart: `<consent-policy-banner></consent-policy-banner>`,
    bodyEnd: '',
  },
  'lit-floor': {
    head: `<script type="module" src="/assets/lit-floor.js"></script>`,
    bodyStart: `<floor-notice></floor-notice>`,
    bodyEnd: '',
  },
};

/** Some ordinary content, so that layout, style and paint are not trivially empty. */
const content = `
    <header><nav><a href="/">Home</a> · <a href="/blog">Blog</a> · <a href="/privacy">Privacy</a></nav></header>
    <main>
      <h1>An ordinary page</h1>
      ${Array.from(
        { length: 8 },
        (_, i) => `<h2>Section ${i + 1}</h2>
      <p>Lorem ipsum dolor sit amet, consectetur adipiscing elit. Integer nec odio. Praesent libero.
      Sed cursus ante dapibus diam. Sed nisi. Nulla quis sem at nibh elementum imperdiet. Duis sagittis
      ipsum. Praesent mauris. Fusce nec tellus sed augue semper porta. Mauris massa.</p>`,
      ).join('\n      ')}
    </main>
    <footer><a href="/privacy">Privacy policy</a> · <a href="#" data-consent-settings>Cookie settings</a></footer>`;

/** The host page for one library; `accept` is published in a meta tag for the in-page probe. */
export function loadPage(library) {
  const install = installs[library.id];
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="bench-accept" content='${JSON.stringify(library.accept)}' />
    <title>Host page: ${library.id}</title>
    <style>body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 48rem; padding: 1rem; }</style>
    ${install.head}
  </head>
  <body>
    ${install.bodyStart}${content}
    ${install.bodyEnd}
  </body>
</html>`;
}

/** A page with the CDN module and our config, exposing the module as window.__ce for the store and
 *  memory benchmarks (no element on the page: those are created by the benchmark itself). */
export function modulePage() {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>consent-elements: module page</title>
    <script type="application/json" data-consent-config>${JSON.stringify(ourConfig)}</script>
    <script type="module">
      import * as ce from '/assets/consent-elements.js';
      window.__ce = ce;
      window.dispatchEvent(new Event('ce-ready'));
    </script>
  </head>
  <body><main><h1>Module page</h1></main><div id="mount"></div></body>
</html>`;
}
