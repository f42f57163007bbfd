import { html, nothing, type TemplateResult } from 'lit';

/** What a switch shows and does. */
export interface SwitchOptions {
  /** Unique within the shadow root; also prefixes the description id. */
  id: string;
  /** `aria-checked`: what "on" means is the caller's (toggle: opted out; Customize: granted). */
  checked: boolean;
  /** Visible label, the switch's accessible name (`<label for>`). */
  label: unknown;
  /** Extra lines under the label, the switch's accessible description. */
  description?: unknown;
  disabled?: boolean;
  onToggle?: () => void;
}

/**
 * The one switch of the library: a native `<button role="switch">` (Space and Enter work natively),
 * shared by `<consent-opt-out-toggle>` and the notice's Customize view.
 *
 * Parts: `option` (row), `switch`, `thumb`, `label`, `description`.
 */
export const switchTemplate = (o: SwitchOptions): TemplateResult =>
  html`<div part="option" class="option">
    <button
      type="button"
      role="switch"
      part="switch"
      class="switch"
      id=${o.id}
      aria-checked=${o.checked ? 'true' : 'false'}
      aria-describedby=${o.description ? `${o.id}-d` : nothing}
      ?disabled=${o.disabled}
      @click=${o.onToggle}
    >
      <span part="thumb" class="thumb"></span>
    </button>
    <label part="label" for=${o.id}>${o.label}</label>
    ${
      o.description
        ? html`<div part="description" class="description" id="${o.id}-d">${o.description}</div>`
        : nothing
    }
  </div>`;
