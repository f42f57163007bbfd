/**
 * The elements as the CDN entry defines them: the three of the public contract on import, the
 * embed when its tag appears (see autoload.ts).
 *
 * The opt-out toggle is registered at once with its real class (properties, store connection,
 * `optedOut`), so `customElements.get('consent-opt-out-toggle')` and the `ConsentOptOutToggle`
 * export are the class from the start; its view (template, styles, what the switch does) is a
 * chunk fetched when the first toggle connects, with its strings in the page's language. Measured
 * with `node scripts/size.mjs`: the class adds 0.45 KB gzip to the entry (21.43 → 21.88 KB), paid
 * by every page; the view is a 1.29 KB chunk (with the switch it shares with the preferences
 * dialog), where the whole toggle, autoloaded, was a 1.53 KB chunk. The bytes that matter only once
 * a toggle is drawn stay off the pages without one; a toggle sits typically on the privacy policy
 * page, in the text below the fold, where the round trip for its view is paid.
 * The policy banner follows the same design, with one difference: its view (template, styles, the
 * date's wording) is fetched only when a banner connected to the page has a policy change to
 * announce, not when the tag connects. A first visit never has one, nor has a returning visitor
 * outside a policy change: almost every page view renders no banner and fetches nothing more.
 * (Autoloading the whole banner on its tag took 0.5 KB off the entry but cost the README's page
 * 0.46 KB more in two files, since a page that places the banner always fetched it.) Measured with
 * `node scripts/size.mjs`: the entry went from 21.48 to 21.19 KB gzip, which is all the README's
 * English page downloads on a first visit; a returning visitor during a policy notice also fetches
 * the 0.97 KB view chunk (22.16 KB for that page view).
 */
import type { ConsentEmbed as EmbedClass } from '../components/embed/embed.js';
import { ConsentOptOutToggle } from '../components/opt-out-toggle/opt-out-toggle.js';
import { optOutToggleView } from '../components/opt-out-toggle/view-source.js';
import { ConsentPolicyBanner } from '../components/policy-banner/policy-banner.js';
import { policyBannerView } from '../components/policy-banner/view-source.js';
import { defineElement } from '../components/shared/define-element.js';
import { loadLanguagePart } from '../copy/languages-on-demand.js';
import { ModuleOnDemand } from '../events/module-on-demand.js';
import { autoloadElements } from './autoload.js';

export { ConsentCookieNotice } from '../components/cookie-notice/define.js';

// Not the npm define modules (opt-out-toggle/define.ts, policy-banner/define.ts), which import each
// view with its class: here each view is a chunk, loaded once for every element of its tag.
optOutToggleView.use(
  new ModuleOnDemand(
    'the <consent-opt-out-toggle> view',
    () => import('../components/opt-out-toggle/opt-out-toggle-view.js'),
    'the toggle shows nothing until a later update loads it',
  ),
);
defineElement('consent-opt-out-toggle', ConsentOptOutToggle);
export { ConsentOptOutToggle };

// Fetched by the first banner that has a policy change to announce, not when the tag connects.
policyBannerView.use(
  new ModuleOnDemand(
    'the <consent-policy-banner> view',
    () => import('../components/policy-banner/policy-banner-view.js'),
    'the banner shows nothing until a later update loads it',
  ),
);
defineElement('consent-policy-banner', ConsentPolicyBanner);
export { ConsentPolicyBanner };

/**
 * The embed's class, once its chunk has loaded (`undefined` before): after
 * `await customElements.whenDefined('consent-embed')`, `customElements.get(...)` is the sure way to
 * reach it. A live binding: importers see the class once the chunk has run.
 */
export let ConsentEmbed: typeof EmbedClass | undefined;

// The embed's strings in the page's language are fetched beside its chunk (loadLanguagePart).
autoloadElements({
  'consent-embed': async () => {
    void loadLanguagePart('embed');
    ({ ConsentEmbed } = await import('../components/embed/define.js'));
  },
});
