import { css } from 'lit';

/**
 * The notice: the shared surface as a fixed overlay (bottom, top, or a centred modal dialog); it
 * never shifts layout.
 */
export const noticeStyles = css`
  dialog {
    position: fixed;
    inset: auto 0 0;
    z-index: var(--consent-z-index, 2147483000);
    inline-size: min(100% - 2 * var(--_space), var(--consent-max-width, 40rem));
    max-inline-size: none;
    max-block-size: calc(100% - 2 * var(--_space));
    margin: var(--_space) auto;
    overflow: auto;
    box-shadow: var(--consent-shadow, 0 0.25rem 1.5rem rgb(0 0 0 / 0.3));
  }
  :host([position='top']) dialog {
    inset: 0 0 auto;
  }
  dialog:modal {
    inset: 0;
    margin: auto;
    block-size: fit-content;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  fieldset {
    margin: 0 0 var(--_space);
    padding: 0;
    border: 0;
  }
  legend,
  .option {
    margin-block-end: var(--_half);
  }
  legend {
    padding: 0;
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_half);
  }
  .links {
    font-size: 0.875em;
  }
  .links a + span {
    margin-inline-start: 0.5em;
  }
  @media (forced-colors: active) {
    [part='base'] {
      border: 2px solid CanvasText;
    }
  }
`;
