import { css } from 'lit';

/**
 * Shared by the three elements: the theming tokens (`--consent-*`, light and dark defaults through
 * `light-dark()`), `:host` display, `[hidden]`, box sizing, the surface of `part="base"`, focus
 * ring, buttons, links and the switch. Only logical properties (`inline`/`block`), so RTL works.
 */
export const baseStyles = css`
  :host {
    --_surface: var(--consent-surface, light-dark(#fff, #1f1f1f));
    --_text: var(--consent-text, light-dark(#1a1a1a, #f3f3f3));
    --_accent: var(--consent-accent, light-dark(#0b57d0, #a8c7fa));
    --_accent-text: var(--consent-accent-text, light-dark(#fff, #0b1d3a));
    --_border: var(--consent-border, light-dark(#767676, #8f8f8f));
    --_radius: var(--consent-radius, 0.5rem);
    --_space: var(--consent-spacing, 1rem);
    --_half: calc(var(--_space) / 2);
    display: block;
    color-scheme: var(--consent-color-scheme, light dark);
    color: var(--_text);
    font: 1rem/1.5 var(--consent-font, system-ui, sans-serif);
    /* A long word (a German compound, a URL) wraps instead of pushing the layout sideways at 320 px. */
    overflow-wrap: anywhere;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  * {
    box-sizing: border-box;
  }
  [part='base'] {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  p,
  h2 {
    margin: 0 0 var(--_half);
  }
  h2 {
    font-size: 1.25em;
    line-height: 1.3;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: var(--consent-focus-ring, 3px solid var(--_accent));
    outline-offset: 2px;
  }
  .muted,
  .description {
    color: var(--consent-muted, light-dark(#545454, #c2c2c2));
    font-size: 0.875em;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .btn {
    flex: 1 1 9rem;
    min-block-size: 2.75rem;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
  }
  .secondary {
    background: none;
    color: var(--_accent);
  }
  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    gap: 0 0.75em;
  }
  .description {
    grid-column: 2;
  }
  .switch {
    display: inline-flex;
    align-items: center;
    inline-size: 2.75rem;
    block-size: 1.5rem;
    padding: 2px;
    border: 2px solid var(--_border);
    border-radius: 1rem;
    background: var(--_surface);
  }
  .thumb {
    inline-size: 1rem;
    block-size: 1rem;
    border-radius: 50%;
    background: var(--_border);
  }
  .switch[aria-checked='true'] {
    justify-content: flex-end;
    border-color: var(--_accent);
    background: var(--_accent);
  }
  .switch[aria-checked='true'] .thumb {
    background: var(--_accent-text);
  }
  .switch:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  @media (prefers-reduced-motion: no-preference) {
    .thumb {
      transition: transform 0.15s;
    }
    .switch:active .thumb {
      transform: scale(1.15);
    }
  }
  @media (forced-colors: active) {
    .btn,
    .switch {
      border-color: ButtonText;
    }
    .thumb {
      background: ButtonText;
    }
    .switch[aria-checked='true'] {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
    }
    .switch[aria-checked='true'] .thumb {
      background: HighlightText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
