import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { findService } from '../../core/services.js';
import { isGranted } from '../../core/state.js';
import { inSentence } from '../../copy/index.js';
import { ConsentElement } from '../shared/consent-element.js';
import { baseStyles } from '../shared/base.styles.js';
import { switchTemplate } from '../shared/switch.js';
import { switchStyles } from '../shared/switch.styles.js';
import { warnOnce } from '../shared/warn-once.js';
import type { CategoryConfig, ConsentErrorDetail, ConsentStoreApi } from '../../store/types.js';
import { toggleStyles } from './opt-out-toggle.styles.js';

/**
 * A labelled switch to opt out of one cookie category (or of every optional one with
 * `category="*"`, or of one service with its id, `category="marketing.youtube"`), at any time. By default `aria-checked="true"` means opted out ("Opt out of
 * analytics cookies"); with `allow` it reads "Allow analytics cookies" and `true` means allowed,
 * the notice's polarity. Flipping it records the choice at once; every other element on the page,
 * and in other tabs, follows. It says that the choice lives in a cookie (clearing cookies clears
 * it; `hide-stored-note` leaves that line to one toggle of a group) and, when the browser's Global
 * Privacy Control signal was honoured, says so. A category the configuration does not know warns
 * (naming the known ones) and renders an inactive switch (`aria-disabled="true"`).
 *
 * @summary The persistent way to opt out of (or back into) a cookie category.
 * @tag consent-opt-out-toggle
 *
 * @slot label - Rich label, replaces `toggle.label` / `toggle.labelAll` / `toggle.allow` / `toggle.allowAll`.
 * @slot - Rich description, replaces the category's description.
 *
 * @fires change - When the visitor flips the switch (bubbles, composed); read `optedOut`. The store
 * then announces `consent-change` on `document`.
 * @fires consent-change - Not from the element itself: the store dispatches it on `document` (bubbles,
 * composed) once per flip (`detail.source` is `toggle`).
 * @fires consent-error - When it renders for a category the configuration does not know (bubbles,
 * composed; `detail.code` is `unknown-category`).
 *
 * @csspart base - The wrapper.
 * @csspart option - The switch row.
 * @csspart switch - The switch (`role="switch"`; `aria-checked="true"` = opted out, or allowed with `allow`).
 * @csspart thumb - The switch's knob.
 * @csspart label - The label.
 * @csspart description - The lines under the label.
 * @csspart category-description - The category's description.
 * @csspart stored - "Your choice is stored in a cookie…".
 * @csspart gpc - "Your browser sent a Global Privacy Control signal…".
 *
 * @cssproperty --consent-font - Font family.
 * @cssproperty --consent-surface - Background of the unchecked switch.
 * @cssproperty --consent-text - Text colour.
 * @cssproperty --consent-muted - Description colour.
 * @cssproperty --consent-accent - Checked switch.
 * @cssproperty --consent-accent-text - Knob of the checked switch.
 * @cssproperty --consent-border - Unchecked switch.
 * @cssproperty --consent-radius - Corner radius of the wrapper's background.
 * @cssproperty --consent-spacing - Base spacing.
 * @cssproperty --consent-focus-ring - Focus outline.
 * @cssproperty --consent-color-scheme - Unset (default): the page's `color-scheme`; `light`,
 * `dark`, or `light dark` (follows the OS).
 */
export class ConsentOptOutToggle extends ConsentElement {
  static override styles = [baseStyles, switchStyles, toggleStyles];

  static override copyProperties: Record<string, string> = {
    'toggle.label': 'label',
    'toggle.labelAll': 'label',
    'toggle.allow': 'label',
    'toggle.allowAll': 'label',
    'toggle.stored': 'storedText',
    'toggle.gpc': 'gpcText',
  };

  static override properties: PropertyDeclarations = {
    category: { reflect: true },
    allow: { type: Boolean, reflect: true },
    hideStoredNote: { type: Boolean, attribute: 'hide-stored-note' },
    label: {},
    storedText: { attribute: 'stored-text' },
    gpcText: { attribute: 'gpc-text' },
  };

  /**
   * The category id this switch controls (`analytics`), or a service id (`marketing.youtube`: that
   * service alone, labelled with its name); `*` means every non-required category.
   */
  category = 'analytics';

  /** An "Allow … cookies" switch: `aria-checked="true"` means allowed (default: opted out). */
  allow = false;

  /** Leaves out the "stored in a cookie" line (show it once, under the last toggle of a group). */
  hideStoredNote = false;

  /** Overrides the label's copy (`toggle.label`, `toggle.labelAll`, `toggle.allow`, `toggle.allowAll`; `{category}`). */
  declare label?: string;
  /** Overrides copy `toggle.stored`. */
  declare storedText?: string;
  /** Overrides copy `toggle.gpc`. */
  declare gpcText?: string;

  /** The unknown category last reported, so a re-render does not report it again. */
  #reportedUnknown?: string;

  /** Whether the visitor is opted out of the category or service (of every optional category for `*`). */
  get optedOut(): boolean {
    const { state } = this.consent.store;
    return this.#ids().every((id) => !isGranted(state, id));
  }

  /** Its strings travel with its chunk, per language (copy/parts.ts). */
  protected override languageParts() {
    return ['toggle'] as const;
  }

  protected select(store: ConsentStoreApi): unknown[] {
    const { state } = store;
    return [state.gpcApplied, ...this.#ids().map((id) => isGranted(state, id))];
  }

  /** The category ids this switch stands for. */
  #ids(): string[] {
    return this.category === '*'
      ? this.consent.store.config.categories.filter((c) => !c.required).map((c) => c.id)
      : [this.category];
  }

  /** The configured category this switch controls; `undefined` for `*`, a service and an unknown id. */
  get #config(): CategoryConfig | undefined {
    return this.consent.store.config.categories.find((c) => c.id === this.category);
  }

  /** The configured service this switch controls, when `category` is a service id. */
  get #service() {
    return findService(this.consent.store.config, this.category);
  }

  get #unknown(): boolean {
    return this.category !== '*' && !this.#config && !this.#service;
  }

  #flip(): void {
    const { store } = this.consent;
    const granted = this.optedOut;
    const options = { source: 'toggle' } as const;
    if (this.category === '*') {
      store.setCategories(Object.fromEntries(this.#ids().map((id) => [id, granted])), options);
    } else if (this.#service) store.setService(this.category, granted, options);
    else store.setCategory(this.category, granted, options);
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** Says once, in the console and as `consent-error`, that the category is not configured. */
  #reportUnknownCategory(): void {
    if (this.#reportedUnknown === this.category) return;
    this.#reportedUnknown = this.category;
    const known = this.consent.store.config.categories.map((c) => c.id).join(', ');
    const message = `<consent-opt-out-toggle> category="${this.category}" is not configured (known: ${known}, a service as <category>.<service>, or *); the switch is inactive.`;
    warnOnce(message);
    const detail: ConsentErrorDetail = { code: 'unknown-category', message };
    this.dispatchEvent(new CustomEvent('consent-error', { detail, bubbles: true, composed: true }));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#unknown) this.#reportUnknownCategory();
    else this.#reportedUnknown = undefined;
  }

  protected override render() {
    const { state } = this.consent.store;
    const { category, allow } = this;
    const all = category === '*';
    const service = this.#service;
    // A service's name is a proper name (YouTube, Google Maps): it keeps its case in the sentence.
    const config = this.#config ?? service?.service;
    const label = this.categoryText(category, 'label', config) ?? category;
    const name = service ? label : inSentence(label, this.locale);
    const text = this.categoryText(category, 'description', config);
    const labelKey = allow ? 'toggle.allow' : 'toggle.label';
    return html`<div part="base">
      ${switchTemplate({
        id: 's',
        checked: allow !== this.optedOut,
        // Required categories and their services cannot be refused.
        inert: this.#unknown || (this.#config ?? service?.category)?.required === true,
        label: html`<slot name="label"
          >${this.t(all ? `${labelKey}All` : labelKey, { category: name })}</slot
        >`,
        description: html`<p part="category-description"><slot>${all ? '' : text}</slot></p>
          ${this.hideStoredNote ? nothing : html`<p part="stored">${this.t('toggle.stored')}</p>`}
          ${state.gpcApplied ? html`<p part="gpc">${this.t('toggle.gpc')}</p>` : nothing}`,
        onToggle: () => this.#flip(),
      })}
    </div>`;
  }
}
