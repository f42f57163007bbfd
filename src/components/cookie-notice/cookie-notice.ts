import { html, nothing, type PropertyValues } from 'lit';
import { ConsentLinkedElement } from '../shared/linked-element.js';
import { baseStyles } from '../shared/base.styles.js';
import { switchTemplate } from '../shared/switch.js';
import type { CategoryConfig, ConsentStoreApi } from '../../store/types.js';
import { noticeStyles } from './cookie-notice.styles.js';

/** Where the notice sits: a bar at the bottom or top of the viewport, or a centred modal dialog. */
export type NoticePosition = 'bottom' | 'top' | 'center';

/**
 * The cookie notice: what cookies are and what the site uses them for, **Accept all** and
 * **Reject all** with equal weight, **Customize** (one switch per optional category, none
 * pre-ticked) with **Save choices**, the policy link and the support contact. It shows itself
 * while no valid decision exists (`state.needsNotice`), and again on `show()` or a click on any
 * element carrying `data-consent-settings`. In the opt-out regime it is an informational notice
 * (**OK** / **Opt out**). It overlays the page; `position="center"` makes it a modal `<dialog>`.
 * Escape leaves the Customize view (or closes a re-opened notice) without recording anything.
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
 * @attr heading - Overrides copy `notice.title`.
 * @attr message - Overrides copy `notice.body`.
 * @attr accept-label - Overrides `notice.accept` (and `notice.ok` in the opt-out regime).
 * @attr reject-label - Overrides `notice.reject` (and `notice.optOut`).
 * @attr customize-label - Overrides `notice.customize`.
 * @attr save-label - Overrides `notice.save`.
 * @attr close-label - Overrides `notice.close`.
 * @attr policy-label - Overrides `policy.link`.
 * @attr support-text - Overrides `support.text` (`{contact}` marks the link).
 *
 * @csspart base - The `<dialog>`.
 * @csspart title - The heading.
 * @csspart body - The explanation.
 * @csspart categories - The Customize view's `<fieldset>`.
 * @csspart categories-title - Its `<legend>`.
 * @csspart option - One category row.
 * @csspart switch - A category switch (`aria-checked="true"` = allowed).
 * @csspart thumb - The switch's knob.
 * @csspart label - A category label.
 * @csspart description - A category description.
 * @csspart links - The line with the policy link and the support contact.
 * @csspart policy-link - The link to the privacy policy.
 * @csspart support - The support line.
 * @csspart support-link - The support `mailto:` or web link.
 * @csspart actions - The button row.
 * @csspart button - Every button of the row.
 * @csspart accept - Accept all (opt-out regime: OK).
 * @csspart reject - Reject all (opt-out regime: Opt out).
 * @csspart customize - Opens the Customize view.
 * @csspart save - Saves the Customize choices.
 * @csspart close - Closes a re-opened notice without recording anything.
 *
 * @cssproperty --consent-font - Font family. Default `system-ui, sans-serif`.
 * @cssproperty --consent-surface - Background.
 * @cssproperty --consent-text - Text colour.
 * @cssproperty --consent-muted - Secondary text colour (descriptions).
 * @cssproperty --consent-accent - Buttons, links, checked switches.
 * @cssproperty --consent-accent-text - Text on the accent colour.
 * @cssproperty --consent-border - Borders and unchecked switches.
 * @cssproperty --consent-radius - Corner radius. Default `0.5rem`.
 * @cssproperty --consent-spacing - Base spacing. Default `1rem`.
 * @cssproperty --consent-shadow - Shadow of the overlay.
 * @cssproperty --consent-z-index - Stacking order of the overlay. Default `2147483000`.
 * @cssproperty --consent-focus-ring - Focus outline. Default `3px solid` accent.
 * @cssproperty --consent-max-width - Width of the overlay. Default `40rem`.
 * @cssproperty --consent-color-scheme - `light dark` (default, follows the system), `light` or `dark`.
 */
export class ConsentCookieNotice extends ConsentLinkedElement {
  static override styles = [baseStyles, noticeStyles];

  static override copyAttributes: Record<string, string> = {
    'notice.title': 'heading',
    'notice.body': 'message',
    'notice.accept': 'accept-label',
    'notice.ok': 'accept-label',
    'notice.reject': 'reject-label',
    'notice.optOut': 'reject-label',
    'notice.customize': 'customize-label',
    'notice.save': 'save-label',
    'notice.close': 'close-label',
    'policy.link': 'policy-label',
    'support.text': 'support-text',
  };

  static override properties = {
    position: { reflect: true },
  };

  /** `bottom` (default) or `top`: a non-modal bar; `center`: a modal dialog (the page behind is inert). */
  position: NoticePosition = 'bottom';

  // Internal state: every method that changes it calls `requestUpdate()`.
  #customizing = false;
  /** Opened by `show()` / a settings link, whatever the store says. */
  #forced = false;
  /** Closed by `hide()` although the store still asks for a decision. */
  #dismissed = false;
  /** The Customize view's switches, by category id. */
  #choices: Record<string, boolean> = {};
  /** What to focus after the next render. */
  #focusSelector?: string;
  /** Where focus goes back to when a re-opened notice closes. */
  #returnFocus?: HTMLElement;

  /** Whether the notice is showing. */
  get open(): boolean {
    return this.#forced || (!this.#dismissed && !!this.consent.store?.state.needsNotice);
  }

  /** Opens the notice (e.g. from a "Cookie settings" link), optionally straight in the Customize view. */
  show(view: 'main' | 'customize' = 'main'): void {
    this.#returnFocus = document.activeElement as HTMLElement | undefined;
    this.#forced = true;
    this.#dismissed = false;
    if (view === 'customize') this.#customize();
    else this.#showMain('.btn');
  }

  /** Closes the notice without recording anything; the store is unchanged. */
  hide(): void {
    this.#dismissed = true;
    this.#close();
  }

  protected select({ state }: ConsentStoreApi): unknown[] {
    return [state.needsNotice, state.decided, state.regime];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this.#onDocumentClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this.#onDocumentClick);
  }

  /** The one delegated listener that makes any `[data-consent-settings]` re-open the notice. */
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

  /** Back to the first layer, focusing `focusSelector` (if any) once rendered. */
  #showMain(focusSelector?: string): void {
    this.#customizing = false;
    this.#focusSelector = focusSelector;
    this.requestUpdate();
  }

  #customize(): void {
    const { state, config } = this.consent.store!;
    const current = state.decided || state.regime === 'opt-out';
    this.#choices = Object.fromEntries(
      config.categories
        .filter((c) => !c.required)
        .map((c) => [c.id, current && state.categories[c.id]]),
    );
    this.#customizing = true;
    this.#focusSelector = '.switch:not(:disabled), .btn';
    this.requestUpdate();
  }

  /** Leaves the forced (re-opened) state and, if it was forced, gives focus back. */
  #close(): void {
    if (this.#forced) {
      this.#forced = false;
      this.#returnFocus?.focus();
    }
    this.#returnFocus = undefined;
    this.#showMain();
  }

  #decide(action: (store: ConsentStoreApi) => void): void {
    action(this.consent.store!);
    this.#close();
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    if (this.#customizing) this.#showMain('[part~=customize]');
    else if (this.consent.store?.state.decided) this.hide();
  }

  #category(c: CategoryConfig, i: number) {
    const label = this.categoryText(c.id, 'label', c);
    return switchTemplate({
      id: `c${i}`,
      checked: !!(c.required || this.#choices[c.id]),
      disabled: c.required,
      label: c.required
        ? html`${label} <span class="muted">(${this.t('notice.alwaysOn')})</span>`
        : label,
      description: this.categoryText(c.id, 'description', c),
      onToggle: () => {
        this.#choices = { ...this.#choices, [c.id]: !this.#choices[c.id] };
        this.requestUpdate();
      },
    });
  }

  /** A button of the action row; `part` is added to `button`. */
  #button(part: string, key: string, onClick: () => void, secondary = false) {
    return html`<button
      part="button ${part}"
      class="btn ${secondary ? 'secondary' : ''}"
      @click=${onClick}
    >
      ${this.t(key)}
    </button>`;
  }

  protected override render() {
    const store = this.consent.store;
    if (!store) return nothing;
    const { state, config } = store;
    const optOut = state.regime === 'opt-out';
    const source = { source: 'notice' } as const;
    return html`<dialog
      part="base"
      aria-labelledby="title"
      @keydown=${this.#onKeydown}
      @cancel=${(e: Event) => e.preventDefault()}
      @close=${() => this.open && this.requestUpdate()}
    >
      <h2 part="title" id="title"><slot name="title">${this.t('notice.title')}</slot></h2>
      <div part="body">
        <slot
          ><p>
            ${this.t('notice.body')} ${this.t(optOut ? 'notice.usageOptOut' : 'notice.usage')}
          </p></slot
        >
      </div>
      ${
        this.#customizing
          ? html`<fieldset part="categories">
              <legend part="categories-title">${this.t('notice.categories')}</legend>
              ${config.categories.map((c, i) => this.#category(c, i))}
            </fieldset>`
          : nothing
      }
      ${this.links()}
      <div part="actions" class="actions">
        ${this.#button('accept', optOut ? 'notice.ok' : 'notice.accept', () =>
          this.#decide((s) => s.acceptAll(source)),
        )}
        ${this.#button('reject', optOut ? 'notice.optOut' : 'notice.reject', () =>
          this.#decide((s) => s.rejectAll(source)),
        )}
        ${
          this.#customizing
            ? this.#button(
                'save',
                'notice.save',
                () => this.#decide((s) => s.setCategories(this.#choices, source)),
                true,
              )
            : this.#button('customize', 'notice.customize', () => this.#customize(), true)
        }
        ${state.decided ? this.#button('close', 'notice.close', () => this.hide(), true) : nothing}
      </div>
    </dialog>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const dialog = this.renderRoot.querySelector('dialog');
    // Lit may still update an element the host just removed; a detached dialog cannot be shown.
    if (!dialog || !this.isConnected) return;
    const open = this.open;
    const modal = this.position === 'center';
    if (dialog.open && (!open || dialog.matches(':modal') !== modal)) dialog.close();
    if (open && !dialog.open) {
      if (modal) dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    if (open && this.#focusSelector) {
      this.renderRoot.querySelector<HTMLElement>(this.#focusSelector)?.focus();
    }
    this.#focusSelector = undefined;
  }
}
