/**
 * The single-file CDN module (`dist/cdn/consent-elements.js`): Lit bundled, English built in, the
 * three elements registered on import, consent-gated scripts started, and the whole public API
 * re-exported. `<script type="module" src=".../consent-elements.js"></script>` is the whole install:
 * any other language the page needs is loaded from `./locales/<lang>.js` beside this file.
 */
import './define.js';
import { localeLoader } from './copy/locale-loader.js';
import { gateScripts } from './integrations/index.js';

export * from './index.js';
export * from './integrations/index.js';

/** The languages built beside this file (`dist/cdn/locales/`), listed by the build. */
declare const __CONSENT_LANGUAGES__: readonly string[];

// Relative to this module's own URL, wherever it is served from (a dynamic import of a same-origin
// file also passes `script-src 'self'`). Configured before any element's first update, which Lit
// runs in a microtask after this module has finished evaluating.
const here = import.meta.url;
localeLoader.configure(
  __CONSENT_LANGUAGES__,
  (lang) => import(/* @vite-ignore */ new URL(`./locales/${lang}.js`, here).href),
);

gateScripts();
