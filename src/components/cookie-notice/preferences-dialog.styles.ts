import { css } from 'lit';
import { switchStyles } from '../shared/switch.styles.js';

/**
 * The preferences dialog (the notice's second layer): a modal whose category list scrolls between
 * a fixed header (title, ×) and a fixed action bar. Shared rules (dialog, action rows, the pair of
 * equal buttons) are the notice's own (cookie-notice.styles.ts); its switches' are shared with the
 * opt-out toggle (switch.styles.ts). The notice adopts these after its own styles.
 */
export const preferencesStyles = [
  switchStyles,
  css`
    /* The surface, as part="base" has it, unpadded: header, list and bar pad themselves. */
    .preferences {
      border: 1px solid var(--_divider);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      inset: 0;
      margin: auto;
      inline-size: min(100% - 2 * var(--_space), 36rem);
      max-block-size: min(100% - 2 * var(--_space), 44rem);
      padding: 0;
      overflow: hidden;
      /* A wheel or a swipe over the backdrop, the header or the action bar stops here: it would
         otherwise scroll the page behind the modal (the list contains its own, below). */
      overscroll-behavior: contain;
    }
    .preferences[open] {
      display: flex;
      flex-direction: column;
    }
    /* The first layer, hidden (not closed) while the preferences show over it: × and Escape come
       back to it, and on a phone it would otherwise peek out, dimmed, under the preferences with a
       second pair of Accept and Reject buttons. Here, so that only a page that opens them pays. */
    .first:has(~ .preferences[open]) {
      visibility: hidden;
    }
    .header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 1em;
      padding: 0.75em 0.75em 0.75em 1.25em;
      border-block-end: 1px solid var(--_divider);
    }
    .header h2 {
      margin: 0;
    }
    .close {
      inline-size: 2.5rem;
      block-size: 2.5rem;
      border: 0;
      border-radius: 50%;
      background: none;
      font-size: 1.5rem;
      line-height: 1;
    }
    .categories {
      flex: 1 1 auto;
      overflow: auto;
      overscroll-behavior: contain;
      padding: 0 1.25em;
    }
    .row {
      display: grid;
      /* The label; "Partly allowed" when a category's services differ; the switch or "Always on". */
      grid-template-columns: minmax(0, 1fr) auto auto;
      align-items: start;
      gap: 1em 0;
      padding-block: 0.875em;
      border-block-end: 1px solid var(--_divider);
    }
    .row:last-child {
      border: 0;
    }
    summary,
    span[part~='label'] {
      font-weight: 600;
      line-height: 1.5rem;
    }
    summary {
      cursor: pointer;
    }
    .row .description {
      margin-block-start: 0.375em;
    }
    .row > :is(.switch, .always-on) {
      grid-column: 3;
      margin-inline-start: 1em;
    }
    .mixed {
      grid-column: 2;
      margin-inline-start: 1em;
    }
    .services {
      grid-column: 1 / -1;
      margin: 0;
      padding: 0;
      padding-inline-start: 1em;
      border-inline-start: 2px solid var(--_divider);
      list-style: none;
    }
    .service {
      padding-block: 0.5em;
      border: 0;
    }
    /* A row's state in words: "Always on" in place of a switch, "Partly allowed" beside one. */
    .always-on,
    .mixed {
      color: var(--_muted);
      font-size: 0.929em;
      line-height: 1.5rem;
    }
    .always-on {
      font-weight: 600;
    }
    .preferences .actions {
      flex: none;
      margin: 0;
      padding: 0.875em 1.25em;
      border-block-start: 1px solid var(--_divider);
    }
  `,
];
