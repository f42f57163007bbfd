import { css } from 'lit';

/**
 * The switch (switch.ts) and the row of a labelled switch (`.option`): drawn by the opt-out toggle
 * and the notice's preferences dialog, both loaded on demand, so these rules travel with them
 * rather than with the shared base styles every element parses on start. One object for both, so
 * a page that shows both parses it once.
 */
export const switchStyles = css`
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
    flex: none;
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
  .switch[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.5;
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
  }
`;
