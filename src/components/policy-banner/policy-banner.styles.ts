import { css } from 'lit';

/**
 * The banner: message and links, then **Got it**. Fixed over the bottom (or top) edge of the
 * viewport, so it never shifts layout and its button is in view on any page length; or a block in
 * the page flow (`inline`).
 */
export const bannerStyles = css`
  section {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 2em;
  }
  .bottom,
  .top {
    position: fixed;
    inset: auto 0 0;
    z-index: var(--consent-z-index, 2147483000);
    padding: 0.875em max(var(--_space), 50% - 40rem);
    border-width: 1px 0 0;
    border-radius: 0;
    box-shadow: var(--consent-shadow, 0 0.25rem 1.5rem rgb(0 0 0 / 0.2));
  }
  .top {
    inset-block: 0 auto;
    border-width: 0 0 1px;
  }
  .text {
    flex: 1 1 20rem;
  }
  p {
    margin: 0;
  }
  .links {
    margin-block-start: 0.25em;
  }
`;
