import { css } from 'lit';

/**
 * The notice's two layers. The first is a fixed overlay (it never shifts layout): a `box` in a
 * corner of the bottom or top edge, or a full-width `bar`; on a narrow viewport both span the width
 * at that edge; `center` is a modal. The preferences dialog's own rules live beside it
 * (preferences-dialog.styles.ts); the rules here are shared by both layers.
 */
export const noticeStyles = css`
  dialog {
    z-index: var(--consent-z-index, 2147483000);
    margin: 0;
    max-inline-size: none;
    max-block-size: calc(100% - 2 * var(--_space));
    overflow: auto;
    box-shadow: var(--consent-shadow, 0 0.25rem 1.5rem rgb(0 0 0 / 0.2));
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .first {
    position: fixed;
    inset-block: auto var(--_space);
    inset-inline: var(--_space) auto;
    inline-size: min(100% - 2 * var(--_space), var(--consent-max-width, 24rem));
    padding: 1.25em;
  }
  .first.top {
    inset-block: var(--_space) auto;
  }
  .first.end {
    inset-inline: auto var(--_space);
  }
  .first:modal {
    inset: 0;
    margin: auto;
    block-size: fit-content;
  }
  .bar:not(:modal) {
    inset-inline: 0;
    inset-block-end: 0;
    inline-size: 100%;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas: 'text actions' 'links actions';
    gap: 0 2.5em;
    align-items: center;
    padding: 0.875em max(var(--_space), 50% - 40rem);
    border-width: 1px 0 0;
    border-radius: 0;
  }
  /* Only while open: a closed dialog keeps the UA's display: none. */
  .bar[open]:not(:modal) {
    display: grid;
  }
  .bar.top:not(:modal) {
    inset-block: 0 auto;
    border-width: 0 0 1px;
  }
  .bar .text {
    grid-area: text;
  }
  .bar .actions {
    grid-area: actions;
    margin: 0;
  }
  .text p {
    margin: 0;
  }
  /* The shared action row (base styles), with the notice's buttons sharing its width. */
  .actions {
    margin-block-start: 1em;
  }
  .btn {
    flex: 1 1 auto;
  }
  .pair {
    flex: 2 1 auto;
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: inherit;
  }
  .links {
    margin-block-start: 0.875em;
  }
  .bar .links {
    grid-area: links;
    margin-block-start: 0.25em;
  }
  @media (max-width: 40rem) {
    .first:not(:modal) {
      inset-inline: 0;
      inset-block: auto 0;
      inline-size: 100%;
      padding: 1em var(--_space);
      border-width: 1px 0 0;
      border-radius: var(--_radius) var(--_radius) 0 0;
    }
    .first.top:not(:modal) {
      inset-block: 0 auto;
      border-width: 0 0 1px;
      border-radius: 0 0 var(--_radius) var(--_radius);
    }
    .bar[open]:not(:modal) {
      display: block;
    }
    .bar .actions {
      margin-block-start: 0.875em;
    }
  }
  @media (forced-colors: active) {
    dialog {
      border: 2px solid CanvasText;
    }
  }
`;
