import { css } from 'lit';

/** The banner: a bordered block in the page flow, message and links, then **Got it**. */
export const bannerStyles = css`
  section {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .text {
    flex: 1 1 16rem;
  }
  .text p:last-child {
    margin: 0;
  }
  .btn {
    flex: 0 1 auto;
  }
`;
