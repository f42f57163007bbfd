/**
 * The CDN module (`dist/cdn/consent-elements.js`): Lit bundled, English built in, the three elements
 * registered on import, consent-gated scripts started, and the whole public API re-exported.
 * `<script type="module" src=".../consent-elements.js"></script>` is the whole install: what a page
 * may not need is fetched on demand from beside this file, by relative URL: any other language from
 * `./locales/<lang>.js`, the script gate and receipts code from `./chunks/`.
 */
import './cdn-languages.js';
import './define.js';
import { gateScripts } from './on-demand/integrations.js';

export * from './index.js';
export * from './on-demand/integrations.js';

gateScripts();
