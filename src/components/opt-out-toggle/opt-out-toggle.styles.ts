import { css } from 'lit';

/** The toggle: an inline block, the switch row then its explanatory lines. */
export const toggleStyles = css`
  .description p {
    margin: 0.25em 0 0;
  }
`;
