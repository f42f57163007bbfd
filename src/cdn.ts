/**
 * The CDN module (`dist/cdn/consent-elements.js`): Lit bundled, English built in, the three elements
 * of the public contract registered on import (the embed when its tag appears), consent-gated
 * scripts started, and the whole public API re-exported.
 * `<script type="module" src=".../consent-elements.js"></script>` is the whole install: what a page
 * may not need is fetched on demand from beside this file, by relative URL: any other language from
 * `./locales/<lang>.js`, the script gate, receipts code, Consent Mode's updates, the opt-out toggle's
 * view (when the first toggle connects), the policy banner's view (when a banner has a policy change
 * to announce) and the autoloaded embed from `./chunks/`.
 */
import './cdn-languages.js';
import './config-checks.js';
import { gateScripts } from './on-demand/integrations.js';

export * from './index.js';
// Named here, so they take the place of the classes `index.js` names: the elements as the CDN
// defines them, the embed autoloaded.
export {
  ConsentCookieNotice,
  ConsentEmbed,
  ConsentOptOutToggle,
  ConsentPolicyBanner,
} from './on-demand/elements.js';
export * from './on-demand/integrations.js';

gateScripts();
