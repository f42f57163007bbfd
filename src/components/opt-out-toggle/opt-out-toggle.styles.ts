import { css } from 'lit';

/**
 * The toggle: a block with its own surface, so its colours (light or dark) never depend on the
 * page behind it; the switch row, then its explanatory lines.
 */
export const toggleStyles = css`
  [part='base'] {
    padding: calc(var(--_space) / 2);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .option {
    margin: 0;
  }
  .description p {
    margin: 0.25em 0 0;
  }
`;
