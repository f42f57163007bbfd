import { css } from 'lit';

/**
 * The embed's box keeps the embed's size in both states (its inline size and aspect ratio come
 * from the element's attributes, never from its content), so loading or unloading the embed never
 * moves the page. The placeholder scrolls inside the box when its text needs more room (a phone,
 * a long translation, 200 % zoom) rather than stretch it.
 */
export const embedStyles = css`
  .box {
    position: relative;
    padding: 0;
    border-width: 0;
    background: none;
    max-inline-size: 100%;
    overflow: hidden;
    border-radius: var(--_radius);
  }
  .placeholder-box {
    display: grid;
    border-width: 1px;
    background: var(--_surface);
  }
  .poster {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .placeholder {
    position: relative;
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: var(--_half);
    min-block-size: 0;
    overflow: auto;
    padding: var(--_space);
  }
  /* Over a poster the text sits on a panel of the surface colour, so it keeps its contrast. */
  .poster + .placeholder {
    align-self: end;
    margin: var(--_half);
    padding: var(--_half) var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  p {
    margin: 0;
  }
  .title {
    font-size: 1.143em;
    font-weight: 600;
    line-height: 1.3;
  }
  .message {
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_half);
  }
  .btn {
    flex: 0 1 auto;
  }
  .settings {
    min-block-size: 2.5rem;
    padding: 0.5em 0.25em;
    border: 0;
    background: none;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* The embed fills the box exactly (a percentage height of a box sized by its ratio is not reliable). */
  iframe,
  ::slotted(*) {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    border: 0;
  }
  /* A <template>'s content: its elements stretch to the box (a single player fills it). */
  ::slotted([data-consent-embed-content]) {
    display: grid;
  }
  @media (forced-colors: active) {
    .placeholder-box {
      border-color: CanvasText;
    }
  }
`;
