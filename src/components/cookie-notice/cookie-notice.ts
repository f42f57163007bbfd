import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { LanguagePart } from '../../copy/parts.js';
import type { CopyKey } from '../../copy/en.js';
import { ConsentLinkedElement } from '../shared/linked-element.js';
import { baseStyles } from '../shared/base.styles.js';
import { oneOf } from '../shared/warn-once.js';
import type { ConsentState, ConsentStoreApi } from '../../store/types.js';
import { noticeStyles } from './cookie-notice.styles.js';
import { preferencesDialogLoader, type PreferencesDialogModule } from './preferences-loader.js';

const POSITIONS = [
  'bottom',
  'top',
  'center',
  'bottom-start',
  'bottom-end',
  'top-start',
  'top-end',
] as const;
const LAYOUTS = ['box', 'bar'] as const;
/**
 * What shows that a visitor heads for Customize or a settings link before clicking it. A finger
 * on the screen fires `pointerover` too (before `touchstart`): mouse, pen, touch and keyboard are
 * covered by two document listeners.
 */
const INTENT_EVENTS = ['pointerover', 'focusin'] as const;
/** The strings the preferences dialog brings (copy/parts.ts). */
const PREFERENCES_PART: readonly LanguagePart[] = ['preferences'];

/**
 * Where the first layer sits: at the bottom (default) or top edge, in a chosen corner of it
 * (`-start`, `-end`; logical, so they follow `dir`), or `center`, a modal dialog.
 */
export type NoticePosition = (typeof POSITIONS)[number];

/** The first layer's shape: `box`, a compact card; `bar`, a full-width strip. */
export type NoticeLayout = (typeof LAYOUTS)[number];

/** The element that has focus, looking inside shadow roots (a button of this notice, say). */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

/**
 * The cookie notice, in two layers. The first layer says what cookies are and what the site uses
 * them for, with **Accept all** and **Reject all** at equal weight, a lighter **Customize**, and
 * the policy and support links under them. **Customize** opens the second layer: a modal
 * preferences dialog with one row per category (none pre-ticked, required ones marked "Always
 * on"), **Accept all**, **Reject all** and **Save choices**, and a close button (×) that records
 * nothing. The notice shows itself while no valid decision exists (`state.needsNotice`); `show()`
 * or a click on any element carrying `data-consent-settings` opens the preferences at any time. In
 * the opt-out regime the first layer is informational (**OK** / **Opt out**).
 *
 * The first layer is a non-modal dialog that overlays the page (it never shifts layout and never
 * takes focus on page load; its buttons come first in its tab order, then the links);
 * `position="center"` makes it modal. The preferences dialog is always modal: focus moves to its
 * first switch and stays inside; Escape or × closes it and gives focus back to where it was.
 *
 * The preferences dialog is a module of its own, loaded when a visitor first heads for it (a
 * pointer, focus or touch on **Customize** or a settings link), so a visitor who answers on the
 * first layer never downloads it. If it cannot load, a warning and `consent-error`
 * (`module-unavailable`) say so and the first layer keeps working.
 *
 * Decisions are announced by the store as `consent-change` on `document`.
 *
 * @summary Asks for, and records, cookie consent.
 * @tag consent-cookie-notice
 *
 * @slot title - Rich heading, replaces `notice.title`.
 * @slot - Rich explanation, replaces `notice.body` and `notice.usage`/`notice.usageOptOut`.
 * @slot support - Rich support line, replaces `support.text` and its link.
 *
 * @fires consent-change - Not from the element itself: the store dispatches it on `document` (bubbles,
 * composed) once per decision made here (`detail.source` is `notice`).
 *
 * @csspart base - The first layer's `<dialog>`.
 * @csspart title - The first layer's heading.
 * @csspart body - The explanation.
 * @csspart links - The line with the policy link and the support contact.
 * @csspart policy-link - The link to the privacy policy.
 * @csspart support - The support line.
 * @csspart support-link - The support `mailto:` or web link.
 * @csspart actions - A button row (first layer and preferences).
 * @csspart button - Every button of the rows.
 * @csspart accept - Accept all (opt-out regime: OK).
 * @csspart reject - Reject all (opt-out regime: Opt out).
 * @csspart customize - Opens the preferences.
 * @csspart preferences - The preferences `<dialog>`.
 * @csspart preferences-title - Its heading.
 * @csspart close - Its close button (×): leaves without recording anything.
 * @csspart categories - Its list of categories.
 * @csspart option - One category row (and one service row).
 * @csspart label - A category label (the summary that expands its description), or a service's name.
 * @csspart description - A category's or a service's description.
 * @csspart always-on - "Always on", in place of a required category's switch (and its services').
 * @csspart mixed - "Partly allowed", beside the switch of a category whose services do not all share its choice.
 * @csspart services - The list of a category's services, nested in its row.
 * @csspart service - One service row (with `option`).
 * @csspart switch - A category's or a service's switch (`aria-checked="true"` = allowed).
 * @csspart thumb - The switch's knob.
 * @csspart save - Saves the preferences.
 *
 * @cssproperty --consent-font - Font family. Default `system-ui, sans-serif`. (Set `font-size` on
 * the element to scale its type; default 14px body text.)
 * @cssproperty --consent-surface - Background.
 * @cssproperty --consent-text - Text colour.
 * @cssproperty --consent-muted - Secondary text colour (descriptions, the links line).
 * @cssproperty --consent-accent - Accept and Reject, links, checked switches.
 * @cssproperty --consent-accent-text - Text on the accent colour.
 * @cssproperty --consent-border - Borders, dividers and unchecked switches.
 * @cssproperty --consent-radius - Corner radius. Default `0.5rem`.
 * @cssproperty --consent-spacing - Base spacing. Default `1rem`.
 * @cssproperty --consent-shadow - Shadow of the overlay.
 * @cssproperty --consent-z-index - Stacking order of the overlay. Default `2147483000`.
 * @cssproperty --consent-focus-ring - Focus outline. Default `3px solid` accent.
 * @cssproperty --consent-max-width - Width of the box (default `24rem`) and of the preferences
 * dialog (`36rem`); the bar spans the viewport.
 * @cssproperty --consent-color-scheme - Unset (default): the page's `color-scheme` (light where
 * the page declares none); `light`, `dark`, or `light dark` (follows the OS).
 */
export class ConsentCookieNotice extends ConsentLinkedElement {
  static override styles = baseStyles;
  static override shownStyles = [noticeStyles];

  static override copyProperties: Record<string, string> = {
    'notice.title': 'heading',
    'notice.body': 'message',
    'notice.accept': 'acceptLabel',
    'notice.ok': 'acceptLabel',
    'notice.reject': 'rejectLabel',
    'notice.optOut': 'rejectLabel',
    'notice.customize': 'customizeLabel',
    'notice.save': 'saveLabel',
    'notice.close': 'closeLabel',
    'policy.link': 'policyLabel',
    'support.text': 'supportText',
  };

  static override properties: PropertyDeclarations = {
    // Not reflected: a default written onto the host before a framework hydrates server HTML
    // would differ from that HTML (React reports a hydration mismatch in development).
    position: {},
    layout: {},
    heading: {},
    message: {},
    acceptLabel: { attribute: 'accept-label' },
    rejectLabel: { attribute: 'reject-label' },
    customizeLabel: { attribute: 'customize-label' },
    saveLabel: { attribute: 'save-label' },
    closeLabel: { attribute: 'close-label' },
  };

  /**
   * `bottom` (default) or `top`: a non-modal overlay at that edge; the box sits in the
   * inline-start corner, or the one `bottom-end`, `top-end` (`bottom-start`, `top-start`) name; on
   * a phone it spans the width. `center`: a modal dialog (the page behind is inert). Another
   * value warns and counts as `bottom`.
   */
  position: NoticePosition = 'bottom';

  /** `box` (default): a compact card; `bar`: a full-width strip. Another value warns and counts as `box`. */
  layout: NoticeLayout = 'box';

  /** Overrides copy `notice.title`. */
  declare heading?: string;
  /** Overrides copy `notice.body`. */
  declare message?: string;
  /** Overrides copy `notice.accept` (and `notice.ok` in the opt-out regime). */
  declare acceptLabel?: string;
  /** Overrides copy `notice.reject` (and `notice.optOut` in the opt-out regime). */
  declare rejectLabel?: string;
  /** Overrides copy `notice.customize`. */
  declare customizeLabel?: string;
  /** Overrides copy `notice.save`. */
  declare saveLabel?: string;
  /** Overrides copy `notice.close` (the accessible name of the preferences' × button). */
  declare closeLabel?: string;

  // Internal state: every method that changes it calls `requestUpdate()`.
  /** The first layer was opened by `show('main')`, whatever the store says. */
  #forced = false;
  /** Closed by `hide()` although the store still asks for a decision. */
  #dismissed = false;
  /** The preferences dialog is open. */
  #preferences = false;
  /**
   * The preferences' switches, by category id and by service id (`marketing.youtube`), once the
   * visitor flipped one; until then they show the grants of `#stateAtOpen`.
   */
  #choices?: Record<string, boolean>;
  /** The consent state when the preferences opened, which their switches start from. */
  #stateAtOpen?: ConsentState;
  /** What to focus after the next render. */
  #focusAfterUpdate?: HTMLElement | string;
  /** Where focus goes back to when the preferences (or a re-opened first layer) close. */
  #returnFocus?: HTMLElement;
  /** The preferences dialog's module, once this element has it. */
  #dialogModule?: PreferencesDialogModule;
  /** The dialog module is loading for this element. */
  #dialogLoading?: Promise<void>;

  /** Whether the notice is showing (its first layer or its preferences). */
  get open(): boolean {
    return this.#preferences || this.#firstLayerOpen;
  }

  get #firstLayerOpen(): boolean {
    return this.#forced || (!this.#dismissed && this.consent.store.state.needsNotice);
  }

  /**
   * Opens the preferences dialog with the current choices (what a "Cookie settings" link does),
   * or with `'main'` the first layer.
   */
  show(view: 'main' | 'customize' = 'customize'): void {
    this.#dismissed = false;
    if (view === 'customize') {
      this.#openPreferences();
      return;
    }
    this.#returnFocus = deepActiveElement();
    this.#forced = true;
    this.#focusAfterUpdate = '[part~=accept]';
    this.requestUpdate();
  }

  /** Closes the notice (both layers) without recording anything; the store is unchanged. */
  hide(): void {
    this.#dismissed = true;
    this.#close();
  }

  protected select({ state }: ConsentStoreApi): unknown[] {
    return [state.needsNotice, state.decided, state.regime];
  }

  /** While the preferences are open, their strings too: the dialog first paints in the language. */
  protected override languageParts(): readonly LanguagePart[] {
    return this.#preferences ? PREFERENCES_PART : [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this.#onDocumentClick);
    for (const type of INTENT_EVENTS)
      document.addEventListener(type, this.#onDocumentIntent, { passive: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this.#onDocumentClick);
    for (const type of INTENT_EVENTS) document.removeEventListener(type, this.#onDocumentIntent);
  }

  /** The one delegated listener that makes any `[data-consent-settings]` open the preferences. */
  #onDocumentClick = (event: Event): void => {
    for (const node of event.composedPath()) {
      if (node === this) return;
      if ((node as Element).hasAttribute?.('data-consent-settings')) {
        event.preventDefault();
        this.show();
        return;
      }
    }
  };

  /**
   * A pointer, focus or touch reaching Customize or a settings link: a click is likely, so the
   * dialog loads now and the click does not wait for it. (Composed events: the path runs through
   * this shadow root.)
   */
  #onDocumentIntent = (event: Event): void => {
    if (this.#dialogModule) return;
    const customize = this.renderRoot.querySelector('[part~="customize"]');
    const path = event.composedPath();
    if (
      path.some(
        (node) => node === customize || (node as Element).hasAttribute?.('data-consent-settings'),
      )
    )
      this.#loadDialog();
  };

  /**
   * Makes the preferences dialog's module available to this element and renders: at once when
   * another notice already loaded it, else once it has loaded. A failed load was reported by the
   * loader; preferences waiting for it close, and the first layer keeps working.
   */
  #loadDialog(): void {
    if (this.#dialogModule) return;
    // The dialog's strings, in this notice's language, travel beside its module.
    void this.languageReady(PREFERENCES_PART);
    const loaded = preferencesDialogLoader.module;
    if (loaded) {
      this.#useDialog(loaded);
      return;
    }
    this.#dialogLoading ??= preferencesDialogLoader.load().then((module) => {
      this.#dialogLoading = undefined;
      if (module) this.#useDialog(module);
      else if (this.#preferences) this.#closePreferences();
    });
  }

  #useDialog(module: PreferencesDialogModule): void {
    this.#dialogModule = module;
    this.addPartStyles(module.preferencesStyles);
    this.requestUpdate();
  }

  /** `updateComplete` also waits for the dialog module while it loads, so the dialog is there after it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#dialogLoading) {
      await this.#dialogLoading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  #openPreferences(): void {
    // The switches are drawn from this state by the dialog's module, which may still be loading.
    this.#stateAtOpen = this.consent.store.state;
    this.#choices = undefined;
    this.#returnFocus = deepActiveElement();
    this.#preferences = true;
    this.#focusAfterUpdate = '.switch, [part~=save]';
    this.#loadDialog();
    this.requestUpdate();
  }

  /** × or Escape: back to where the preferences were opened from, recording nothing. */
  #closePreferences(): void {
    this.#preferences = false;
    this.#focusAfterUpdate = this.#returnFocus;
    this.#returnFocus = undefined;
    this.requestUpdate();
  }

  /** Leaves the forced state and, if the notice was opened from elsewhere, gives focus back. */
  #close(): void {
    if (this.#forced || this.#preferences) this.#focusAfterUpdate = this.#returnFocus;
    this.#forced = false;
    this.#preferences = false;
    this.#returnFocus = undefined;
    this.requestUpdate();
  }

  #decide(action: (store: ConsentStoreApi) => void): void {
    // Closing first: the decision re-renders the element, which then finds both layers closed.
    this.#close();
    action(this.consent.store);
  }

  /** Escape on a re-opened first layer closes it; on a first visit the notice waits for a choice. */
  #onFirstLayerKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    if (this.consent.store.state.decided) this.hide();
  }

  /**
   * Accept all and Reject all, the same two buttons at equal weight on both layers: a pair of equal
   * columns, so they keep one width whatever their labels.
   */
  #acceptAndReject(optOut: boolean) {
    const source = { source: 'notice' } as const;
    return html`<div class="pair">
      ${this.#decisionButton('accept', optOut ? 'notice.ok' : 'notice.accept', (s) =>
        s.acceptAll(source),
      )}
      ${this.#decisionButton('reject', optOut ? 'notice.optOut' : 'notice.reject', (s) =>
        s.rejectAll(source),
      )}
    </div>`;
  }

  /** One button of the pair: its part, its words, and the decision a click records. */
  #decisionButton(
    name: 'accept' | 'reject',
    label: CopyKey,
    action: (store: ConsentStoreApi) => void,
  ) {
    return html`<button part="button ${name}" class="btn" @click=${() => this.#decide(action)}>
      ${this.t(label)}
    </button>`;
  }

  protected override render() {
    const optOut = this.consent.store.state.regime === 'opt-out';
    // Two layers side by side, each rendered only while it shows (no template of their own around them).
    return [
      this.#firstLayerOpen ? this.#firstLayer(optOut) : nothing,
      // While its module loads, the dialog is not rendered yet; its focus target waits for it.
      this.#preferences && this.#dialogModule
        ? this.#preferencesDialog(this.#dialogModule, optOut)
        : nothing,
    ];
  }

  /**
   * The first layer, rendered only while it shows: a returning visitor's page (a decision exists)
   * builds none of it, neither its template nor its copy, until a settings link asks for it.
   */
  #firstLayer(optOut: boolean) {
    // A value outside its set warns (once per page) and renders as the default.
    const position = oneOf('consent-cookie-notice', 'position', this.position, POSITIONS);
    const layout = oneOf('consent-cookie-notice', 'layout', this.layout, LAYOUTS);
    // A non-modal layer is open from its template: Lit sets the attribute on the fragment before it
    // joins the shadow root, where opening the dialog afterwards took 0.3-1 ms more of a page
    // load's script time on a 4x slower CPU. A modal one is opened by `showModal()` in `updated()`.
    return html`<dialog
      part="base"
      class="first ${layout} ${position.split('-').join(' ')}"
      ?open=${position !== 'center'}
      aria-labelledby="title"
      @keydown=${this.#onFirstLayerKeydown}
      @cancel=${(e: Event) => e.preventDefault()}
      @close=${() => this.#firstLayerOpen && this.requestUpdate()}
    >
      <div class="text">
        <h2 part="title" id="title"><slot name="title">${this.t('notice.title')}</slot></h2>
        <div part="body">
          <slot
            ><p>
              ${this.t('notice.body')} ${this.t(optOut ? 'notice.usageOptOut' : 'notice.usage')}
            </p></slot
          >
        </div>
      </div>
      <div part="actions" class="actions">
        ${this.#acceptAndReject(optOut)}
        <button part="button customize" class="btn light" @click=${() => this.#openPreferences()}>
          ${this.t('notice.customize')}
        </button>
      </div>
      ${this.links()}
    </dialog>`;
  }

  /** The second layer, rendered by its own module from the notice's state. */
  #preferencesDialog(
    { preferencesDialog, initialChoices }: PreferencesDialogModule,
    optOut: boolean,
  ) {
    const { store } = this.consent;
    const { categories } = store.config;
    const choices = this.#choices ?? initialChoices(categories, this.#stateAtOpen ?? store.state);
    return preferencesDialog({
      categories,
      choices,
      t: (key) => this.t(key),
      categoryText: (id, field, config) => this.categoryText(id, field, config),
      acceptAndReject: this.#acceptAndReject(optOut),
      save: html`<button
        part="button save"
        class="btn"
        @click=${() => this.#decide((s) => s.setCategories(choices, { source: 'notice' }))}
      >
        ${this.t('notice.save')}
      </button>`,
      onChoices: (choices) => {
        this.#choices = choices;
        this.requestUpdate();
      },
      // Guarded: the dialog's close event may come after the notice already closed the preferences.
      onClose: () => this.#preferences && this.#closePreferences(),
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Lit may still update an element the host just removed; a detached dialog cannot be shown.
    if (!this.isConnected) return;
    // Rendered only while it shows; a closed first layer has left the shadow root (and the top layer).
    const first = this.renderRoot.querySelector<HTMLDialogElement>('dialog.first');
    if (first) {
      const modal = first.classList.contains('center');
      if (first.open && first.matches(':modal') !== modal) first.close();
      if (!first.open) {
        // Modal, or closed behind the template's back. A non-modal dialog is opened by attribute:
        // `show()` would move focus on page load.
        if (modal) first.showModal();
        else first.setAttribute('open', '');
      }
    }
    const preferences = this.renderRoot.querySelector<HTMLDialogElement>('dialog.preferences');
    if (preferences && !preferences.matches(':modal')) {
      // Taken out of the document and put back, a modal dialog stays open but is no longer
      // modal; dropping `open` (no close event: nothing was decided) lets it be shown modal again.
      preferences.removeAttribute('open');
      preferences.showModal();
    }
    // Focus meant for the preferences waits until their module has loaded and they render.
    if (this.#preferences && !preferences) return;
    const target = this.#focusAfterUpdate;
    this.#focusAfterUpdate = undefined;
    if (typeof target === 'string') {
      this.renderRoot.querySelector<HTMLElement>(`dialog[open] :is(${target})`)?.focus();
    } else target?.focus();
  }
}
