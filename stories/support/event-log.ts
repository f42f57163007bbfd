/**
 * `<story-event-log>`: the Drop-in page's live panel. It lists every `consent-change` on `document`
 * as it happens (newest first): the source, what changed and the grants after the change.
 * Story chrome only, not part of the library.
 */
import { LitElement, css, html } from 'lit';
import type { ConsentChangeDetail } from '../../src/store/index.js';

interface Entry {
  n: number;
  time: string;
  detail: ConsentChangeDetail;
}

export class StoryEventLog extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font:
        0.875rem/1.4 ui-monospace,
        monospace;
    }
    ol {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      padding: 0.5rem 0;
      border-block-end: 1px solid currentColor;
    }
    .empty {
      margin: 0;
      font-style: italic;
    }
  `;

  private entries: Entry[] = [];
  private count = 0;

  private onChange = (event: Event): void => {
    const detail = (event as CustomEvent<ConsentChangeDetail>).detail;
    this.entries = [
      { n: ++this.count, time: new Date().toLocaleTimeString('en-GB'), detail },
      ...this.entries,
    ];
    this.requestUpdate();
  };

  /** How many `consent-change` events the log has shown. */
  get size(): number {
    return this.count;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('consent-change', this.onChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('consent-change', this.onChange);
  }

  protected override render() {
    if (!this.entries.length) {
      return html`<p class="empty" role="log" aria-live="polite">No consent-change yet.</p>`;
    }
    return html`<div role="log" aria-live="polite">
      <ol>
        ${this.entries.map(
          ({ n, time, detail }) =>
            html`<li data-source=${detail.source}>
              #${n} ${time} · source <b>${detail.source}</b> · changed
              [${detail.changed.join(', ')}]<br />
              granted:
              ${Object.entries(detail.state.categories)
                .filter(([, on]) => on)
                .map(([id]) => id)
                .join(', ')}
            </li>`,
        )}
      </ol>
    </div>`;
  }
}

/**
 * Registers `<story-event-log>`. A function rather than a module side effect: package.json
 * `sideEffects` makes a production build drop bare `import './event-log.js'` statements.
 */
export function defineStoryEventLog(): void {
  if (!customElements.get('story-event-log'))
    customElements.define('story-event-log', StoryEventLog);
}

declare global {
  interface HTMLElementTagNameMap {
    'story-event-log': StoryEventLog;
  }
}
