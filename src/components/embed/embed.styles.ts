import { css } from 'lit';

/**
 * What the embed adds to the shared styles, which already give `part="base"` its surface, border
 * and radius, the row of buttons (`.actions`, `.btn`, `.light`), the link look (`.link`), the muted
 * `.description`, the title's type (`.title`) and the spacing of paragraphs. In forced colours the
 * browser draws the placeholder's border in the system's text colour by itself.
 *
 * The embed's box keeps the embed's size in both states (its inline size and aspect ratio come
 * from the element's attributes, never from its content), so loading or unloading the embed never
 * moves the page. The placeholder scrolls inside the box when its text needs more room (a phone,
 * a long translation, 200 % zoom) rather than stretch it.
 */
export const embedStyles = css`
  .box {
    position: relative;
    display: grid;
    max-inline-size: 100%;
    padding: 0;
    overflow: hidden;
  }
  /* Loaded, the embed is the whole picture: no surface or border of ours around it. */
  .loaded {
    border: 0;
    background: none;
  }
  /* The poster and the embed fill the box exactly (a percentage height of a box sized by its ratio is not reliable). */
  .poster,
  iframe,
  ::slotted(*) {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    border: 0;
  }
  .poster {
    object-fit: cover;
  }
  /* A <template>'s content: its elements stretch to the box (a single player fills it). */
  ::slotted([data-consent-embed-content]) {
    display: grid;
  }
  /*
   * Its content centred in the box, spaced by the paragraphs' own bottom margins. A scrolling grid
   * item has no minimum size: long text never stretches the box.
   */
  .placeholder {
    position: relative;
    display: flex;
    flex-flow: column;
    justify-content: center;
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
  /* Cookie settings: a button that reads as a link, as tall as the buttons beside it. */
  .link {
    min-block-size: 2.5rem;
    padding: 0.5em 0.25em;
    border: 0;
    background: none;
    text-decoration: underline;
  }
`;
