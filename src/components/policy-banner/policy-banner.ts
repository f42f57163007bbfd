import { html, nothing, type PropertyDeclarations } from 'lit';
import { ConsentLinkedElement } from '../shared/linked-element.js';
import { baseStyles } from '../shared/base.styles.js';
import { daysUntil, formatDate } from '../../copy/dates.js';
import { deriveState } from '../../store/index.js';
import { oneOf } from '../shared/warn-once.js';
import type { ConsentStoreApi, PolicyNotice } from '../../store/types.js';
import { bannerStyles } from './policy-banner.styles.js';

const POSITIONS = ['bottom', 'top', 'inline'] as const;

/** Where the banner sits: fixed at the `bottom` (default) or `top` of the viewport, or `inline`. */
export type BannerPosition = (typeof POSITIONS)[number];

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
export class ConsentPolicyBanner extends ConsentLinkedElement {
  static override styles = baseStyles;
  static override shownStyles = [bannerStyles];

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
   * notice asks; `inline`: in the page flow where it stands. Another value warns and counts as `bottom`.
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

  #acknowledge(): void {
    const notice = this.notice;
    if (notice) this.consent.store.acknowledgePolicy(notice.version, { source: 'banner' });
  }

  protected override render() {
    const notice = this.notice;
    const { state, config } = this.consent.store;
    // A value outside its set warns (once per page) and renders as the default.
    const position = oneOf('consent-policy-banner', 'position', this.position, POSITIONS);
    // Fixed at an edge, it waits for the notice's decision rather than cover it (or be covered).
    if (!notice || (position !== 'inline' && state.needsNotice)) return nothing;
    const { lastUpdated } = config.policy;
    const iso = notice.effectiveDate ?? (notice.inForce ? lastUpdated : undefined);
    const date = iso && formatDate(iso, this.locale);
    const message = !notice.inForce
      ? this.t('banner.upcoming', { date, days: daysUntil(iso) })
      : this.t(date ? 'banner.updated' : 'banner.updatedUndated', { date });
    return html`<section part="base" class=${position} aria-label=${this.t('banner.label')}>
      <div class="text">
        <p part="message"><slot>${message}</slot></p>
        ${this.links()}
      </div>
      <button part="button acknowledge" class="btn" @click=${this.#acknowledge}>
        ${this.t('banner.acknowledge')}
      </button>
    </section>`;
  }
}
