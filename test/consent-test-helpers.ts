// Shared set-up for the element tests: a fresh store, no cookie, an optional config.
import {
  configureConsent,
  getConsentStore,
  resetConsentStoreForTests,
  type ConsentConfig,
} from '../src/store/index.js';

/** Forgets the page's store and its cookie, then configures a fresh store (before any element connects). */
export function resetConsent(config: ConsentConfig = {}): void {
  resetConsentStoreForTests();
  document.cookie = 'consent=; max-age=0; path=/';
  configureConsent(config);
}

/** Counts `consent-change` events on `document` until `stop()`. */
export function countChanges(): { readonly count: number; stop(): void } {
  let count = 0;
  const listener = () => count++;
  document.addEventListener('consent-change', listener);
  return {
    get count() {
      return count;
    },
    stop: () => document.removeEventListener('consent-change', listener),
  };
}

/** The shadow-root element with `part~=name`. */
export function part<T extends HTMLElement = HTMLElement>(el: Element, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

/** Whether the element's `[part~=name]` is rendered and visible. */
export function visible(el: Element, name: string): boolean {
  const node = part(el, name);
  return !!node && node.checkVisibility();
}

/** ISO date `days` from local today. */
export function isoInDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export { getConsentStore };
