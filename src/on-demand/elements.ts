/**
 * The elements as the CDN entry defines them. The notice is on a typical first page and is shown
 * the moment a first-time visitor arrives: it is in the entry. The others are autoloaded (see
 * autoload.ts): each chunk is fetched the first time its tag is in the page, so a page pays for
 * defining (and downloading) only the elements it uses.
 * - The opt-out toggle: measured with `node scripts/size.mjs`, it would add 0.78 KB gzip to the
 *   entry, paid by every page, while autoloading costs one round trip only on the pages that show a
 *   toggle (typically the privacy policy, in the text below the fold).
 * - The policy banner: 0.5 KB gzip off the entry (its chunk is 1.1 KB on its own), and its
 *   `define` and Lit `finalize` off every load, for an element that shows only to a returning
 *   visitor in the weeks before a policy change; the round trip delays it on the pages that have
 *   it, where it waits while the notice asks anyway.
 * - The embed: click-to-load placeholders, on a few pages.
 *
 * Each autoloaded class is exported as a live binding, `undefined` until its chunk has run: after
 * `await customElements.whenDefined('<tag>')`, `customElements.get('<tag>')` is the sure way to
 * reach it.
 */
import type { ConsentEmbed as EmbedClass } from '../components/embed/embed.js';
import type { ConsentOptOutToggle as OptOutToggleClass } from '../components/opt-out-toggle/opt-out-toggle.js';
import type { ConsentPolicyBanner as PolicyBannerClass } from '../components/policy-banner/policy-banner.js';
import { autoloadElements } from './autoload.js';

export { ConsentCookieNotice } from '../components/cookie-notice/define.js';

/**
 * The toggle's class, once its chunk has loaded (`undefined` before): after
 * `await customElements.whenDefined('consent-opt-out-toggle')`, `customElements.get(...)` is the
 * sure way to reach it. A live binding: importers see the class once the chunk has run.
 */
export let ConsentOptOutToggle: typeof OptOutToggleClass | undefined;

/**
 * The policy banner's class, once its chunk has loaded (`undefined` before), like the toggle's:
 * after `await customElements.whenDefined('consent-policy-banner')`, `customElements.get(...)`.
 */
export let ConsentPolicyBanner: typeof PolicyBannerClass | undefined;

/** The embed's class once its chunk has loaded (`undefined` before), like the toggle's. */
export let ConsentEmbed: typeof EmbedClass | undefined;

autoloadElements({
  'consent-opt-out-toggle': async () => {
    ({ ConsentOptOutToggle } = await import('../components/opt-out-toggle/define.js'));
  },
  'consent-policy-banner': async () => {
    ({ ConsentPolicyBanner } = await import('../components/policy-banner/define.js'));
  },
  'consent-embed': async () => ({ ConsentEmbed } = await import('../components/embed/define.js')),
});
