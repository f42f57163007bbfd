import { css } from 'lit';

/** The banner: a block in the page flow (the shared surface), message and links, then **Got it**. */
export const bannerStyles = css`
  section {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_half) var(--_space);
  }
  .text {
    flex: 1 1 16rem;
  }
  .links {
    margin: 0;
  }
  .btn {
    flex: 0 1 auto;
  }
`;
