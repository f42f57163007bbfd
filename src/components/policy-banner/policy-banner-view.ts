/**
 * How `<consent-policy-banner>` is drawn and what its **Got it** does: its template, its styles and
 * the wording of the policy's date ("on 9 December 2026 (in 10 days)"). A module of its own, so the
 * CDN entry registers the element (its properties, its store connection, `notice`) on import and
 * fetches this only when a banner has a policy change to announce, which most page views do not
 * (see view-source.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { daysUntil, formatDate } from '../../copy/dates.js';
import type { ViewHost } from '../shared/view-source.js';
import { oneOf } from '../shared/warn-once.js';
import type { BannerPosition, ConsentPolicyBanner } from './policy-banner.js';
import { bannerStyles } from './policy-banner.styles.js';

/** The positions it knows; the first is the default. */
const POSITIONS: readonly BannerPosition[] = ['bottom', 'top', 'inline'];

/** What the view needs of its banner beyond what every view needs (../shared/view-source.ts). */
export interface PolicyBannerHost extends ViewHost<ConsentPolicyBanner> {
  /** The policy link and the support line (ConsentLinkedElement's `links()`). */
  links(): TemplateResult;
}

/** The banner's own styles, adopted beside the shared base styles when this module arrives. */
const viewStyles = [bannerStyles];

/** One banner's view: renders the announcement and records the acknowledgement. */
export class PolicyBannerView {
  readonly #host: PolicyBannerHost;

  constructor(host: PolicyBannerHost) {
    this.#host = host;
  }

  /** **Got it**: the version announced now is acknowledged for good. An arrow: Lit calls it with the element as `this`. */
  readonly #acknowledge = (): void => {
    const notice = this.#host.element.notice;
    if (notice) this.#host.store().acknowledgePolicy(notice.version, { source: 'banner' });
  };

  /** The banner's shadow content, or nothing while no policy change is to be announced. */
  render(): TemplateResult | typeof nothing {
    const { element, t } = this.#host;
    const notice = element.notice;
    const { state, config } = this.#host.store();
    // A value outside its set warns (once per page) and renders as the default.
    const position = oneOf('consent-policy-banner', 'position', element.position, POSITIONS);
    // Fixed at an edge, it waits for the notice's decision rather than cover it (or be covered).
    if (!notice || (position !== 'inline' && state.needsNotice)) return nothing;
    const { lastUpdated } = config.policy;
    const iso = notice.effectiveDate ?? (notice.inForce ? lastUpdated : undefined);
    const date = iso && formatDate(iso, element.locale);
    const message = !notice.inForce
      ? t('banner.upcoming', { date, days: daysUntil(iso) })
      : t(date ? 'banner.updated' : 'banner.updatedUndated', { date });
    return html`<section part="base" class=${position} aria-label=${t('banner.label')}>
      <div class="text">
        <p part="message"><slot>${message}</slot></p>
        ${this.#host.links()}
      </div>
      <button part="button acknowledge" class="btn" @click=${this.#acknowledge}>
        ${t('banner.acknowledge')}
      </button>
    </section>`;
  }
}

/** Makes the view of one banner, its styles handed to the banner to adopt with its first render. */
export function createView(host: PolicyBannerHost): PolicyBannerView {
  host.addStyles(viewStyles);
  return new PolicyBannerView(host);
}
