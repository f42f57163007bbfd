import { html, nothing } from 'lit';
import { ConsentLinkedElement } from '../shared/linked-element.js';
import { baseStyles } from '../shared/base.styles.js';
import { daysUntil, formatDate } from '../../copy/dates.js';
import { deriveState } from '../../store/index.js';
import type { ConsentStoreApi, PolicyNotice } from '../../store/types.js';
import { bannerStyles } from './policy-banner.styles.js';

/**
 * Tells a returning visitor that the privacy policy changes (or changed): "We're updating our
 * privacy policy. The changes take effect on 9 December 2026 (in 10 days)." before the effective
 * date, "We updated our privacy policy on …" after it, with the policy link, the support contact
 * and **Got it**, which acknowledges the version for good. Shown from `effectiveDate - noticeDays`
 * to visitors whose recorded policy version differs (the store's rule); first-time visitors never
 * see it. Dates are formatted for the locale; days are calendar days in the visitor's time zone.
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
 * @attr message - Overrides the message (`banner.upcoming`, `banner.updated`,
 * `banner.updatedUndated`; `{date}`, `{days}`).
 * @attr acknowledge-label - Overrides `banner.acknowledge`.
 * @attr policy-label - Overrides `policy.link`.
 * @attr support-text - Overrides `support.text`.
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
 * @cssproperty --consent-accent - Button and links.
 * @cssproperty --consent-accent-text - Text on the button.
 * @cssproperty --consent-border - Border.
 * @cssproperty --consent-radius - Corner radius.
 * @cssproperty --consent-spacing - Base spacing.
 * @cssproperty --consent-focus-ring - Focus outline.
 * @cssproperty --consent-color-scheme - `light dark` (default), `light` or `dark`.
 */
export class ConsentPolicyBanner extends ConsentLinkedElement {
  static override styles = [baseStyles, bannerStyles];

  static override copyAttributes: Record<string, string> = {
    'banner.upcoming': 'message',
    'banner.updated': 'message',
    'banner.updatedUndated': 'message',
    'banner.acknowledge': 'acknowledge-label',
    'policy.link': 'policy-label',
    'support.text': 'support-text',
  };

  static override properties = {
    policyVersion: { attribute: 'policy-version' },
    effectiveDate: { attribute: 'effective-date' },
    noticeDays: { attribute: 'notice-days', type: Number },
  };

  /** Current policy version; overrides config `policy.version`. */
  declare policyVersion?: string;

  /** ISO date (YYYY-MM-DD) the version takes effect; overrides config `policy.effectiveDate`. */
  declare effectiveDate?: string;

  /** Days before the effective date from which the banner shows; overrides config `policy.noticeDays`. */
  declare noticeDays?: number;

  /** What the banner announces now, or `null` when it is hidden. */
  get notice(): PolicyNotice | null {
    const store = this.consent.store;
    if (!store) return null;
    const { state, config } = store;
    if (this.policyVersion == null && this.effectiveDate == null && this.noticeDays == null) {
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
    return [store.state.policyNotice, store.state.record];
  }

  #acknowledge(): void {
    const notice = this.notice;
    if (notice) this.consent.store!.acknowledgePolicy(notice.version, { source: 'banner' });
  }

  protected override render() {
    const notice = this.notice;
    if (!notice) return nothing;
    const { lastUpdated } = this.consent.store!.config.policy;
    const iso = notice.effectiveDate ?? (notice.inForce ? lastUpdated : undefined);
    const date = iso && formatDate(iso, this.locale);
    const message = !notice.inForce
      ? this.t('banner.upcoming', { date, days: daysUntil(iso) })
      : this.t(date ? 'banner.updated' : 'banner.updatedUndated', { date });
    return html`<section part="base" aria-label=${this.t('banner.label')}>
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
