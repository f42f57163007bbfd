import { css } from 'lit';

/**
 * The toggle: a block with its own surface (no border), so its colours (light or dark) never depend
 * on the page behind it; the switch row, then its explanatory lines.
 */
export const toggleStyles = css`
  [part='base'] {
    padding: var(--_half);
    border: 0;
  }
  .description p {
    margin: 0.25em 0 0;
  }
`;
