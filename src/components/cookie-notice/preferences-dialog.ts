import { html, type TemplateResult } from 'lit';
import { switchButton } from '../shared/switch.js';
import type { CategoryConfig } from '../../store/types.js';

export { preferencesStyles } from './preferences-dialog.styles.js';

/**
 * What the preferences dialog shows and what its controls do. The notice owns the state (which
 * dialog is open, the switches' values, focus); this module only renders it.
 */
export interface PreferencesDialogView {
  /** The site's categories, in order. */
  categories: readonly CategoryConfig[];
  /** The switches' values, by category id (required categories have none). */
  choices: Readonly<Record<string, boolean>>;
  /** The resolved copy for a key (the notice's `t`). */
  t: (key: string) => string;
  /** A category's resolved label or description (the notice's `categoryText`). */
  categoryText: (
    id: string,
    field: 'label' | 'description',
    config: CategoryConfig,
  ) => string | undefined;
  /** Accept all and Reject all: the same pair as on the first layer, so both stay equal in weight. */
  acceptAndReject: TemplateResult;
  /** The Save button (`part="button save"`), made by the notice like its other action buttons. */
  save: TemplateResult;
  /** A category switch was flipped. */
  onToggle: (categoryId: string) => void;
  /** ×, Escape or the dialog closing: leave without recording anything. */
  onClose: () => void;
}

/** One category: its label expands its description; its switch, or "Always on". */
function category(view: PreferencesDialogView, c: CategoryConfig, i: number): TemplateResult {
  const id = `c${i}`;
  const label = view.categoryText(c.id, 'label', c);
  const description = view.categoryText(c.id, 'description', c);
  const control = c.required
    ? html`<span part="always-on" class="always-on">${view.t('notice.alwaysOn')}</span>`
    : switchButton({
        id,
        checked: !!view.choices[c.id],
        labelledBy: `${id}-l`,
        describedBy: description ? `${id}-d` : undefined,
        onToggle: () => view.onToggle(c.id),
      });
  return html`<div part="option" class="row">
    ${
      description
        ? html`<details>
            <summary part="label" id="${id}-l">${label}</summary>
            <div part="description" class="description" id="${id}-d">${description}</div>
          </details>`
        : html`<span part="label" id="${id}-l">${label}</span>`
    }
    ${control}
  </div>`;
}

/**
 * Escape leaves the preferences like ×. Handled here rather than left to the dialog's own
 * cancel, which a browser may skip (close-watcher rules) or a host page may intercept.
 */
function onKeydown(view: PreferencesDialogView, event: KeyboardEvent): void {
  if (event.key !== 'Escape') return;
  event.preventDefault();
  view.onClose();
}

/**
 * The notice's second layer: a modal `<dialog part="preferences">` with a header (title, ×), one
 * row per category and the action row (Accept all, Reject all, Save choices). The notice shows it
 * modal once rendered.
 */
export function preferencesDialog(view: PreferencesDialogView): TemplateResult {
  return html`<dialog
    part="preferences"
    id="preferences"
    class="preferences"
    aria-labelledby="preferences-title"
    @keydown=${(event: KeyboardEvent) => onKeydown(view, event)}
    @close=${view.onClose}
  >
    <header class="header">
      <h2 part="preferences-title" id="preferences-title">${view.t('notice.categories')}</h2>
      <button
        part="close"
        class="close"
        aria-label=${view.t('notice.close')}
        @click=${view.onClose}
      >
        ×
      </button>
    </header>
    <div part="categories" class="categories">
      ${view.categories.map((c, i) => category(view, c, i))}
    </div>
    <div part="actions" class="actions">${view.acceptAndReject} ${view.save}</div>
  </dialog>`;
}
