import { html, LitElement, nothing, type PropertyDeclaration } from 'lit';
import { baseStyles } from '../components/shared/base.styles.js';
import { VERSION } from '../components/shared/version.js';
import { getConsentStore } from '../store/index.js';
import type { ConsentErrorDetail, ConsentState } from '../store/types.js';
import { Classifier, readAuditCategories, type AuditCategories } from './classify.js';
import {
  AuditLedger,
  describeConsent,
  type AuditObservation,
  type AuditReport,
  type AuditViolation,
  type ConsentEntry,
  type ConsentSnapshot,
} from './ledger.js';
import { PageWatcher } from './page-watcher.js';
import { auditStyles } from './consent-audit.styles.js';

/** Reads the `categories` attribute as JSON; text that is not JSON stays text (reported on connect). */
const categoriesConverter: PropertyDeclaration['converter'] = {
  fromAttribute(value) {
    try {
      return JSON.parse(value ?? '') as unknown;
    } catch {
      return value;
    }
  },
};

const EMPTY_REPORT: AuditReport = { verdict: 'pass', violations: [], observed: [], consent: [] };

/** Consent as the audit records it: decided, and the categories granted. */
function snapshot(state: ConsentState): ConsentSnapshot {
  return {
    decided: state.decided,
    granted: Object.keys(state.categories).filter((id) => state.categories[id] === true),
  };
}

const seconds = (at: number): string => `${(at / 1000).toFixed(1)} s`;

/** Observations and consent changes in one list, in time order (consent first at equal times). */
function timeline(
  observed: AuditObservation[],
  consent: ConsentEntry[],
): (AuditObservation | ConsentEntry)[] {
  return [...consent, ...observed].sort((a, b) => a.at - b.at);
}

function renderConsent({ at, consent }: ConsentEntry): unknown {
  return html`<li part="event consent">${seconds(at)}: consent: ${describeConsent(consent)}</li>`;
}

/**
 * A development overlay that proves a page honours consent while it is being built. It watches
 * cookies, `localStorage`/`sessionStorage` keys and requests to other hosts, sorts each by consent
 * category (the `categories` option, the consent config's `cookies` patterns, then a built-in table
 * of well-known trackers), and flags as a violation anything of a category that is not strictly
 * necessary written or requested before that category is granted, or still there or requested after
 * it is withdrawn. Each violation is logged once to the console (`console.warn`). Not for
 * production: load it from `consent-elements/audit` or `dist/cdn/consent-audit.js` while developing
 * or in tests, as early in the page as possible.
 *
 * @summary Audits a page for tracking before consent and after withdrawal.
 * @tag consent-audit
 *
 * @fires consent-error - When the `categories` option is not valid (`code: 'invalid-config'`,
 * `key: 'categories'`); the valid rest is used.
 *
 * @csspart base - The overlay's box.
 * @csspart toggle - The button that shows or hides the panel; it carries the verdict.
 * @csspart panel - The panel: verdict, violations and timeline. It scrolls, so it takes focus
 * (Tab), and Escape inside the overlay collapses it.
 * @csspart verdict - The sentence with the verdict.
 * @csspart violations - The list of violations.
 * @csspart violation - One violation.
 * @csspart timeline - The list of everything observed, in time order.
 * @csspart event - One entry of the timeline.
 * @csspart consent - A timeline entry that says how consent stood (also `event`).
 *
 * @cssproperty --consent-accent - Focus ring colour (unless `--consent-focus-ring` is set).
 * @cssproperty --consent-font - Font family.
 * @cssproperty --consent-surface - Background.
 * @cssproperty --consent-text - Text colour.
 * @cssproperty --consent-border - Border.
 * @cssproperty --consent-radius - Corner radius.
 * @cssproperty --consent-spacing - Base spacing.
 * @cssproperty --consent-focus-ring - Focus outline.
 * @cssproperty --consent-color-scheme - `light dark` (default), `light` or `dark`.
 * @cssproperty --consent-audit-fail - Colour of the failing verdict and of violations.
 * @cssproperty --consent-audit-pass - Colour of the passing verdict.
 * @cssproperty --consent-audit-z-index - Stacking order of the overlay.
 */
export class ConsentAudit extends LitElement {
  /** The library version of this class; registration warns when another version owns the tag. */
  static version = VERSION;

  static override styles = [baseStyles, auditStyles];

  static override properties = {
    open: { type: Boolean, reflect: true },
    categories: { converter: categoriesConverter },
    withdrawalGrace: { type: Number, attribute: 'withdrawal-grace' },
    pollInterval: { type: Number, attribute: 'poll-interval' },
  };

  /** The panel is expanded. */
  open = false;

  /**
   * The site's own classification, per category id: `{"analytics": {"cookies": ["_pk_*"], "hosts":
   * ["stats.example.com"]}}`. Cookie patterns (`*` wildcard) also classify storage keys; a host also
   * covers its subdomains. Wins over the consent config's `cookies` and the built-in table. Read
   * when the element connects; what is not valid is ignored with a warning and `consent-error`.
   */
  categories: AuditCategories = {};

  /** ms a site has, after a withdrawal, to remove what it stored for that category. Read on connect. */
  withdrawalGrace = 1000;

  /** ms between two looks at cookies (without CookieStore) and storage keys. */
  pollInterval = 500;

  /** The last report shown; replaced when something new was observed. */
  #report: AuditReport = EMPTY_REPORT;
  #ledger: AuditLedger | undefined;
  #watcher: PageWatcher | undefined;
  #unsubscribe: (() => void) | undefined;
  readonly #graceTimers = new Set<ReturnType<typeof setTimeout>>();

  /**
   * What the audit found so far: `verdict` (`fail` when there is any violation), the `violations`
   * (each once, in time order, with `consentAtThatTime` and a `message`) and everything `observed`.
   * Looks at cookies, storage and resource timing once more before answering.
   */
  report(): AuditReport {
    if (!this.#watcher) return this.#report;
    this.#watcher.scan();
    this.#watcher.sweepRequests();
    return this.#report;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stop();
  }

  #start(): void {
    const store = getConsentStore();
    const { categories, problems } = readAuditCategories(this.categories);
    for (const problem of problems) this.#reportProblem(problem);
    const classifier = new Classifier(store.config.categories, categories);
    const ledger = new AuditLedger(classifier, { withdrawalGrace: this.withdrawalGrace });
    ledger.consent(0, snapshot(store.state));
    const watcher = new PageWatcher(
      {
        names: (set, names) => this.#record(ledger.scan(set, names, performance.now())),
        request: (url, startTime) => this.#record([ledger.request(url, startTime)]),
      },
      { pollInterval: this.pollInterval },
    );
    this.#unsubscribe = store.subscribe(({ state, previous }) => {
      ledger.consent(performance.now(), snapshot(state));
      watcher.scan();
      const withdrawn = Object.keys(previous.categories).some(
        (id) => previous.categories[id] === true && state.categories[id] !== true,
      );
      if (withdrawn) this.#scanAfterGrace();
    });
    this.#ledger = ledger;
    this.#watcher = watcher;
    watcher.start();
  }

  #stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#watcher?.stop();
    this.#watcher = undefined;
    for (const timer of this.#graceTimers) clearTimeout(timer);
    this.#graceTimers.clear();
  }

  /** A `categories` value the audit cannot use: a warning, and `consent-error` as the store fires it. */
  #reportProblem(message: string): void {
    console.warn(`consent-audit: ${message}`);
    const detail: ConsentErrorDetail = { code: 'invalid-config', key: 'categories', message };
    this.dispatchEvent(new CustomEvent('consent-error', { bubbles: true, composed: true, detail }));
  }

  /** Looks again once the site has had its grace period to clean up after a withdrawal. */
  #scanAfterGrace(): void {
    const timer = setTimeout(() => {
      this.#graceTimers.delete(timer);
      this.#watcher?.scan();
    }, this.withdrawalGrace + 50);
    this.#graceTimers.add(timer);
  }

  #record(found: (AuditViolation | undefined)[]): void {
    const ledger = this.#ledger;
    if (!ledger) return;
    for (const violation of found) {
      if (violation) console.warn(`consent-audit: ${violation.message}`);
    }
    const report = ledger.report();
    const previous = this.#report;
    if (
      report.observed.length !== previous.observed.length ||
      report.violations.length !== previous.violations.length ||
      report.consent.length !== previous.consent.length
    ) {
      this.#report = report;
      this.requestUpdate();
    }
  }

  #toggle(): void {
    this.open = !this.open;
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.open) return;
    this.open = false;
    this.renderRoot.querySelector<HTMLButtonElement>('[part~="toggle"]')?.focus();
  }

  protected override render(): unknown {
    const { verdict, violations, observed, consent } = this.#report;
    const count = violations.length;
    const summary =
      count === 0 ? 'no violations so far' : `${count} ${count === 1 ? 'violation' : 'violations'}`;
    return html`<section part="base" aria-label="Consent audit" @keydown=${this.#onKeydown}>
      <button
        part="toggle"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        @click=${this.#toggle}
      >
        <span class="badge ${verdict}">${verdict === 'pass' ? 'PASS' : 'FAIL'}</span>
        <span>Consent audit: ${summary}</span>
      </button>
      <div
        id="panel"
        part="panel"
        role="region"
        aria-label="Consent audit report"
        tabindex="0"
        ?hidden=${!this.open}
      >
        <p part="verdict">
          ${
            verdict === 'pass'
              ? 'Nothing was stored or requested without consent.'
              : 'Tracking happened without consent.'
          }
        </p>
        ${
          count === 0
            ? nothing
            : html`<h2>Violations</h2>
                <ol part="violations">
                  ${violations.map((v) => html`<li part="violation" class="fail">${v.message}</li>`)}
                </ol>`
        }
        <h2>Timeline</h2>
        <ol part="timeline">
          ${timeline(observed, consent).map((entry) =>
            'kind' in entry ? this.#renderObservation(entry) : renderConsent(entry),
          )}
        </ol>
      </div>
    </section>`;
  }

  #renderObservation(o: AuditObservation): unknown {
    const where = o.kind === 'storage' ? `${o.area ?? 'storage'} key` : o.kind;
    const category = o.category === null ? 'unclassified' : o.category;
    return html`<li part="event">
      ${seconds(o.at)}: ${where} <code>${o.name}</code> ${o.event}
      (${category}${o.vendor ? `, ${o.vendor}` : ''}); consent:
      ${describeConsent(o.consentAtThatTime)}
    </li>`;
  }
}
