import { nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ConsentLinkedElement } from '../shared/linked-element.js';
import { baseStyles } from '../shared/base.styles.js';
import { deriveState } from '../../store/index.js';
import type { ConsentStoreApi, PolicyNotice } from '../../store/types.js';
import type { PolicyBannerView } from './policy-banner-view.js';
import { policyBannerView } from './view-source.js';

/** Where the banner sits: fixed at the `bottom` (default) or `top` of the viewport, or `inline`. */
export type BannerPosition = 'bottom' | 'top' | 'inline';

/**
 * Tells a returning visitor that the privacy policy changes (or changed): "We're updating our
 * privacy policy. The changes take effect on 9 December 2026 (in 10 days)." before the effective
 * date, "We updated our privacy policy on …" after it, with the policy link, the support contact
 * and **Got it**, which acknowledges the version for good. Shown from `effectiveDate - noticeDays`
 * to visitors whose recorded policy version differs (the store's rule); first-time visitors never
 * see it. Dates are formatted by `Intl` in the locale's own style ("9 December 2026" for `en-GB`,
 * "December 9, 2026" for `en` and `en-US`); days are calendar days in the visitor's time zone.
 *
 * By default it overlays the bottom of the viewport (`position="top"`: the top), never shifting
 * layout, and waits while the cookie notice asks for a decision, so the two never cover each other;
 * `position="inline"` puts it in the page flow where it stands. Its "Got it" comes after the links
 * in the tab order; it never takes focus by itself (a non-modal region).
 *
 * @summary Announces a privacy-policy change to returning visitors.
 * @tag consent-policy-banner
 *
 * @slot - Rich message, replaces `banner.upcoming` / `banner.updated`.
 * @slot support - Rich support line, replaces `support.text` and its link.
 *
 * @fires consent-change - Not from the element itself: the store dispatches it on `document` when
 * **Got it** records the acknowledgement (`detail.source` is `banner`, `detail.changed` has `policy`).
 *
 * @csspart base - The `<section>` region.
 * @csspart message - The message.
 * @csspart links - The line with the policy link and the support contact.
 * @csspart policy-link - The link to the privacy policy.
 * @csspart support - The support line.
 * @csspart support-link - The support `mailto:` or web link.
 * @csspart button - The button.
 * @csspart acknowledge - **Got it**.
 *
 * @cssproperty --consent-font - Font family.
 * @cssproperty --consent-surface - Background.
 * @cssproperty --consent-text - Text colour.
 * @cssproperty --consent-muted - The links line's colour.
 * @cssproperty --consent-accent - The button.
 * @cssproperty --consent-accent-text - Text on the button.
 * @cssproperty --consent-border - Border.
 * @cssproperty --consent-radius - Corner radius.
 * @cssproperty --consent-spacing - Base spacing.
 * @cssproperty --consent-focus-ring - Focus outline.
 * @cssproperty --consent-shadow - Shadow of the overlay.
 * @cssproperty --consent-z-index - Stacking order of the overlay. Default `2147483000`.
 * @cssproperty --consent-color-scheme - Unset (default): the page's `color-scheme`; `light`,
 * `dark`, or `light dark` (follows the OS).
 */
// The class is what every page registers at once; how it is drawn is a module of its own, handed
// over by the entry that registers the tag (view-source.ts) and, from the CDN, fetched only when a
// banner has a policy change to announce.
export class ConsentPolicyBanner extends ConsentLinkedElement {
  /** The shared base styles; the banner's own arrive with its view. */
  static override styles = baseStyles;

  static override copyProperties: Record<string, string> = {
    'banner.upcoming': 'message',
    'banner.updated': 'message',
    'banner.updatedUndated': 'message',
    'banner.acknowledge': 'acknowledgeLabel',
    'policy.link': 'policyLabel',
    'support.text': 'supportText',
  };

  static override properties: PropertyDeclarations = {
    // Not reflected, like the notice's: server-rendered HTML hydrates without a mismatch.
    position: {},
    policyVersion: { attribute: 'policy-version' },
    effectiveDate: { attribute: 'effective-date' },
    noticeDays: { attribute: 'notice-days', type: Number },
    message: {},
    acknowledgeLabel: { attribute: 'acknowledge-label' },
  };

  /**
   * `bottom` (default) or `top`: fixed over that edge of the viewport, waiting while the cookie
   * notice asks; `inline`: in the page flow where it stands, taking no room until it has something
   * to show (then it moves what follows it: keep it where that does not matter, or use an overlay).
   * Another value warns (when the banner shows) and counts as `bottom`.
   */
  position: BannerPosition = 'bottom';

  /** Overrides the message (copy `banner.upcoming`, `banner.updated`, `banner.updatedUndated`; `{date}`, `{days}`). */
  declare message?: string;
  /** Overrides copy `banner.acknowledge`. */
  declare acknowledgeLabel?: string;

  /** Current policy version; overrides config `policy.version`. */
  declare policyVersion?: string;

  /** ISO date (YYYY-MM-DD) the version takes effect; overrides config `policy.effectiveDate`. */
  declare effectiveDate?: string;

  /** Days before the effective date from which the banner shows; overrides config `policy.noticeDays`. */
  declare noticeDays?: number;

  /** What the banner announces now, or `null` when it is hidden. */
  get notice(): PolicyNotice | null {
    const { state, config } = this.consent.store;
    // A removed attribute leaves `null`, one never set `undefined`: neither overrides the config.
    const overrides = [this.policyVersion, this.effectiveDate, this.noticeDays];
    if (overrides.every((value) => value === undefined || value === null)) {
      return state.policyNotice;
    }
    const p = config.policy;
    const policy = {
      ...p,
      version: this.policyVersion ?? p.version,
      effectiveDate: this.effectiveDate ?? p.effectiveDate,
      noticeDays: this.noticeDays ?? p.noticeDays,
    };
    return deriveState({ ...config, policy }, state.record, Date.now(), false).policyNotice;
  }

  protected select(store: ConsentStoreApi): unknown[] {
    return [store.state.policyNotice, store.state.record, store.state.needsNotice];
  }

  /** How this banner is drawn and what Got it does, once the view module has loaded. */
  #view?: PolicyBannerView;

  /**
   * An update waits for the view while the banner has a policy change to announce (the first banner
   * with something to show loads it), so it draws once, in its language: the language loads
   * meanwhile, not after. With nothing to announce it updates at once, drawing nothing and loading
   * nothing; an `inline` banner reserves no space until it has something to show.
   */
  protected override viewLoading() {
    return this.notice ? policyBannerView.loading() : undefined;
  }

  protected override update(changed: PropertyValues): void {
    // The view, once its module is there.
    this.#view ??= policyBannerView.module?.createView({
      element: this,
      store: () => this.consent.store,
      t: (key, vars) => this.t(key, vars),
      links: () => this.links(),
      addStyles: (styles) => this.addPartStyles(styles),
    });
    super.update(changed);
  }

  protected override render() {
    return this.#view?.render() ?? nothing;
  }
}
