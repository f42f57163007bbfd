/**
 * The elements as the CDN entry defines them. The notice and the banner are on a typical first page:
 * they are in the entry. The opt-out toggle is autoloaded (see autoload.ts): measured with
 * `node scripts/size.mjs`, it adds 0.78 KB gzip to the entry (notice + banner 17.56 KB, all three
 * 18.34 KB), paid by every page, while autoloading costs one round trip (the chunk is fetched after
 * the entry has run) only on the pages that show a toggle, typically the privacy policy, where it
 * sits in the text below the fold. The bytes on every page weigh more than the round trip on a few.
 * The banner stays in the entry: autoloaded, it took 0.5 KB gzip off the entry but the README's
 * page (notice and banner) then fetched 0.46 KB more in two files, since a page that places the
 * banner fetches its chunk whether or not a policy notice is due.
 */
import type { ConsentEmbed as EmbedClass } from '../components/embed/embed.js';
import type { ConsentOptOutToggle as OptOutToggleClass } from '../components/opt-out-toggle/opt-out-toggle.js';
import { loadLanguagePart } from '../copy/locale-loader.js';
import { autoloadElements } from './autoload.js';

export { ConsentCookieNotice } from '../components/cookie-notice/define.js';
export { ConsentPolicyBanner } from '../components/policy-banner/define.js';

/**
 * The toggle's class, once its chunk has loaded (`undefined` before): after
 * `await customElements.whenDefined('consent-opt-out-toggle')`, `customElements.get(...)` is the
 * sure way to reach it. A live binding: importers see the class once the chunk has run.
 */
export let ConsentOptOutToggle: typeof OptOutToggleClass | undefined;

/** The embed's class once its chunk has loaded (`undefined` before), like the toggle's. */
export let ConsentEmbed: typeof EmbedClass | undefined;

// Each element's strings in the page's language are fetched beside its chunk (loadLanguagePart).
autoloadElements({
  'consent-opt-out-toggle': async () => {
    void loadLanguagePart('toggle');
    ({ ConsentOptOutToggle } = await import('../components/opt-out-toggle/define.js'));
  },
  'consent-embed': async () => {
    void loadLanguagePart('embed');
    ({ ConsentEmbed } = await import('../components/embed/define.js'));
  },
});
