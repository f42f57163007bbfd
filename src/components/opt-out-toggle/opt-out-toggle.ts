import { html, nothing } from 'lit';
import { ConsentElement } from '../shared/consent-element.js';
import { baseStyles } from '../shared/base.styles.js';
import { switchTemplate } from '../shared/switch.js';
import type { ConsentStoreApi } from '../../store/types.js';
import { toggleStyles } from './opt-out-toggle.styles.js';

/**
 * A labelled switch to opt out of one cookie category (or of every optional one with
 * `category="*"`), at any time. `aria-checked="true"` means opted out. Flipping it records the
 * choice at once; every other element on the page, and in other tabs, follows. It says that the
 * choice lives in a cookie (clearing cookies clears it) and, when the browser's Global Privacy
 * Control signal was honoured, says so.
 *
 * @summary The persistent way to opt out of (or back into) a cookie category.
 * @tag consent-opt-out-toggle
 *
 * @slot label - Rich label, replaces `toggle.label` / `toggle.labelAll`.
 * @slot - Rich description, replaces the category's description.
 *
 * @attr label - Overrides copy `toggle.label` / `toggle.labelAll` (`{category}` is the category label).
 * @attr stored-text - Overrides `toggle.stored`.
 * @attr gpc-text - Overrides `toggle.gpc`.
 *
 * @fires change - When the visitor flips the switch (bubbles, composed); read `optedOut`. The store
 * then announces `consent-change` on `document`.
 * @fires consent-change - Not from the element itself: the store dispatches it on `document` (bubbles,
 * composed) once per flip (`detail.source` is `toggle`).
 *
 * @csspart base - The wrapper.
 * @csspart option - The switch row.
 * @csspart switch - The switch (`role="switch"`, `aria-checked="true"` = opted out).
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
 * @cssproperty --consent-color-scheme - `light dark` (default), `light` or `dark`.
 */
export class ConsentOptOutToggle extends ConsentElement {
  static override styles = [baseStyles, toggleStyles];

  static override copyAttributes: Record<string, string> = {
    'toggle.label': 'label',
    'toggle.labelAll': 'label',
    'toggle.stored': 'stored-text',
    'toggle.gpc': 'gpc-text',
  };

  static override properties = {
    category: { reflect: true },
  };

  /** The category id this switch opts out of; `*` means every non-required category. */
  category = 'analytics';

  /** Whether the visitor is opted out of the category (of every optional one for `*`). */
  get optedOut(): boolean {
    const granted = this.consent.store?.state.categories ?? {};
    return this.#ids().every((id) => !granted[id]);
  }

  protected select(store: ConsentStoreApi): unknown[] {
    const { state } = store;
    return [state.gpcApplied, ...this.#ids(store).map((id) => state.categories[id])];
  }

  /** The category ids this switch stands for. */
  #ids(store = this.consent.store): string[] {
    return this.category === '*'
      ? (store?.config.categories ?? []).filter((c) => !c.required).map((c) => c.id)
      : [this.category];
  }

  #flip(): void {
    const store = this.consent.store!;
    const granted = this.optedOut;
    const options = { source: 'toggle' } as const;
    // One category goes through `setCategory`, which refuses (and records nothing for) an unknown id.
    if (this.category === '*') {
      store.setCategories(Object.fromEntries(this.#ids().map((id) => [id, granted])), options);
    } else store.setCategory(this.category, granted, options);
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  protected override render() {
    const store = this.consent.store;
    if (!store) return nothing;
    const { category } = this;
    const all = category === '*';
    const config = store.config.categories.find((c) => c.id === category);
    const name = this.categoryText(category, 'label', config) ?? category;
    const text = this.categoryText(category, 'description', config);
    return html`<div part="base">
      ${switchTemplate({
        id: 's',
        checked: this.optedOut,
        disabled: config?.required,
        label: html`<slot name="label"
          >${this.t(all ? 'toggle.labelAll' : 'toggle.label', { category: name })}</slot
        >`,
        description: html`<p part="category-description"><slot>${all ? '' : text}</slot></p>
          <p part="stored">${this.t('toggle.stored')}</p>
          ${store.state.gpcApplied ? html`<p part="gpc">${this.t('toggle.gpc')}</p>` : nothing}`,
        onToggle: () => this.#flip(),
      })}
    </div>`;
  }
}
