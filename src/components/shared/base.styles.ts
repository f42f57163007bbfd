import { css } from 'lit';

/**
 * Shared by every element: the theming tokens (`--consent-*`, light and dark defaults through
 * `light-dark()`), `:host` display, `[hidden]`, box sizing, the surface of `part="base"`, focus
 * ring, buttons and links. Only logical properties (`inline`/`block`), so RTL works. The switch's
 * rules are not here: only the toggle and the preferences dialog, both loaded on demand, draw one
 * (switch.styles.ts), so a page that shows neither neither downloads nor parses them.
 *
 * The colour scheme is the page's: `color-scheme` is inherited, so without `--consent-color-scheme`
 * the declaration below is invalid at computed-value time and the host inherits the page's value
 * (`normal`, i.e. light, where the page declares none). The type scale is relative to the host's
 * `font-size` (14px by default), which a page rule on the element overrides.
 */
export const baseStyles = css`
  :host {
    --_surface: var(--consent-surface, light-dark(#fff, #1f1f1f));
    --_text: var(--consent-text, light-dark(#1a1a1a, #f3f3f3));
    --_accent: var(--consent-accent, light-dark(#222, #ececec));
    --_accent-text: var(--consent-accent-text, light-dark(#fff, #161616));
    --_border: var(--consent-border, light-dark(#767676, #8f8f8f));
    --_muted: var(--consent-muted, light-dark(#545454, #c2c2c2));
    /* Dividers and the surface's edge: a quieter tone of the border colour. */
    --_divider: color-mix(in srgb, var(--_border) 45%, transparent);
    /* The lighter button (Customize): a tint of the text colour on the surface. */
    --_soft: color-mix(in srgb, var(--_text) 8%, var(--_surface));
    --_radius: var(--consent-radius, 0.5rem);
    --_space: var(--consent-spacing, 1rem);
    --_half: calc(var(--_space) / 2);
    display: block;
    color-scheme: var(--consent-color-scheme);
    color: var(--_text);
    font: 0.875rem/1.45 var(--consent-font, system-ui, sans-serif);
    /* A long word (a German compound, a URL) wraps instead of pushing the layout sideways at 320 px. */
    overflow-wrap: anywhere;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  * {
    box-sizing: border-box;
  }
  [part='base'] {
    padding: var(--_space);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  p,
  h2 {
    margin: 0 0 var(--_half);
  }
  /* A heading's type; the embed's title (a paragraph: the embed is no section of the page) reads the same. */
  h2,
  .title {
    font-size: 1.143em;
    font-weight: 600;
    line-height: 1.3;
  }
  /* Links, and buttons that read as links (the embed's Cookie settings). */
  a,
  .link {
    color: inherit;
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: var(--consent-focus-ring, 3px solid var(--_accent));
    outline-offset: 2px;
  }
  .description {
    color: var(--_muted);
  }
  /* The policy link and the support line (notice and banner), wrapping as whole items. */
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0;
    color: var(--_muted);
    font-size: 0.929em;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  /* A row of actions (the notice's, the embed's) that wraps whole buttons; a button keeps its own
     width (flex's initial value; the notice's rows stretch theirs). */
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .btn {
    min-block-size: 2.5rem;
    padding: 0.5em 0.875em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
  }
  .light {
    border-color: transparent;
    background: var(--_soft);
    color: var(--_text);
  }
  @media (forced-colors: active) {
    .btn {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
