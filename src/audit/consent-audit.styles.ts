import { css } from 'lit';

/** The overlay: a small fixed box in the bottom corner, the timeline scrolling inside it. */
export const auditStyles = css`
  :host {
    --_fail: var(--consent-audit-fail, light-dark(#b3261e, #f2b8b5));
    --_pass: var(--consent-audit-pass, light-dark(#146c2e, #6dd58c));
    position: fixed;
    inset-block-end: var(--_half);
    inset-inline-start: var(--_half);
    z-index: var(--consent-audit-z-index, 2147483000);
    max-inline-size: min(40rem, calc(100vw - var(--_space)));
    font-size: 0.875rem;
  }
  [part='base'] {
    padding: var(--_half);
    box-shadow: 0 2px 12px rgb(0 0 0 / 25%);
  }
  [part='toggle'] {
    display: flex;
    align-items: center;
    gap: var(--_half);
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.25em 0.75em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: none;
    font-weight: 600;
    text-align: start;
  }
  .badge {
    padding: 0 0.5em;
    border: 2px solid currentcolor;
    border-radius: var(--_radius);
  }
  .fail {
    color: var(--_fail);
  }
  .pass {
    color: var(--_pass);
  }
  [part='panel'] {
    max-block-size: 50vh;
    margin-block-start: var(--_half);
    overflow: auto;
  }
  h2 {
    font-size: 1em;
  }
  ol {
    margin: 0 0 var(--_half);
    padding-inline-start: 1.5em;
  }
  li {
    margin-block-end: 0.25em;
    overflow-wrap: anywhere;
  }
  code {
    font-family: ui-monospace, monospace;
  }
  @media (forced-colors: active) {
    [part='toggle'] {
      border-color: ButtonText;
    }
  }
`;
