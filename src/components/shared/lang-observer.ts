/**
 * One page-wide watcher of `lang` attributes for every element on the page (a single-page app
 * switching language re-renders them all), instead of one whole-document MutationObserver per
 * element. The observer exists only while at least one element listens.
 *
 * It starts after the first paint, not while the elements first render: a `lang` change is a
 * single-page app's later navigation, never part of loading. Every listener is called once when it
 * starts, so a change made before then is caught up on (each element reads its `lang` on connect).
 */
class LangObserver {
  readonly #listeners = new Set<() => void>();
  #observer?: MutationObserver;
  #starting = false;

  /** Calls `listener` after any `lang` attribute on the page changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    if (!this.#observer && !this.#starting) {
      this.#starting = true;
      afterNextPaint(() => this.#start());
    }
    return () => this.#unsubscribe(listener);
  }

  #start(): void {
    this.#starting = false;
    if (this.#listeners.size === 0 || this.#observer) return;
    this.#observer = new MutationObserver(() => this.#notify());
    this.#observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
    this.#notify();
  }

  #notify(): void {
    this.#listeners.forEach((listener) => listener());
  }

  #unsubscribe(listener: () => void): void {
    this.#listeners.delete(listener);
    if (this.#listeners.size === 0) {
      this.#observer?.disconnect();
      this.#observer = undefined;
    }
  }
}

/** Runs `task` in a task after the next frame has been painted. */
function afterNextPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}

/** The page's one `lang` watcher (no DOM is touched before the first `subscribe`). */
export const langObserver = new LangObserver();
