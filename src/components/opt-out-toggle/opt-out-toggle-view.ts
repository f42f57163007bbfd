/**
 * How `<consent-opt-out-toggle>` is drawn and what its switch does: its template, its styles, the
 * flip and the report of an unknown category. A module of its own, so the CDN entry registers the
 * element (its properties, its store connection, `optedOut`) on import and fetches this only when
 * the first toggle connects (see view-source.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { findService } from '../../core/services.js';
import { inSentence } from '../../copy/index.js';
import { switchTemplate } from '../shared/switch.js';
import { switchStyles } from '../shared/switch.styles.js';
import type { ViewHost } from '../shared/view-source.js';
import { warnOnce } from '../shared/warn-once.js';
import type { CategoryConfig, ConsentErrorDetail } from '../../store/types.js';
import type { ConsentOptOutToggle } from './opt-out-toggle.js';
import { toggleStyles } from './opt-out-toggle.styles.js';

/** What the view needs of its toggle beyond what every view needs (../shared/view-source.ts). */
export interface OptOutToggleHost extends ViewHost<ConsentOptOutToggle> {
  categoryText(
    id: string,
    field: 'label' | 'description',
    config?: CategoryConfig,
  ): string | undefined;
  /** The category ids the switch stands for (every optional one for `*`). */
  ids(): string[];
}

/** The toggle's own styles, adopted beside the shared base styles when this module arrives. */
const viewStyles = [switchStyles, toggleStyles];

/** One toggle's view: renders its switch and records the visitor's flips. */
export class OptOutToggleView {
  readonly #host: OptOutToggleHost;
  /** The unknown category last reported, so a re-render does not report it again. */
  #reportedUnknown?: string;

  constructor(host: OptOutToggleHost) {
    this.#host = host;
  }

  /** The configured category the switch controls; `undefined` for `*`, a service and an unknown id. */
  get #config(): CategoryConfig | undefined {
    const { category } = this.#host.element;
    return this.#host.store().config.categories.find((c) => c.id === category);
  }

  /** The configured service the switch controls, when `category` is a service id. */
  get #service() {
    return findService(this.#host.store().config, this.#host.element.category);
  }

  get #unknown(): boolean {
    return this.#host.element.category !== '*' && !this.#config && !this.#service;
  }

  #flip(): void {
    const { element } = this.#host;
    const store = this.#host.store();
    const granted = element.optedOut;
    const options = { source: 'toggle' } as const;
    if (element.category === '*') {
      store.setCategories(Object.fromEntries(this.#host.ids().map((id) => [id, granted])), options);
    } else if (this.#service) store.setService(element.category, granted, options);
    else store.setCategory(element.category, granted, options);
    element.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** After each update: says once, in the console and as `consent-error`, that the category is not configured. */
  updated(): void {
    const { element } = this.#host;
    if (!this.#unknown) {
      this.#reportedUnknown = undefined;
      return;
    }
    if (this.#reportedUnknown === element.category) return;
    this.#reportedUnknown = element.category;
    const known = this.#host
      .store()
      .config.categories.map((c) => c.id)
      .join(', ');
    const message = `<consent-opt-out-toggle> category="${element.category}" is not configured (known: ${known}, a service as <category>.<service>, or *); the switch is inactive.`;
    warnOnce(message);
    const detail: ConsentErrorDetail = { code: 'unknown-category', message };
    element.dispatchEvent(
      new CustomEvent('consent-error', { detail, bubbles: true, composed: true }),
    );
  }

  /** The toggle's shadow content: the switch row with its label and lines (parts in the element's docs). */
  render(): TemplateResult {
    const { element, t } = this.#host;
    const { state } = this.#host.store();
    const { category, allow } = element;
    const all = category === '*';
    const service = this.#service;
    // A service's name is a proper name (YouTube, Google Maps): it keeps its case in the sentence.
    const config = this.#config ?? service?.service;
    const label = this.#host.categoryText(category, 'label', config) ?? category;
    const name = service ? label : inSentence(label, element.locale);
    const text = this.#host.categoryText(category, 'description', config);
    const labelKey = allow ? 'toggle.allow' : 'toggle.label';
    return html`<div part="base">
      ${switchTemplate({
        id: 's',
        checked: allow !== element.optedOut,
        // Required categories and their services cannot be refused.
        inert: this.#unknown || (this.#config ?? service?.category)?.required === true,
        label: html`<slot name="label"
          >${t(all ? `${labelKey}All` : labelKey, { category: name })}</slot
        >`,
        description: html`<p part="category-description"><slot>${all ? '' : text}</slot></p>
          ${element.hideStoredNote ? nothing : html`<p part="stored">${t('toggle.stored')}</p>`}
          ${state.gpcApplied ? html`<p part="gpc">${t('toggle.gpc')}</p>` : nothing}`,
        onToggle: () => this.#flip(),
      })}
    </div>`;
  }
}

/** Makes the view of one toggle, its styles handed to the toggle to adopt with its first render. */
export function createView(host: OptOutToggleHost): OptOutToggleView {
  host.addStyles(viewStyles);
  return new OptOutToggleView(host);
}
