import { html, nothing, type TemplateResult } from 'lit';
import { serviceId } from '../../core/services.js';
import { switchButton } from '../shared/switch.js';
import type { CategoryConfig, ConsentState, ServiceConfig } from '../../store/types.js';

export { preferencesStyles } from './preferences-dialog.styles.js';

/**
 * What the preferences dialog shows and what its controls do. The notice owns the state (which
 * dialog is open, the switches' values, focus); this module renders it and works out the switches'
 * values: their first ones from the consent state (`initialChoices`), and what a flip makes of them.
 */
export interface PreferencesDialogView {
  /** The site's categories, in order. */
  categories: readonly CategoryConfig[];
  /**
   * The switches' values, by category id and by service id (`marketing.youtube`); required
   * categories and their services have none.
   */
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
  /** A switch was flipped: the switches' values it leaves (by id, as `choices`). */
  onChoices: (choices: Record<string, boolean>) => void;
  /** ×, Escape or the dialog closing: leave without recording anything. */
  onClose: () => void;
}

/**
 * The switches' values as the preferences open: the current grants of every optional category and
 * its services; none before a decision in the opt-in regime (no switch is pre-ticked).
 */
export function initialChoices(
  categories: readonly CategoryConfig[],
  state: ConsentState,
): Record<string, boolean> {
  const current = state.decided || state.regime === 'opt-out';
  return Object.fromEntries(
    categories
      .filter((c) => !c.required)
      .flatMap((c) => [
        [c.id, current && state.categories[c.id]],
        ...(c.services ?? []).map(({ id }) => {
          const service = serviceId(c.id, id);
          return [service, current && state.services[service]];
        }),
      ]),
  );
}

/** "Always on", in place of a required category's switch (and its services'). */
const alwaysOn = (view: PreferencesDialogView) =>
  html`<span part="always-on" class="always-on">${view.t('notice.alwaysOn')}</span>`;

/**
 * Whether the switches of category `c`'s services do not all match the category's: the category is
 * partly allowed. The category's switch keeps its own value (what the category itself is granted)
 * and "Partly allowed" beside it says so: `role="switch"` has no mixed state.
 */
const isMixed = (view: PreferencesDialogView, c: CategoryConfig): boolean =>
  !c.required &&
  (c.services ?? []).some((s) => !!view.choices[serviceId(c.id, s.id)] !== !!view.choices[c.id]);

/**
 * Flips the switch of a category (`marketing`) or of a service (`marketing.youtube`): a category's
 * sets its services with it, as the store does.
 */
function flip(view: PreferencesDialogView, id: string): void {
  const granted = !view.choices[id];
  const services =
    view.categories
      .find((c) => c.id === id)
      ?.services?.map((service) => [serviceId(id, service.id), granted]) ?? [];
  view.onChoices({ ...view.choices, [id]: granted, ...Object.fromEntries(services) });
}

/** One service of category `c`, nested under it: its name, description and switch. */
function service(
  view: PreferencesDialogView,
  c: CategoryConfig,
  s: ServiceConfig,
  id: string,
): TemplateResult {
  const full = serviceId(c.id, s.id);
  return html`<li part="option service" class="row service">
    <div>
      <span part="label" id="${id}-l">${s.label}</span>
      ${
        s.description
          ? html`<div part="description" class="description" id="${id}-d">${s.description}</div>`
          : nothing
      }
    </div>
    ${
      c.required
        ? alwaysOn(view)
        : switchButton({
            id,
            checked: !!view.choices[full],
            labelledBy: `${id}-l`,
            describedBy: s.description ? `${id}-d` : undefined,
            onToggle: () => flip(view, full),
          })
    }
  </li>`;
}

/**
 * One category: its label expands its description; its switch, or "Always on", with "Partly
 * allowed" before it when its services differ from it; then its services, each with its own switch.
 * "Partly allowed" shares the switch's line, in a column of its own, so it comes and goes without
 * moving anything: on a line of its own it grew the dialog, which, centred, moved the switch just
 * flipped.
 */
function category(view: PreferencesDialogView, c: CategoryConfig, i: number): TemplateResult {
  const id = `c${i}`;
  const label = view.categoryText(c.id, 'label', c);
  const description = view.categoryText(c.id, 'description', c);
  const mixed = isMixed(view, c);
  const describedBy = [description ? `${id}-d` : '', mixed ? `${id}-m` : ''].join(' ').trim();
  const control = c.required
    ? alwaysOn(view)
    : switchButton({
        id,
        checked: !!view.choices[c.id],
        labelledBy: `${id}-l`,
        describedBy: describedBy || undefined,
        onToggle: () => flip(view, c.id),
      });
  const services = c.services ?? [];
  return html`<div part="option" class="row">
    ${
      description
        ? html`<details>
            <summary part="label" id="${id}-l">${label}</summary>
            <div part="description" class="description" id="${id}-d">${description}</div>
          </details>`
        : html`<span part="label" id="${id}-l">${label}</span>`
    }
    ${
      mixed
        ? html`<span part="mixed" class="mixed" id="${id}-m">${view.t('notice.mixed')}</span>`
        : nothing
    }
    ${control}
    ${
      services.length > 0
        ? html`<ul part="services" class="services" aria-labelledby="${id}-l">
            ${services.map((s, j) => service(view, c, s, `${id}-s${j}`))}
          </ul>`
        : nothing
    }
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
 * row per category (with a nested row per service) and the action row (Accept all, Reject all, Save choices). The notice shows it
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
