/**
 * The single-file CDN module (`dist/cdn/consent-elements.js`): Lit bundled, English built in, the
 * three elements registered on import, consent-gated scripts started, and the whole public API
 * re-exported. `<script type="module" src=".../consent-elements.js"></script>` is the whole install:
 * any other language the page needs is loaded from `./locales/<lang>.js` beside this file.
 */
import './cdn-languages.js';
import './define.js';
import { gateScripts } from './integrations/index.js';

export * from './index.js';
export * from './integrations/index.js';

gateScripts();
