import { ConsentStore } from '../../src/store/index.js';
import { resetConsentStoreForTests } from '../../src/store/reset-for-tests.js';
import type { ConsentConfig, ConsentStoreApi } from '../../src/store/types.js';

const stores: ConsentStore[] = [];

/** Two optional categories, the usual pair an integration maps (analytics tools, ad tags). */
export const ANALYTICS_AND_MARKETING: ConsentConfig['categories'] = [
  { id: 'analytics', label: 'Analytics' },
  { id: 'marketing', label: 'Marketing' },
];

/** A new store (not the page's shared one) with `config`, so each test starts from a clean slate. */
export function freshStore(config: ConsentConfig = {}): ConsentStoreApi {
  const store = new ConsentStore();
  store.configure(config);
  stores.push(store);
  return store;
}

/** Expires every cookie script can see (host-only, path /). */
export function clearCookies(): void {
  for (const pair of document.cookie.split(';')) {
    const name = pair.split('=')[0].trim();
    if (name) document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
}

/** Disposes the stores made by `freshStore` and clears cookies: call before and after each test. */
export function resetPage(): void {
  for (const store of stores.splice(0)) store.dispose();
  resetConsentStoreForTests();
  clearCookies();
}

/** The page as gated test scripts see it: each records its name in `window.ran` when it runs. */
type RunLog = Window & { ran?: string[] };

/** The names the gated test scripts recorded, in the order they ran. */
export const ran = (): string[] => (window as RunLog).ran ?? [];

/** Forgets what gated test scripts recorded. */
export function clearRuns(): void {
  delete (window as RunLog).ran;
}

/** A clean page for a script gate test: no stores, cookies or runs, and an empty host to gate. */
export function freshGateHost(): HTMLElement {
  resetPage();
  clearRuns();
  const host = document.createElement('div');
  document.body.append(host);
  return host;
}
