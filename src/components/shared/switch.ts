import { html, nothing, type TemplateResult } from 'lit';

/** What a switch button shows and does. */
export interface SwitchButtonOptions {
  /** Unique within the shadow root. */
  id: string;
  /** `aria-checked`: what "on" means is the caller's (toggle: opted out, or allowed; preferences: allowed). */
  checked: boolean;
  /** Id of the element naming the switch, when no `<label for>` does. */
  labelledBy?: string;
  /** Id of the element describing the switch. */
  describedBy?: string;
  /**
   * `aria-disabled="true"`: the switch stays focusable (so its explanation can be read) but does
   * nothing and looks inactive.
   */
  inert?: boolean;
  onToggle?: () => void;
}

/**
 * The one switch of the library: a native `<button role="switch">` (Space and Enter work natively),
 * shared by `<consent-opt-out-toggle>` and the notice's preferences. Parts: `switch`, `thumb`.
 */
export const switchButton = (o: SwitchButtonOptions): TemplateResult =>
  html`<button
    type="button"
    role="switch"
    part="switch"
    class="switch"
    id=${o.id}
    aria-checked=${o.checked ? 'true' : 'false'}
    aria-labelledby=${o.labelledBy ?? nothing}
    aria-describedby=${o.describedBy ?? nothing}
    aria-disabled=${o.inert ? 'true' : 'false'}
    @click=${o.inert ? nothing : o.onToggle}
  >
    <span part="thumb" class="thumb"></span>
  </button>`;

/** A switch with its visible label and the lines that describe it. */
export interface SwitchOptions extends SwitchButtonOptions {
  /** Visible label, the switch's accessible name (`<label for>`). */
  label: unknown;
  /** Extra lines under the label, the switch's accessible description. */
  description?: unknown;
}

/** A switch row: the switch, its `<label>` and its description. Parts: `option`, `label`, `description`. */
export const switchTemplate = (o: SwitchOptions): TemplateResult =>
  html`<div part="option" class="option">
    ${switchButton({ ...o, describedBy: o.description ? `${o.id}-d` : undefined })}
    <label part="label" for=${o.id}>${o.label}</label>
    ${
      o.description
        ? html`<div part="description" class="description" id="${o.id}-d">${o.description}</div>`
        : nothing
    }
  </div>`;
