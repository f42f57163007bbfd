/**
 * One page-wide watcher of `lang` attributes for every element on the page (a single-page app
 * switching language re-renders them all), instead of one whole-document MutationObserver per
 * element. The observer exists only while at least one element listens.
 */
class LangObserver {
  readonly #listeners = new Set<() => void>();
  #observer?: MutationObserver;

  /** Calls `listener` after any `lang` attribute on the page changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    if (!this.#observer) {
      this.#observer = new MutationObserver(() => this.#listeners.forEach((l) => l()));
      this.#observer.observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['lang'],
        subtree: true,
      });
    }
    return () => this.#unsubscribe(listener);
  }

  #unsubscribe(listener: () => void): void {
    this.#listeners.delete(listener);
    if (this.#listeners.size === 0) {
      this.#observer?.disconnect();
      this.#observer = undefined;
    }
  }
}

/** The page's one `lang` watcher (no DOM is touched before the first `subscribe`). */
export const langObserver = new LangObserver();
