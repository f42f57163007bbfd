import { nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { isGranted } from '../../core/state.js';
import { ConsentElement } from '../shared/consent-element.js';
import { baseStyles } from '../shared/base.styles.js';
import type { ConsentStoreApi } from '../../store/types.js';
import type { OptOutToggleView } from './opt-out-toggle-view.js';
import { optOutToggleView } from './view-source.js';

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
 * composed; `detail.code` is `unknown-category`). When its view is missing or cannot load, the
 * library fires it on `document` (`module-unavailable`).
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
// The class is what every page registers at once; how it is drawn and what its switch does is a
// module of its own, handed over by the entry that registers the tag (view-source.ts).
export class ConsentOptOutToggle extends ConsentElement {
  /** The shared base styles; the toggle's own arrive with its view. */
  static override styles = [baseStyles];

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

  /** How this toggle is drawn and what its switch does, once the view module has loaded. */
  #view?: OptOutToggleView;

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

  /**
   * Every update waits for the view (the first toggle to connect loads it): until then the toggle
   * renders nothing. The strings of its language load meanwhile, not after.
   */
  protected override viewLoading() {
    return optOutToggleView.loading();
  }

  protected override update(changed: PropertyValues): void {
    // The view, once its module is there.
    this.#view ??= optOutToggleView.module?.createView({
      element: this,
      store: () => this.consent.store,
      t: (key, vars) => this.t(key, vars),
      categoryText: (id, field, config) => this.categoryText(id, field, config),
      ids: () => this.#ids(),
      addStyles: (styles) => this.addPartStyles(styles),
    });
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#view?.updated();
  }

  protected override render() {
    return this.#view?.render() ?? nothing;
  }
}
